// RVC's FastScan trap: RVC searches k = 8, and an RFlat stage asks its FastScan base for
// 8 · k_factor candidates. Above FASTSCAN_HEAP_MAX_K faiss 1.7.3 (the faiss-cpu RVC pins) switches
// from its heap top-k to a reservoir that aborts the process on tied distances
// (partitioning.cpp: compress_array: Assertion 'n_eq == 0') — silence-heavy audio has many ties.
import { FASTSCAN_HEAP_MAX_K, RVC_K } from '../presets';

/** Candidates RVC's search asks a FastScan base for: k = 8, times k_factor behind RFlat. */
export const rvcFastScanCandidates = (kFactor: number | null) => RVC_K * (kFactor ?? 1);

/** Whether RVC's own search of this index would take faiss 1.7.3's abort-prone top-k. */
export const rvcFastScanAborts = (fastScan: boolean, kFactor: number | null) =>
  fastScan && rvcFastScanCandidates(kFactor) > FASTSCAN_HEAP_MAX_K;

/** The largest k_factor RVC can search a FastScan index with. */
export const RVC_MAX_FASTSCAN_K_FACTOR = FASTSCAN_HEAP_MAX_K / RVC_K;
