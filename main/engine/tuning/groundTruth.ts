// Exact neighbours (faiss IndexFlat's search, same metric, over the vectors in place) and RVC's blend of them: what every point of
// an index is compared with, computed once per query set.
import type { Metric } from '../../../app/contract';
import { rvcBlends, type SearchOutput } from '../../../app/evaluation';
import { loadAddon } from '../../native/addon';
import type { JobContext } from '../jobContext';

/** Exact k nearest neighbours of `queries` in `database`. */
export function exactSearch(
  database: Float32Array,
  queries: Float32Array,
  d: number,
  k: number,
  metric: Metric,
): SearchOutput {
  return loadAddon().knn(database, queries, d, Math.min(k, database.length / d), metric);
}

export interface GroundTruth {
  truth: SearchOutput;
  /** RVC's blend of the exact neighbours, per query [queries × d] */
  blends: Float64Array;
}

export function groundTruth(
  ctx: JobContext,
  exactVectors: Float32Array,
  queries: Float32Array,
  d: number,
  k: number,
  metric: Metric,
): GroundTruth {
  const nq = queries.length / d;
  ctx.progress('ground_truth', 0, 1, `exact search for ${nq} queries over ${exactVectors.length / d} vectors`);
  const truth = exactSearch(exactVectors, queries, d, k, metric);
  return { truth, blends: rvcBlends(truth, exactVectors, k, d, nq) };
}
