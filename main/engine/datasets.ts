// Experiment data in the engine: loaded once per experiment (cached while its files are
// unchanged), split for evaluation, and arranged in place as
//   [indexed rows, shuffled as RVC does | held-out rows]
// so evaluation builds index the first part, exports add the second part back, and no second
// full copy of the features exists. A plain build (nothing held out) asks for RVC's own order
// instead: every row shuffled, as big_npy is. The features live in a SharedArrayBuffer: the
// engine host keeps each loaded dataset and hands it to whichever worker runs the next job on it
// (one load per experiment, not one per worker). Metric-space variants (L2-normalised for IP),
// compressed and α-expanded databases are derived views, cached in the worker that made them.
// An experiment's summary (info) reads only the .npy headers unless the frames are loaded already.
import fs from 'node:fs';
import path from 'node:path';
import type { BuildOptions, FeatureFileSummary, Metric } from '../../app/contract';
import { AppError } from '../../app/errors';
import { l2NormalizedCopy } from '../../app/dataset/normalize';
import { externalQuerySplit, heldOutSplit, separateHeldOut, type EvaluationSplit } from '../../app/dataset/split';
import { featureBytes } from '../../app/memory';
import { message, type Message } from '../../app/messages';
import { permuteRowsInPlace, seededPermutation } from '../../app/random';
import { discoverExperiment, type ExperimentLayout } from '../dataset/discover';
import {
  loadFeatures,
  loadQueryFeatures,
  summarizeFeatures,
  summarizeQueryFeatures,
  type LoadedFeatures,
} from '../dataset/load';
import { memoryVerdict, type MemoryNeed } from '../dataset/memory';
import { compressToCentroids } from './compress';
import { CACHED_DATASETS, DEFAULT_SEED, datasetRequestKey, rowOrder, type DatasetRequest } from './datasetKey';
import { alphaExpand } from './expand';
import type { JobContext } from './jobContext';

/** A loaded dataset as every worker can use it (its arrays are shared, not copied). */
export interface SharedDataset {
  /** the request that loaded it (datasetKey.ts): how the host finds it again */
  requestKey: string;
  /** the request with its files' sizes and times: a changed file means a reload */
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
  warnings: Message[];
}

export interface PreparedDataset extends SharedDataset {
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

/** This worker's datasets, by key, least recently used first. */
const cache = new Map<string, PreparedDataset>();
/** What the host has for the job this worker runs now. */
let offered: SharedDataset | null = null;
let publish: (dataset: SharedDataset) => void = () => {};

/** The host's dataset for the next job (null: none), before the job runs. */
export function offerDataset(dataset: SharedDataset | null): void {
  offered = dataset;
}

/** Where a dataset this worker loads goes, so the other workers can use it too. */
export function onDatasetLoaded(listener: (dataset: SharedDataset) => void): void {
  publish = listener;
}

function signature(files: string[]): string {
  return files
    .map((file) => {
      const stat = fs.statSync(file);
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
}

interface Located {
  layout: ExperimentLayout;
  queryLayout: ExperimentLayout | null;
  seed: number;
  /** the files' state, for any row order */
  files: string;
}

function locate(request: DatasetRequest): Located {
  const layout = discoverExperiment(path.resolve(request.experiment));
  const queryLayout = request.queries === undefined ? null : discoverExperiment(path.resolve(request.queries));
  const files = JSON.stringify([
    layout.root,
    signature(layout.files),
    queryLayout ? signature(queryLayout.files) : null,
  ]);
  return { layout, queryLayout, seed: request.seed ?? DEFAULT_SEED, files };
}

const datasetKey = (located: Located, order: string) => JSON.stringify([located.files, located.seed, order]);

function remember(dataset: PreparedDataset): PreparedDataset {
  cache.delete(dataset.key);
  cache.set(dataset.key, dataset);
  while (cache.size > CACHED_DATASETS) cache.delete(cache.keys().next().value!);
  return dataset;
}

export function prepareDataset(ctx: JobContext, request: DatasetRequest): PreparedDataset {
  const order = rowOrder(request);
  const located = locate(request);
  const { layout, seed } = located;
  const key = datasetKey(located, order);
  const cached = cache.get(key);
  if (cached) return remember(cached);
  if (offered?.key === key) return remember({ ...offered, normalized: null, views: new Map() });

  const shouldCancel = () => ctx.cancelRequested;
  const loaded = loadFeatures(layout, {
    shared: true,
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

  const shared: SharedDataset = {
    requestKey: datasetRequestKey(request),
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
  };
  publish(shared);
  return remember({ ...shared, normalized: null, views: new Map() });
}

/** What an experiment summary shows: exact once the frames are loaded, from the headers before. */
export interface ExperimentFacts {
  root: string;
  name: string;
  layout: ExperimentLayout;
  n: number;
  d: number;
  files: FeatureFileSummary[];
  /** NaN/Inf rows dropped (known once the frames are read: 0 before) */
  droppedRows: number;
  /** the files' warnings and the split's */
  warnings: Message[];
  split: EvaluationSplit;
}

/** An experiment's summary without reading its frames (unless a loaded copy is at hand). */
export function experimentFacts(request: DatasetRequest): ExperimentFacts {
  const located = locate(request);
  const loaded = [...cache.values(), ...(offered ? [offered] : [])].find(
    (dataset) => dataset.key === datasetKey(located, 'evaluation') || dataset.key === datasetKey(located, 'rvc'),
  );
  const fileFacts = ({ start: _start, ...file }: FeatureFileSummary & { start: number }) => file;
  if (loaded) {
    return {
      root: loaded.root,
      name: loaded.name,
      layout: loaded.loaded.layout,
      n: loaded.n,
      d: loaded.d,
      files: loaded.loaded.files.map(fileFacts),
      droppedRows: loaded.loaded.droppedRows,
      warnings: [...loaded.warnings, ...loaded.split.warnings],
      split: loaded.split,
    };
  }
  const summary = summarizeFeatures(located.layout);
  const { n, d } = summary;
  const { queries } = request;
  const split =
    queries !== undefined
      ? externalQuerySplit(n, summarizeQueryFeatures(queries, d).files, located.seed)
      : heldOutSplit(summary.files, located.seed);
  const where = located.layout.layout === 'total_fea' ? located.layout.files[0] : located.layout.featureDir;
  return {
    root: located.layout.root,
    name: summary.layout.name,
    layout: summary.layout,
    n,
    d,
    files: summary.files.map(fileFacts),
    droppedRows: 0,
    warnings: [
      ...summary.warnings,
      ...memoryWarnings(featureBytes(n, d), { where, n, d, withIndex: false }),
      ...split.warnings,
    ],
    split,
  };
}

/** The load's memory check as a warning: a summary shows what would not fit, it does not refuse. */
function memoryWarnings(bytes: number, need: MemoryNeed): Message[] {
  const verdict = memoryVerdict(bytes, need);
  return verdict ? [verdict.message] : [];
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
    const reason = message('split_impossible');
    throw new AppError('INVALID_ARGUMENT', `${dataset.root}: ${reason.text}`, {
      file: dataset.root,
      field: 'queries',
      reason,
    });
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
    if (options.metric === 'l2') ctx.warn(message('expand_l2_normalises'));
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
