// RVC's FastScan trap: RVC searches k = 8, and an RFlat stage asks its FastScan base for
// 8 · k_factor candidates. Above FASTSCAN_HEAP_MAX_K faiss 1.7.3 (the faiss-cpu RVC pins) switches
// from its heap top-k to a reservoir that aborts the process on tied distances
// (partitioning.cpp: compress_array: Assertion 'n_eq == 0') — silence-heavy audio has many ties.
import { RVC_K } from './defaults';

/** faiss's FastScan keeps a heap top-k up to this many results, a reservoir above */
export const FASTSCAN_HEAP_MAX_K = 20;

/**
 * RFlat's k_factor when none is given: the largest value RVC's faiss 1.7.3 searches safely
 * (8 · 2.5 = 20). Measured on the 30k sample at n_probe 16, recall@8: k_factor 1 → 0.72,
 * 2 → 0.93, 2.5 → 0.965, 4 → 0.994, 8 → 0.999.
 */
export const RVC_SAFE_K_FACTOR = 2.5;

/** Candidates RVC's search asks a FastScan base for: k = 8, times k_factor behind RFlat. */
export const rvcFastScanCandidates = (kFactor: number | null) => RVC_K * (kFactor ?? 1);

/** Whether RVC's own search of this index would take faiss 1.7.3's abort-prone top-k. */
export const rvcFastScanAborts = (fastScan: boolean, kFactor: number | null) =>
  fastScan && rvcFastScanCandidates(kFactor) > FASTSCAN_HEAP_MAX_K;

/** The largest k_factor RVC can search a FastScan index with. */
export const RVC_MAX_FASTSCAN_K_FACTOR = FASTSCAN_HEAP_MAX_K / RVC_K;
