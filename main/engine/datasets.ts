// Experiment data inside a worker: loaded once per experiment (cached while its files are
// unchanged), split for evaluation, and arranged in place as
//   [indexed rows, shuffled as RVC does | held-out rows]
// so evaluation builds index the first part, exports add the second part back, and no second
// full copy of the features exists. A plain build (nothing held out) asks for RVC's own order
// instead: every row shuffled, as big_npy is. Metric-space variants (L2-normalised for IP), compressed and
// α-expanded databases are derived views, cached too.
import fs from 'node:fs';
import path from 'node:path';
import type { BuildOptions, Metric } from '../../app/contract';
import { argumentError } from '../../app/errors';
import { l2NormalizedCopy } from '../../app/dataset/normalize';
import { externalQuerySplit, heldOutSplit, separateHeldOut, type EvaluationSplit } from '../../app/dataset/split';
import { permuteRowsInPlace, seededPermutation } from '../../app/random';
import { discoverExperiment } from '../dataset/discover';
import { loadFeatures, loadQueryFeatures, type LoadedFeatures } from '../dataset/load';
import { compressToCentroids } from './compress';
import { alphaExpand } from './expand';
import type { JobContext } from './jobContext';

export const DEFAULT_SEED = 0;
/** Datasets kept per worker (each can be hundreds of MB). */
const CACHED_DATASETS = 2;

export interface PreparedDataset {
  key: string;
  root: string;
  name: string;
  /** seeds the row shuffle, the held-out split and k-means compression */
  seed: number;
  version: 'v1' | 'v2' | null;
  /** where RVC keeps its .index files (logs/<exp>) */
  exportFolder: string;
  n: number;
  d: number;
  loaded: LoadedFeatures;
  split: EvaluationSplit;
  /** every frame: [indexed rows (shuffled) | held-out rows] */
  arranged: Float32Array;
  indexRows: number;
  queries: Float32Array;
  /** the loaded files' warnings (the split's are in split.warnings) */
  warnings: string[];
  /** L2-normalised copies for the IP metric, made on first use */
  normalized: { arranged: Float32Array; queries: Float32Array } | null;
  views: Map<string, MetricView>;
}

export interface MetricView {
  dataset: PreparedDataset;
  d: number;
  /** what the index holds (in the metric's space; centroids / expanded vectors when asked) */
  database: Float32Array;
  /** rows left out of the index; an export adds them back */
  heldOut: Float32Array;
  /** every frame in the metric's space, in id order of an export (database rows first) */
  all: Float32Array;
  queries: Float32Array;
  heldOutFiles: number;
  /** vectors an export of this view holds (RVC's N for the n_ivf formula) */
  exportRows: number;
}

const cache = new Map<string, PreparedDataset>();

function signature(files: string[]): string {
  return files
    .map((file) => {
      const stat = fs.statSync(file);
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
}

/** 'evaluation': held-out files moved to the end; 'rvc': every row shuffled, nothing held out. */
export type RowOrder = 'evaluation' | 'rvc';

export interface DatasetRequest {
  experiment: string;
  queries?: string;
  seed?: number;
  order?: RowOrder;
  /** memory the job needs beyond the features (the index it builds), checked before loading */
  reserveBytes?: (n: number, d: number) => number;
}

export function prepareDataset(ctx: JobContext, request: DatasetRequest): PreparedDataset {
  const seed = request.seed ?? DEFAULT_SEED;
  const order = request.queries === undefined ? (request.order ?? 'evaluation') : 'rvc';
  const layout = discoverExperiment(path.resolve(request.experiment));
  const queryLayout = request.queries === undefined ? null : discoverExperiment(path.resolve(request.queries));
  const key = JSON.stringify([
    layout.root,
    signature(layout.files),
    queryLayout ? signature(queryLayout.files) : null,
    seed,
    order,
  ]);
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }

  const shouldCancel = () => ctx.cancelRequested;
  const loaded = loadFeatures(layout, {
    shouldCancel,
    reserveBytes: request.reserveBytes,
    onProgress: (done, total) => ctx.progress('load', done, total, `reading ${layout.files.length} feature files`),
  });
  const { d } = loaded;
  let split: EvaluationSplit;
  let queries: Float32Array;
  let indexRows: number;
  if (request.queries !== undefined) {
    const external = loadQueryFeatures(request.queries, d, { shouldCancel });
    split = externalQuerySplit(loaded.n, external.files, seed);
    queries = new Float32Array(split.queryRows.length * d);
    split.queryRows.forEach((row, i) => queries.set(external.vectors.subarray(row * d, row * d + d), i * d));
    indexRows = loaded.n;
  } else if (order === 'rvc') {
    // the split is still described (info), but its files stay in the index: no queries
    split = heldOutSplit(loaded.files, seed);
    queries = new Float32Array(0);
    indexRows = loaded.n;
  } else {
    split = heldOutSplit(loaded.files, seed);
    const separated = separateHeldOut(loaded.vectors, d, split);
    queries = separated.queries;
    indexRows = separated.index.length / d;
  }
  // RVC shuffles big_npy's rows; ours is seeded so builds are reproducible.
  permuteRowsInPlace(loaded.vectors.subarray(0, indexRows * d), d, seededPermutation(indexRows, seed));

  const dataset: PreparedDataset = {
    key,
    root: layout.root,
    name: loaded.layout.name,
    seed,
    version: loaded.layout.version,
    exportFolder: loaded.layout.experimentDir,
    n: loaded.n,
    d,
    loaded,
    split,
    arranged: loaded.vectors,
    indexRows,
    queries,
    warnings: loaded.warnings,
    normalized: null,
    views: new Map(),
  };
  cache.set(key, dataset);
  while (cache.size > CACHED_DATASETS) cache.delete(cache.keys().next().value!);
  return dataset;
}

/** The held-out query frames of a prepared dataset, in the original feature space. */
export const heldOutQueries = (dataset: PreparedDataset) => dataset.queries;

export interface ViewOptions {
  metric: Metric;
  compress: BuildOptions['compress'] | null;
  expand: BuildOptions['expand'] | null;
  holdOut: boolean;
}

/** The vectors a build indexes and evaluates with, for a metric and the data options. */
export function metricView(ctx: JobContext, dataset: PreparedDataset, options: ViewOptions): MetricView {
  const key = JSON.stringify(options);
  const cached = dataset.views.get(key);
  if (cached) return cached;
  const { d } = dataset;
  if (options.holdOut && dataset.split.summary.mode !== 'external' && !dataset.split.possible) {
    throw argumentError(
      'queries',
      `${dataset.root}: too few frames to hold out evaluation queries — choose a query file or folder`,
    );
  }
  let all = dataset.arranged;
  let queries = dataset.queries;
  if (options.metric === 'ip') {
    // cosine = inner product of L2-normalised vectors (eps 1e-9), database and queries alike
    dataset.normalized ??= { arranged: l2NormalizedCopy(all, d), queries: l2NormalizedCopy(queries, d) };
    ({ arranged: all, queries } = dataset.normalized);
  }
  const indexed = options.holdOut ? dataset.indexRows : dataset.n;
  let database = all.subarray(0, indexed * d);
  const heldOut = all.subarray(indexed * d);
  let exportRows = dataset.n;
  if (options.expand) {
    const { num_expand, alpha } = options.expand;
    const normalised = options.metric === 'ip' ? database : l2NormalizedCopy(database, d);
    if (options.metric === 'l2')
      ctx.warn(
        'α-expansion L2-normalises the vectors: RVC will blend unit-length features (use the IP metric, or scale index_rate down)',
      );
    database = alphaExpand(ctx, normalised, normalised, d, num_expand, alpha, 'the database');
    if (options.expand.queries)
      queries = alphaExpand(
        ctx,
        options.metric === 'ip' ? queries : l2NormalizedCopy(queries, d),
        normalised,
        d,
        num_expand,
        alpha,
        'the queries',
      );
  }
  if (options.compress) {
    database = compressToCentroids(ctx, database, d, options.compress.centroids, dataset.seed);
    exportRows = database.length / d;
  }
  const view: MetricView = {
    dataset,
    d,
    database,
    heldOut: options.compress || options.expand ? new Float32Array(0) : heldOut,
    all,
    queries,
    heldOutFiles:
      options.holdOut && dataset.split.summary.mode === 'files' ? dataset.split.summary.query_files.length : 0,
    exportRows,
  };
  if (options.compress || options.expand) view.all = database;
  dataset.views.set(key, view);
  return view;
}
