// Measuring one point of a built index with the search calls RVC makes (app/cost.ts): the
// queries in RVC's offline segments (which also give the neighbours recall and blend error come
// from), in realtime blocks when that usage is asked for, and a few lone frames as a detail.
import type { TuningPoint, UsageCost } from '../../../app/contract';
import { OFFLINE_SEGMENT_FRAMES, usageCost } from '../../../app/cost';
import { blendErrors, mean, percentile, recallAt1, recallsAtK, type BlendErrors } from '../../../app/evaluation';
import { meanInterval } from '../../../app/tuning/interval';
import { parameterSpec, type SearchSettings } from '../../../app/tuning/settings';
import type { NativeIndex } from '../../native/addon';
import type { QueryRows, QuerySet } from './querySet';

/** Lone-frame calls timed per final point (a detail: RVC never searches one frame at a time);
 *  a first estimate times fewer, so that it stays quick where lone frames are slow (FastScan). */
export const SINGLE_QUERIES = 32;
const ESTIMATE_SINGLE_QUERIES = 8;
/** A first search on this many queries warms the caches before anything is timed. */
const WARMUP_QUERIES = 8;

export interface Measured {
  point: TuningPoint;
  /** per-query blend errors and the neighbours they came from (the next point reuses them) */
  blend: BlendErrors;
}

function warmUp(index: NativeIndex, rows: QueryRows, d: number, k: number, spec: string): void {
  index.search(rows.queries.subarray(0, Math.min(rows.nq, WARMUP_QUERIES) * d), k, spec);
}

/**
 * One point on `rows` (every query: final; a subsample: a first estimate): recall and blend
 * error from the offline calls' neighbours, the offline cost, a lone-frame detail, and the
 * realtime cost for `realtimeBlock` frames when asked.
 */
export function measurePoint(
  index: NativeIndex,
  set: QuerySet,
  rows: QueryRows,
  settings: SearchSettings,
  final: boolean,
  realtimeBlock: number | null,
  reuse?: BlendErrors,
): Measured {
  const { d, k } = set;
  const spec = parameterSpec(settings);
  warmUp(index, rows, d, k, spec);
  const offline = index.searchBlocks(rows.queries, k, OFFLINE_SEGMENT_FRAMES, spec);
  const recalls = recallsAtK(offline.labels, rows.truth.labels, k, rows.nq);
  const recall = meanInterval(recalls);
  const blend = blendErrors(offline, set.storedVectors, rows.blends, k, d, rows.nq, reuse);
  const lone = Math.min(rows.nq, final ? SINGLE_QUERIES : ESTIMATE_SINGLE_QUERIES);
  const single = index.searchBlocks(rows.queries.subarray(0, lone * d), k, 1, spec);
  const costs: UsageCost[] = [usageCost('offline', OFFLINE_SEGMENT_FRAMES, offline.blockNs, rows.nq)];
  if (realtimeBlock !== null) costs.push(realtimeCost(index, rows, d, k, settings, realtimeBlock));
  const totalNs = offline.blockNs.reduce((sum, ns) => sum + ns, 0);
  return {
    point: {
      ...settings,
      k,
      final,
      queries: rows.nq,
      recall_at_1: recallAt1(offline.labels, k, rows.truth.labels, k, rows.nq),
      recall_at_k: recall.mean,
      recall_low: final ? recall.mean : recall.low,
      recall_high: final ? recall.mean : recall.high,
      blend_error: mean(blend.errors),
      qps: rows.nq / Math.max(totalNs / 1e9, 1e-9),
      latency_us_p50: percentile(single.blockNs, 50) / 1000,
      latency_us_p99: percentile(single.blockNs, 99) / 1000,
      costs,
    },
    blend,
  };
}

/** The realtime cost: every query in consecutive blocks of `blockFrames`, one call per block. */
export function realtimeCost(
  index: NativeIndex,
  rows: QueryRows,
  d: number,
  k: number,
  settings: SearchSettings,
  blockFrames: number,
): UsageCost {
  const spec = parameterSpec(settings);
  warmUp(index, rows, d, k, spec);
  const blocks = index.searchBlocks(rows.queries, k, blockFrames, spec);
  return usageCost('realtime', blockFrames, blocks.blockNs, rows.nq);
}
