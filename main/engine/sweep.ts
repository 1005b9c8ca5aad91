// One evaluation point per n_probe (DESIGN §4): recall against exact search, RVC's blend error,
// native single-query latency and batch throughput (for plain IVF indexes measured in parts that
// add up to faiss's search: listScan.ts).
import type { EvalPoint, Metric } from '../../app/contract';
import {
  FRAMES_PER_SECOND,
  blendErrors,
  mean,
  percentile,
  recallAt1,
  recallAtK,
  rvcBlends,
  type BlendErrors,
  type SearchOutput,
} from '../../app/evaluation';
import { loadAddon, type NativeIndex } from '../native/addon';
import type { JobContext } from './jobContext';
import { canScanLists, listScanResults, listScanTimings } from './listScan';

/** Single-query latency is timed on this many queries by default (all of them when fewer). */
export const LATENCY_QUERIES = 256;
const WARMUP_QUERIES = 8;
/**
 * Batch throughput (qps) is timed on this many queries when timings come from list scans
 * (listScan.ts) rather than from one batch search of every query.
 */
export const THROUGHPUT_QUERIES = 128;

/** Exact k nearest neighbours of `queries` in `database` (faiss IndexFlat, same metric). */
export function exactSearch(
  database: Float32Array,
  queries: Float32Array,
  d: number,
  k: number,
  metric: Metric,
): SearchOutput {
  const flat = loadAddon().Index.create(d, 'Flat', metric);
  try {
    flat.add(database);
    const { distances, labels } = flat.search(queries, Math.min(k, database.length / d));
    return { distances, labels };
  } finally {
    flat.dispose();
  }
}

const truthCache = new WeakMap<Float32Array, WeakMap<Float32Array, Map<string, SearchOutput>>>();

/** exactSearch, cached per (database, queries, k, metric) for the life of those arrays. */
export function groundTruth(
  ctx: JobContext,
  database: Float32Array,
  queries: Float32Array,
  d: number,
  k: number,
  metric: Metric,
): SearchOutput {
  let byQueries = truthCache.get(database);
  if (!byQueries) truthCache.set(database, (byQueries = new WeakMap()));
  let byKey = byQueries.get(queries);
  if (!byKey) byQueries.set(queries, (byKey = new Map<string, SearchOutput>()));
  const key = `${k}:${metric}`;
  const cached = byKey.get(key);
  if (cached) return cached;
  ctx.progress(
    'ground_truth',
    0,
    1,
    `exact search for ${queries.length / d} queries over ${database.length / d} vectors`,
  );
  const truth = exactSearch(database, queries, d, k, metric);
  byKey.set(key, truth);
  return truth;
}

const exactBlendCache = new WeakMap<SearchOutput, WeakMap<Float32Array, Float64Array>>();

/** RVC's blend of the exact neighbours, once per (ground truth, vectors). */
function exactBlends(truth: SearchOutput, vectors: Float32Array, k: number, d: number, queries: number): Float64Array {
  let byVectors = exactBlendCache.get(truth);
  if (!byVectors) exactBlendCache.set(truth, (byVectors = new WeakMap()));
  let blends = byVectors.get(vectors);
  if (!blends) byVectors.set(vectors, (blends = rvcBlends(truth, vectors, k, d, queries)));
  return blends;
}

/**
 * The last point's per-query blend errors, per exact blends (so per ground truth and exact
 * vectors) and stored vectors: the next point recomputes only the queries whose neighbours changed.
 */
const lastBlendErrors = new WeakMap<Float64Array, WeakMap<Float32Array, BlendErrors>>();

export interface SweepInput {
  index: NativeIndex;
  queries: Float32Array;
  d: number;
  k: number;
  truth: SearchOutput;
  /** the vectors exact search ran over */
  exactVectors: Float32Array;
  /** the vectors RVC reads back from the index (reconstruct_n) */
  storedVectors: Float32Array;
  /** null: the index has no n_probe */
  nprobes: (number | null)[];
  kFactor: number | null;
  metric: Metric;
  latencyQueries?: number;
}

export function sweep(ctx: JobContext, input: SweepInput): EvalPoint[] {
  const { index, queries, d, k, truth } = input;
  const nq = queries.length / d;
  const latencyCount = Math.min(nq, input.latencyQueries ?? LATENCY_QUERIES);
  const exact = exactBlends(truth, input.exactVectors, k, d, nq);
  let byStored = lastBlendErrors.get(exact);
  if (!byStored) lastBlendErrors.set(exact, (byStored = new WeakMap()));
  const scanLists = canScanLists(index);
  // plain IVF: neighbours and timings from list scans (listScan.ts), each point scanning only the lists it adds
  const fromListScans = (nprobe: number) => {
    const neighbours = listScanResults(index, queries, d, k, nprobe, input.metric);
    const batchQueries = Math.min(nq, THROUGHPUT_QUERIES);
    return { neighbours, batchQueries, ...listScanTimings(index, queries, d, k, nprobe, latencyCount, batchQueries) };
  };
  // other indexes: one batch search of every query (the addon slices it to check for a cancel)
  const fromSearches = () => {
    index.search(queries.subarray(0, Math.min(nq, WARMUP_QUERIES) * d), k);
    const batch = index.search(queries, k);
    return {
      neighbours: batch,
      batchQueries: nq,
      batchNs: batch.elapsedNs,
      perQueryNs: index.searchEach(queries.subarray(0, latencyCount * d), k).perQueryNs,
    };
  };
  const points: EvalPoint[] = [];
  for (const [i, nprobe] of input.nprobes.entries()) {
    ctx.checkCancel();
    ctx.progress('evaluate', i, input.nprobes.length, nprobe === null ? 'searching' : `n_probe ${nprobe}`);
    const spec = [nprobe !== null ? `nprobe=${nprobe}` : '', input.kFactor !== null ? `k_factor=${input.kFactor}` : '']
      .filter(Boolean)
      .join(',');
    if (spec) index.setParameters(spec);
    const { neighbours, perQueryNs, batchQueries, batchNs } = scanLists ? fromListScans(nprobe!) : fromSearches();
    const p50 = percentile(perQueryNs, 50) / 1000;
    const blend = blendErrors(neighbours, input.storedVectors, exact, k, d, nq, byStored.get(input.storedVectors));
    byStored.set(input.storedVectors, blend);
    points.push({
      nprobe,
      k_factor: input.kFactor,
      recall_at_1: recallAt1(neighbours.labels, k, truth.labels, k, nq),
      recall_at_k: recallAtK(neighbours.labels, truth.labels, k, nq),
      blend_error: mean(blend.errors),
      latency_us_p50: p50,
      latency_us_p99: percentile(perQueryNs, 99) / 1000,
      qps: batchQueries / Math.max(batchNs / 1e9, 1e-9),
      ms_per_audio_second: (p50 * FRAMES_PER_SECOND) / 1000,
    });
  }
  ctx.progress('evaluate', input.nprobes.length, input.nprobes.length, 'done');
  return points;
}
