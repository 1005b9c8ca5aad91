// evaluate: final points of a built index (the CLI's eval, the export's report), from its tuning
// session; tuneStep: one step of the app's tuning loop for a built index (the host runs them);
// evaluateFile: final points of an index file, with ground truth over the file's own stored vectors.
import type { EvalResult, Metric, PointsEvent, TuneRequest } from '../../../app/contract';
import { AppError, argumentError, refuse } from '../../../app/errors';
import { nprobeSweep } from '../../../app/presets';
import { RVC_K } from '../../../app/rvc/defaults';
import { l2NormalizeRows } from '../../../app/dataset/normalize';
import { distinctRows, evaluationNotices } from '../../../app/degenerateData';
import { message } from '../../../app/messages';
import type { Intent } from '../../../app/tuning/policy';
import { settingsFor, type SearchSettings } from '../../../app/tuning/settings';
import type { IndexDescription } from '../../native/addon';
import { loadQueryFeatures } from '../../dataset/load';
import { heldOutQueries, prepareDataset } from '../datasets';
import { readIndexFile } from '../indexFile';
import type { JobContext } from '../jobContext';
import type { JobTypes } from '../protocol';
import { registry } from '../registry';
import { exactSearch } from '../tuning/groundTruth';
import { QuerySet } from '../tuning/querySet';
import { TuningSession } from '../tuning/session';
import { costChoice, finalResult } from '../tuning/results';
import { sessionFor } from '../tuning/sessions';

/** The settings of an evaluation: every requested n_probe (default: the sweep), deduplicated and sorted. */
function evaluationSettings(
  info: IndexDescription,
  request: { nprobes?: number[]; k_factor?: number; ef_search?: number },
): SearchSettings[] {
  const index = { nlist: info.nlist, hasKFactor: info.kFactor !== null, hasEfSearch: info.efSearch !== null };
  const stored = { nprobe: info.nprobe, k_factor: info.kFactor, ef_search: info.efSearch };
  if (request.k_factor !== undefined && info.kFactor === null)
    throw argumentError('k_factor', 'k_factor_no_rflat', { type: info.type });
  if (request.ef_search !== undefined && info.efSearch === null)
    throw argumentError('ef_search', 'ef_search_not_hnsw', { type: info.type });
  if (info.nlist === null) return [settingsFor(index, request, stored)];
  const nprobes = [...new Set(request.nprobes ?? nprobeSweep(info.nlist))].sort((a, b) => a - b);
  const tooLarge = nprobes.find((p) => p > info.nlist!);
  if (tooLarge !== undefined)
    throw argumentError('nprobe', 'nprobe_above_nlist', { nprobe: tooLarge, nlist: info.nlist });
  return nprobes.map((nprobe) => settingsFor(index, { ...request, nprobe }, stored));
}

export function runEvaluate(ctx: JobContext, params: JobTypes['evaluate']['params']): EvalResult {
  const entry = registry.get(params.index_id);
  const session = sessionFor(entry, params.k ?? RVC_K, ctx);
  return finalResult(entry.id, session, evaluationSettings(entry.info, params), costChoice(params), ctx);
}

/** The app's tuning intent for a built index, as the policy reads it. */
export function tuningIntent(info: IndexDescription, request: TuneRequest): Intent {
  const index = { nlist: info.nlist, hasKFactor: info.kFactor !== null, hasEfSearch: info.efSearch !== null };
  const stored = { nprobe: info.nprobe, k_factor: info.kFactor, ef_search: info.efSearch };
  const { realtimeBlock } = costChoice(request);
  return {
    target: settingsFor(index, request, stored),
    estimate: true,
    realtimeBlock,
    also: (request.also ?? []).map((settings) => settingsFor(index, settings, stored)),
    fullSweep: request.full_sweep ?? false,
  };
}

/** One step of the tuning loop; `more` is false once the intent has nothing left to measure. */
export function runTuneStep(ctx: JobContext, params: JobTypes['tuneStep']['params']): { more: boolean } {
  const entry = registry.get(params.index_id);
  const session = sessionFor(entry, params.k ?? RVC_K, ctx);
  const changed = session.step(ctx, tuningIntent(entry.info, params));
  const event: PointsEvent = {
    index_id: entry.id,
    points: changed === null ? session.points() : [changed],
    settled: changed === null,
    error: null,
  };
  ctx.points(event);
  return { more: changed !== null };
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
    if (info.metric === 'other') throw refuse(params.index, 'eval_metric_unsupported');
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
        throw refuse(params.index, 'eval_dim_mismatch', { indexD: info.d, root: dataset.root, d: dataset.d });
      queries = heldOutQueries(dataset);
      if (queries.length === 0) throw argumentError('queries', 'eval_no_held_out', { root: dataset.root });
    }
    if (metric === 'ip') {
      // this app's IP indexes hold L2-normalised vectors (cosine); their queries must be too
      ctx.warn(message('eval_ip_normalised'));
      queries = Float32Array.from(queries);
      l2NormalizeRows(queries, d);
    }
    const k = params.k ?? RVC_K;
    if (k > info.ntotal) throw argumentError('k', 'k_above_ntotal', { k, ntotal: info.ntotal });
    const settings = evaluationSettings(info, params);
    ctx.progress('load', 0, 1, `reading back the ${info.ntotal} stored vectors`);
    let stored: Float32Array;
    try {
      stored = index.reconstructN(0, info.ntotal);
    } catch (error) {
      if (error instanceof AppError && (error.code === 'CANCELLED' || error.code === 'INVALID_INPUT')) throw error;
      throw refuse(params.index, 'eval_not_reconstructable');
    }
    const nq = queries.length / d;
    const selfMatches = countSelfMatches(stored, queries, d, metric);
    if (selfMatches > SELF_MATCH_WARN_SHARE * nq) {
      ctx.warn(message('eval_queries_stored', { stored: selfMatches, queries: nq, index: params.index }));
    }
    for (const notice of evaluationNotices(distinctRows(stored, d))) ctx.warn(notice);
    const session = new TuningSession(index, new QuerySet(queries, d, k, metric, stored, stored), info);
    return finalResult(null, session, settings, costChoice(params), ctx);
  } finally {
    index.dispose();
  }
}
