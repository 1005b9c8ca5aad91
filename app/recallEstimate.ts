// Recall without the features: an estimate of the top-k recall and blend error an index gives,
// made only from the vectors it stores (what RVC's reconstruct_n returns). Pseudo-queries are
// stored vectors, each left out of the answers it is compared on (leave-one-out); a plain L2 IVF
// index also gets the query taken out of its own list's centroid, which k-means placed at the
// mean of the list, query included. Without that correction a stored vector sits closer to its
// own centroid than a new frame would (((n-1)/n)² of the squared distance), and the estimate
// reads several points of recall low at n_probe 1. The pure part lives here (sampling, probe
// order, leaving ids out of results, the interval); main/engine/recallEstimate.ts runs the searches.
import type { Metric } from './contract';
import { mean } from './evaluation';
import { message, type Message } from './messages';
import { RVC_K } from './rvc/defaults';
import { seededPermutation } from './random';

export const RECALL_ESTIMATE = {
  k: RVC_K,
  /** pseudo-queries at most (all stored vectors when there are fewer) */
  queries: 1000,
  /** and at least, when the exact search budget allows fewer */
  minQueries: 250,
  /** multiply-adds of the exact search (queries × ntotal × d): a few seconds on two cores */
  exactBudget: 5e10,
  seed: 0x5eed,
  /**
   * The second reading also leaves out each pseudo-query's `hole` nearest stored vectors: a
   * recording's neighbouring frames are often a frame's nearest vectors, and a new recording has
   * none of them in the index. The truth lies between the two readings, or near them.
   */
  hole: 2,
  /** two-sided 95% normal quantile */
  z: 1.96,
} as const;

/**
 * How far held-out measurements fell from the estimate beyond its sampling error: a share of the
 * estimated miss rate (1 − recall) or of the blend error, capped, plus a floor where both are near
 * zero. Widens the interval on both sides. Measured on synthetic experiments (10k–100k frames,
 * 768-d and 256-d, three voices each, n_probe 1–16, 1000–2000 frames of new recordings of the same
 * voice as held-out queries): with the own-list correction the recall bias stayed within ±0.015
 * and a tenth of the miss rate, the blend error's within ±0.01 and 15%; plain leave-one-out (what
 * FastScan, HNSW and inner-product indexes get) read recall up to 0.07, a third of the miss rate,
 * low at n_probe 1.
 */
export const ESTIMATE_BIAS_MARGIN = {
  loo_own_list: { recall: 0.1, recallCap: 0.015, blend: 0.15, blendCap: 0.01 },
  loo: { recall: 0.35, recallCap: 0.08, blend: 0.5, blendCap: 0.03 },
  recallFloor: 0.002,
  blendFloor: 0.0005,
} as const;

export type RecallEstimateMethod = 'loo_own_list' | 'loo';

export interface RecallEstimatePoint {
  nprobe: number | null;
  /** the estimate (leave-one-out) */
  recall_at_k: number;
  /** interval: sampling (95%), the temporal-neighbour reading and the measured bias */
  low: number;
  high: number;
  blend_error: number;
  blend_low: number;
  blend_high: number;
  /** pseudo-queries */
  queries: number;
  method: RecallEstimateMethod;
}

export interface RecallEstimate {
  k: number;
  points: RecallEstimatePoint[];
  /** the one line the UI shows with the numbers: what the estimate is and is not */
  caveat: Message;
}

/** Why no estimate could be made (a message with its code). */
export interface NoRecallEstimate {
  estimate: null;
  reason: Message;
}

/** When an index with these properties cannot be estimated, the reason; otherwise null. */
export function cannotEstimate(
  ntotal: number,
  metric: Metric | 'other',
  k: number = RECALL_ESTIMATE.k,
): Message | null {
  if (ntotal === 0) return message('estimate_index_empty');
  if (ntotal < k + 1) return message('estimate_too_few_vectors', { ntotal, k, needed: k + 1 });
  if (metric === 'other') return message('estimate_metric_unsupported');
  return null;
}

/** Pseudo-queries for an index of ntotal × d: as many as the exact-search budget allows, within bounds. */
export function pseudoQueryCount(ntotal: number, d: number): number {
  const { queries, minQueries, exactBudget } = RECALL_ESTIMATE;
  const affordable = Math.floor(exactBudget / Math.max(1, ntotal * d));
  return Math.min(ntotal, queries, Math.max(minQueries, affordable));
}

/** The stored ids used as pseudo-queries: the first `count` of a seeded permutation, ascending. */
export function pseudoQueryIds(ntotal: number, count: number, seed: number = RECALL_ESTIMATE.seed): Int32Array {
  const order = seededPermutation(ntotal, seed);
  return Int32Array.from(order.subarray(0, Math.min(count, ntotal))).sort();
}

/**
 * Each pseudo-query's first `keep` lists once it is taken out of its own list (L2 indexes).
 * `assigned` is the quantizer's answer (nq × width, nearest first, width ≥ keep + 1 unless it
 * holds every list); a stored vector's own list is its nearest centroid (where add() put it). That
 * centroid c is the mean of the list's n vectors (k-means), so without the query x it is
 * (n·c − x)/(n − 1), at ‖x − c'‖² = (n/(n−1))²·‖x − c‖². The returned distances are the
 * quantizer's own (search_preassigned takes them), in the corrected order.
 */
export function ownListProbeOrder(
  assigned: { labels: Int32Array; distances: Float32Array },
  width: number,
  keep: number,
  listSizes: Uint32Array,
): { lists: Int32Array; distances: Float32Array } {
  const nq = assigned.labels.length / width;
  const lists = new Int32Array(nq * keep).fill(-1);
  const distances = new Float32Array(nq * keep);
  const order = new Int32Array(width);
  for (let q = 0; q < nq; q++) {
    const row = q * width;
    const own = assigned.labels[row];
    const n = listSizes[own] ?? 0;
    const ownDistance = n > 1 ? assigned.distances[row] * (n / (n - 1)) ** 2 : assigned.distances[row];
    // the own list moves behind every list now nearer; on a tie it stays first, as a stable sort keeps it
    let m = 0;
    for (let j = 1; j < width; j++) {
      if (m === j - 1 && assigned.distances[row + j] >= ownDistance) order[m++] = 0;
      order[m++] = j;
    }
    if (m < width) order[m] = 0;
    for (let j = 0; j < Math.min(keep, width); j++) {
      lists[q * keep + j] = assigned.labels[row + order[j]];
      distances[q * keep + j] = assigned.distances[row + order[j]];
    }
  }
  return { lists, distances };
}

/** Each pseudo-query's `hole` nearest stored vectors besides itself, from the exact answer (nq × width). */
export function holeIds(exact: Int32Array, width: number, ids: Int32Array, hole: number): Int32Array {
  const out = new Int32Array(ids.length * hole).fill(-1);
  for (let q = 0; q < ids.length; q++) {
    let taken = 0;
    for (let j = q * width; j < (q + 1) * width && taken < hole; j++) {
      const label = exact[j];
      if (label >= 0 && label !== ids[q]) out[q * hole + taken++] = label;
    }
  }
  return out;
}

/**
 * The first k of each result row (nq × width) without the query's own id and, when given, its
 * hole: what a search of an index without those vectors would return (for the hole, as long as
 * the index kept its lists).
 */
export function leaveOut(
  result: { labels: Int32Array; distances: Float32Array },
  width: number,
  k: number,
  ids: Int32Array,
  hole: Int32Array | null,
  holeWidth: number,
): { labels: Int32Array; distances: Float32Array } {
  const nq = ids.length;
  const labels = new Int32Array(nq * k).fill(-1);
  const distances = new Float32Array(nq * k);
  for (let q = 0; q < nq; q++) {
    const excluded = hole ? hole.subarray(q * holeWidth, (q + 1) * holeWidth) : null;
    let out = q * k;
    for (let j = q * width; j < (q + 1) * width && out < (q + 1) * k; j++) {
      const label = result.labels[j];
      if (label === ids[q] || (label >= 0 && excluded?.includes(label))) continue;
      labels[out] = label;
      distances[out++] = result.distances[j];
    }
  }
  return { labels, distances };
}

/** Mean and sample standard deviation of per-query values. */
export interface Summary {
  mean: number;
  sd: number;
  count: number;
}

export function summarise(values: Float64Array): Summary {
  const m = mean(values);
  let sum = 0;
  for (const v of values) sum += (v - m) ** 2;
  return { mean: m, sd: values.length > 1 ? Math.sqrt(sum / (values.length - 1)) : 0, count: values.length };
}

/**
 * Half-width of the 95% sampling interval of a mean of `count` values drawn without replacement
 * from `population` stored vectors (every vector used: no sampling error left).
 */
export function samplingHalfWidth({ sd, count }: Summary, population: number): number {
  if (count === 0) return 0;
  const finite = population > 1 ? Math.sqrt(Math.max(0, (population - count) / (population - 1))) : 0;
  return (RECALL_ESTIMATE.z * sd * finite) / Math.sqrt(count);
}

export interface EstimateReadings {
  /** per-query recall and blend error, leave-one-out */
  recall: Summary;
  blend: Summary;
  /** the same with the hole left out too */
  recallHole: Summary;
  blendHole: Summary;
}

/** One point of the estimate: the leave-one-out mean with its interval. */
export function estimatePoint(
  nprobe: number | null,
  readings: EstimateReadings,
  population: number,
  method: RecallEstimateMethod,
): RecallEstimatePoint {
  const { recall, recallHole, blend, blendHole } = readings;
  const recallLow = Math.min(recall.mean, recallHole.mean);
  const recallSampling = Math.max(samplingHalfWidth(recall, population), samplingHalfWidth(recallHole, population));
  const margin = ESTIMATE_BIAS_MARGIN[method];
  const recallMargin = Math.min(margin.recall * (1 - recallLow), margin.recallCap) + ESTIMATE_BIAS_MARGIN.recallFloor;
  const blendHigh = Math.max(blend.mean, blendHole.mean);
  const blendSampling = Math.max(samplingHalfWidth(blend, population), samplingHalfWidth(blendHole, population));
  const blendMargin = Math.min(margin.blend * blendHigh, margin.blendCap) + ESTIMATE_BIAS_MARGIN.blendFloor;
  const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
  return {
    nprobe,
    recall_at_k: recall.mean,
    low: clamp01(recallLow - recallSampling - recallMargin),
    high: clamp01(Math.max(recall.mean, recallHole.mean) + recallSampling + recallMargin),
    blend_error: blend.mean,
    blend_low: Math.max(0, Math.min(blend.mean, blendHole.mean) - blendSampling - blendMargin),
    blend_high: blendHigh + blendSampling + blendMargin,
    queries: recall.count,
    method,
  };
}

/**
 * The smallest n_probe among the estimate's points whose recall reaches `target` — by the
 * estimate itself, or by the low end of its interval when `cautious` — or null when none does.
 */
export function smallestNprobeFor(
  points: readonly RecallEstimatePoint[],
  target: number,
  cautious = false,
): number | null {
  let best: number | null = null;
  for (const point of points) {
    if (point.nprobe === null || (cautious ? point.low : point.recall_at_k) < target) continue;
    if (best === null || point.nprobe < best) best = point.nprobe;
  }
  return best;
}
