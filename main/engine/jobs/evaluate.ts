// evaluate: sweep n_probe on a built index (registry) against its held-out queries.
// evaluateFile: the same for an index file, with ground truth over the file's own stored vectors.
import type { EvalResult, Metric } from '../../../app/contract';
import { AppError, argumentError } from '../../../app/errors';
import { nprobeSweep } from '../../../app/presets';
import { l2NormalizeRows } from '../../../app/dataset/normalize';
import { loadAddon, type NativeIndex } from '../../native/addon';
import { loadQueryFeatures } from '../../dataset/load';
import { heldOutQueries, prepareDataset } from '../datasets';
import { readIndexFile } from '../indexFile';
import type { JobContext } from '../jobContext';
import type { JobTypes } from '../protocol';
import { registry } from '../registry';
import { exactSearch, groundTruth, sweep } from '../sweep';

const DEFAULT_K = 8;

function nprobeList(requested: number[] | undefined, nlist: number | null): (number | null)[] {
  if (nlist === null) return [null];
  const list = requested ?? nprobeSweep(nlist);
  const tooLarge = list.find((p) => p > nlist);
  if (tooLarge !== undefined)
    throw argumentError('nprobe', `nprobe ${tooLarge} is larger than the number of lists (${nlist})`);
  return list;
}

function checkK(k: number, ntotal: number): void {
  if (k > ntotal) throw argumentError('k', `k = ${k} is larger than the ${ntotal} vectors in the index`);
}

/** reconstruct_n(0, ntotal) — what RVC reads back — or null when the index cannot do it. */
export function tryReconstructAll(index: NativeIndex): Float32Array | null {
  try {
    return index.reconstructN(0, index.describe().ntotal);
  } catch (error) {
    if (error instanceof AppError && error.code === 'CANCELLED') throw error;
    return null;
  }
}

export function runEvaluate(ctx: JobContext, params: JobTypes['evaluate']['params']): EvalResult {
  const entry = registry.get(params.index_id);
  const { view, index } = entry;
  const d = view.d;
  if (view.queries.length === 0)
    throw argumentError(
      'queries',
      'this build has no evaluation queries (build with hold-out, or choose a query folder)',
    );
  const k = params.k ?? DEFAULT_K;
  const info = index.describe();
  checkK(k, info.ntotal);
  const nprobes = nprobeList(params.nprobes, info.nlist);
  const truth = groundTruth(ctx, view.database, view.queries, d, k, entry.metric);
  if (!entry.shape.exactStorage && entry.reconstructed === null) {
    entry.reconstructed = tryReconstructAll(index);
    if (entry.reconstructed === null)
      ctx.warn(
        'this index cannot reconstruct its vectors (RVC needs reconstruct_n): blend_error uses the original vectors',
      );
  }
  const kFactor = params.k_factor ?? info.kFactor;
  try {
    const points = sweep(ctx, {
      index,
      queries: view.queries,
      d,
      k,
      truth,
      exactVectors: view.database,
      storedVectors: entry.reconstructed ?? view.database,
      nprobes,
      kFactor,
      metric: entry.metric,
      latencyQueries: params.latency_queries,
    });
    return {
      index_id: entry.id,
      queries: view.queries.length / d,
      k,
      threads: loadAddon().getNumThreads(),
      points,
      warnings: ctx.warnings,
    };
  } finally {
    // the build's own search parameters stay what the user chose
    const restore = [
      info.nprobe !== null ? `nprobe=${info.nprobe}` : '',
      info.kFactor !== null ? `k_factor=${info.kFactor}` : '',
    ]
      .filter(Boolean)
      .join(',');
    if (restore) index.setParameters(restore);
  }
}

/** A query counts as stored when its nearest stored vector equals it up to float32 rounding. */
const SELF_MATCH_RELATIVE = 1e-6;
/** More self-matches than this share of the queries make the recall figures unreliable. */
const SELF_MATCH_WARN_SHARE = 0.01;

/**
 * Queries that are also stored in the index (an export holds every frame) make recall
 * meaningless. faiss's BLAS path computes ‖q‖² + ‖x‖² − 2q·x, which leaves up to ~1e-4 of
 * rounding on a self-match, so the nearest candidate is re-measured in float64.
 */
function countSelfMatches(stored: Float32Array, queries: Float32Array, d: number, metric: Metric): number {
  const nearest = exactSearch(stored, queries, d, 1, metric);
  let matches = 0;
  for (let q = 0; q < nearest.labels.length; q++) {
    const id = Number(nearest.labels[q]);
    if (id < 0) continue;
    let distance = 0;
    let norm = 0;
    for (let j = 0; j < d; j++) {
      const a = queries[q * d + j];
      const diff = a - stored[id * d + j];
      distance += diff * diff;
      norm += a * a;
    }
    if (distance <= SELF_MATCH_RELATIVE * Math.max(norm, Number.MIN_VALUE)) matches++;
  }
  return matches;
}

export function runEvaluateFile(ctx: JobContext, params: JobTypes['evaluateFile']['params']): EvalResult {
  ctx.progress('load', 0, 1, `reading ${params.index}`);
  const index = readIndexFile(params.index);
  try {
    const info = index.describe();
    if (info.metric === 'other')
      throw new AppError('INVALID_INPUT', `${params.index}: only L2 and inner-product indexes can be evaluated`, {
        file: params.index,
      });
    const metric = info.metric;
    const d = info.d;
    let queries: Float32Array;
    if (params.queries !== undefined) {
      const loaded = loadQueryFeatures(params.queries, d);
      queries = loaded.vectors;
      for (const warning of loaded.warnings) ctx.warn(warning);
    } else {
      const dataset = prepareDataset(ctx, { experiment: params.experiment, seed: params.seed });
      if (dataset.d !== d)
        throw new AppError(
          'INVALID_INPUT',
          `${params.index} holds ${info.d}-dimensional vectors but ${dataset.root} has d = ${dataset.d}`,
          { file: params.index },
        );
      queries = heldOutQueries(dataset);
      if (queries.length === 0)
        throw argumentError('queries', `${dataset.root} has no held-out files to query with: pass --queries`);
    }
    if (metric === 'ip') {
      // this app's IP indexes hold L2-normalised vectors (cosine); their queries must be too
      ctx.warn('inner-product index: the queries are L2-normalised (cosine), as for the IP indexes this app builds');
      queries = Float32Array.from(queries);
      l2NormalizeRows(queries, d);
    }
    const k = params.k ?? DEFAULT_K;
    checkK(k, info.ntotal);
    const nprobes = nprobeList(params.nprobes, info.nlist);
    ctx.progress('load', 0, 1, `reading back the ${info.ntotal} stored vectors`);
    const stored = tryReconstructAll(index);
    if (stored === null)
      throw new AppError(
        'INVALID_INPUT',
        `${params.index}: this index cannot return its stored vectors (reconstruct_n), which RVC needs`,
        { file: params.index },
      );
    const nq = queries.length / d;
    const selfMatches = countSelfMatches(stored, queries, d, metric);
    if (selfMatches > SELF_MATCH_WARN_SHARE * nq) {
      ctx.warn(
        `${selfMatches} of ${nq} query frames are stored in ${params.index} (an export holds every frame): recall is inflated — pass --queries with features the index has not seen`,
      );
    }
    const truth = groundTruth(ctx, stored, queries, d, k, metric);
    const points = sweep(ctx, {
      index,
      queries,
      d,
      k,
      truth,
      exactVectors: stored,
      storedVectors: stored,
      nprobes,
      kFactor: info.kFactor,
      metric,
    });
    return { index_id: null, queries: nq, k, threads: loadAddon().getNumThreads(), points, warnings: ctx.warnings };
  } finally {
    index.dispose();
  }
}
