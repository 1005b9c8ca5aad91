// Evaluation math (docs/ARCHITECTURE.md, "How the numbers are made"). Label arrays are row-major
// [queries × k]; -1 marks "no result" (IVF with few probed vectors returns fewer than k).

/** Fraction of queries whose exact nearest neighbour is ranked first by the index. */
export function recallAt1(
  approx: Int32Array,
  approxK: number,
  exact: Int32Array,
  exactK: number,
  queries: number,
): number {
  let hits = 0;
  for (let q = 0; q < queries; q++) if (approx[q * approxK] === exact[q * exactK] && exact[q * exactK] >= 0) hits++;
  return queries === 0 ? 0 : hits / queries;
}

/** Mean over queries of |approx top-k ∩ exact top-k| / k. */
export function recallAtK(approx: Int32Array, exact: Int32Array, k: number, queries: number): number {
  return mean(recallsAtK(approx, exact, k, queries));
}

/** |approx top-k ∩ exact top-k| / k of each query. */
export function recallsAtK(approx: Int32Array, exact: Int32Array, k: number, queries: number): Float64Array {
  const recalls = new Float64Array(queries);
  for (let q = 0; q < queries; q++) {
    // k is small (8): a scan of the exact row beats building a set per query
    const row = exact.subarray(q * k, (q + 1) * k);
    let hits = 0;
    for (let j = 0; j < k; j++) {
      const label = approx[q * k + j];
      if (label >= 0 && row.includes(label)) hits++;
    }
    recalls[q] = hits / k;
  }
  return recalls;
}

/** Guard for RVC's 1/d² weights when a neighbour is at distance 0 (an identical vector). */
export const MIN_BLEND_DISTANCE = 1e-12;

/**
 * RVC's retrieval blend for one query (infer/modules/vc/pipeline.py): w = (1/score)², normalised,
 * blend = Σ w_j · vectors[label_j]. Labels < 0 are skipped (RVC's weight for them is ~0).
 * `out` receives d values.
 */
export function rvcBlend(
  distances: Float32Array,
  labels: Int32Array,
  offset: number,
  k: number,
  vectors: Float32Array,
  d: number,
  out: Float64Array,
): void {
  out.fill(0);
  let weightSum = 0;
  for (let j = 0; j < k; j++) {
    const label = labels[offset + j];
    if (label < 0) continue;
    const score = Math.max(Math.abs(distances[offset + j]), MIN_BLEND_DISTANCE);
    const weight = 1 / (score * score);
    weightSum += weight;
    const row = label * d;
    for (let c = 0; c < d; c++) out[c] += weight * vectors[row + c];
  }
  if (weightSum > 0) for (let c = 0; c < d; c++) out[c] /= weightSum;
}

export interface SearchOutput {
  distances: Float32Array;
  labels: Int32Array;
}

/** RVC's blend for every query: [queries × d]. */
export function rvcBlends(
  search: SearchOutput,
  vectors: Float32Array,
  k: number,
  d: number,
  queries: number,
): Float64Array {
  const out = new Float64Array(queries * d);
  for (let q = 0; q < queries; q++)
    rvcBlend(search.distances, search.labels, q * k, k, vectors, d, out.subarray(q * d, q * d + d));
  return out;
}

/** Per-query blend errors (blendErrors), and the neighbours they were computed from. */
export interface BlendErrors {
  search: SearchOutput;
  errors: Float64Array;
}

/** Whether query q has the same top-k (labels and distances) in both results. */
function sameRow(a: SearchOutput, b: SearchOutput, q: number, k: number): boolean {
  for (let j = q * k; j < (q + 1) * k; j++)
    if (a.labels[j] !== b.labels[j] || a.distances[j] !== b.distances[j]) return false;
  return true;
}

/**
 * ‖blend(approx) − blend(exact)‖ / ‖blend(exact)‖ per query: how far the index moves the audio
 * features RVC mixes in. `approxVectors` are what RVC reads back (reconstruct_n); `exactBlends`
 * come from rvcBlends over the exact search (computed once per ground truth). A query whose top-k
 * is the same in `reuse` (computed with the same vectors and exact blends) keeps its error from
 * there: neighbouring n_probe values change few queries' neighbours.
 */
export function blendErrors(
  approx: SearchOutput,
  approxVectors: Float32Array,
  exactBlends: Float64Array,
  k: number,
  d: number,
  queries: number,
  reuse?: BlendErrors,
): BlendErrors {
  const a = new Float64Array(d);
  const errors = new Float64Array(queries);
  for (let q = 0; q < queries; q++) {
    if (reuse && sameRow(approx, reuse.search, q, k)) {
      errors[q] = reuse.errors[q];
      continue;
    }
    rvcBlend(approx.distances, approx.labels, q * k, k, approxVectors, d, a);
    let diff = 0;
    let norm = 0;
    for (let c = 0; c < d; c++) {
      const e = exactBlends[q * d + c];
      diff += (a[c] - e) ** 2;
      norm += e * e;
    }
    errors[q] = Math.sqrt(diff) / Math.max(Math.sqrt(norm), MIN_BLEND_DISTANCE);
  }
  return { search: approx, errors };
}

/** blend_error is the mean of blendErrors' errors. */
export function mean(values: Float64Array): number {
  let total = 0;
  for (const value of values) total += value;
  return values.length === 0 ? 0 : total / values.length;
}

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: ArrayLike<number>, p: number): number {
  const sorted = Float64Array.from(samples).sort();
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}
