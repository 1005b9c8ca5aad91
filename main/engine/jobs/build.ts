// build: load → (compress) → (expand) → train → add in batches → set search parameters →
// (write). The built index stays in this worker's registry for evaluation and export.
import os from 'node:os';
import type { BuildResult } from '../../../app/contract';
import { argumentError } from '../../../app/errors';
import { checkFactory, expandFactory } from '../../../app/factory';
import { clusterStats } from '../../../app/clusterStats';
import { featureBytes, indexBytes } from '../../../app/memory';
import { RVC_COMPRESS_THRESHOLD, RVC_SAFE_K_FACTOR, rvcCompression, rvcNIvf } from '../../../app/presets';
import { rvcIndexFileName, rvcVersionFor } from '../../../app/rvcNames';
import { trainingFlops } from '../../../app/trainingCost';
import path from 'node:path';
import { loadAddon, type NativeIndex } from '../../native/addon';
import { metricView, prepareDataset } from '../datasets';
import { flopsPerMs, learnFlopRate } from '../flopRate';
import { writeIndexFile } from '../indexFile';
import type { JobContext } from '../jobContext';
import type { JobTypes } from '../protocol';
import { registry } from '../registry';

/** RVC adds in batches of 8192; graph indexes get smaller batches so progress and cancel stay responsive. */
const ADD_BATCH = 8192;
const GRAPH_ADD_BATCH = 1024;

export const DEFAULT_FACTORY = 'IVF{n},Flat';

/** Search-time parameters as faiss's ParameterSpace string, for the parts this index has. */
export function searchParameters(index: NativeIndex, values: { nprobe?: number | null; k_factor?: number | null; ef_search?: number | null }): string {
  const info = index.describe();
  const parts: string[] = [];
  if (info.nlist !== null && values.nprobe != null) parts.push(`nprobe=${values.nprobe}`);
  if (info.kFactor !== null && values.k_factor != null) parts.push(`k_factor=${values.k_factor}`);
  if (info.efSearch !== null && values.ef_search != null) parts.push(`efSearch=${values.ef_search}`);
  return parts.join(',');
}

/** RVC's own rule applies to RVC's preset (no factory given, no compression choice made). */
function rvcRuleCompression(ctx: JobContext, params: JobTypes['build']['params'], n: number): { centroids: number } | null {
  const centroids = params.factory === undefined ? rvcCompression(n) : null;
  if (centroids === null) return null;
  ctx.warn(`N = ${n} > ${RVC_COMPRESS_THRESHOLD}: indexing ${centroids} k-means centroids, as RVC does (keep every frame with --keep-all-frames)`);
  return { centroids };
}

export function runBuild(ctx: JobContext, params: JobTypes['build']['params']): BuildResult {
  const addon = loadAddon();
  const started = performance.now();
  const dataset = prepareDataset(ctx, { experiment: params.experiment, queries: params.queries, seed: params.seed });
  const loadMs = performance.now() - started;
  const metric = params.metric ?? 'l2';
  const holdOut = params.hold_out ?? false;
  const compress = params.compress !== undefined ? params.compress : rvcRuleCompression(ctx, params, dataset.n);
  // normalising, α-expansion and k-means compression count as training time
  const prepareStart = performance.now();
  const view = metricView(ctx, dataset, { metric, compress, expand: params.expand ?? null, holdOut });
  const prepareMs = performance.now() - prepareStart;
  const { d } = dataset;
  const rows = view.database.length / d;

  // RVC's n_ivf formula uses every vector the exported index will hold.
  const nIvf = params.n_ivf ?? rvcNIvf(view.exportRows);
  const requested = params.factory ?? DEFAULT_FACTORY;
  // Judged against what the export will be trained on; a hold-out build trains on a few % fewer.
  const check = checkFactory(requested, { d, n: view.exportRows, nIvf, metric, kFactor: params.k_factor ?? RVC_SAFE_K_FACTOR });
  if (!check.ok || !check.shape) throw argumentError('factory', `factory '${expandFactory(requested, nIvf)}': ${check.errors.join('; ')}`);
  const shape = check.shape;
  if (shape.nlist !== null && shape.nlist > rows) {
    throw argumentError('n_ivf', `IVF${shape.nlist} needs at least ${shape.nlist} training vectors; this build trains on ${rows} (the rest are held out for evaluation)`);
  }
  for (const warning of check.warnings.filter((w) => !w.startsWith('IP metric'))) ctx.warn(warning);
  if (params.nprobe !== undefined && shape.nlist === null) ctx.warn(`nprobe ${params.nprobe} ignored: ${shape.factory} is not an IVF index`);
  if (params.nprobe !== undefined && shape.nlist !== null && params.nprobe > shape.nlist) {
    throw argumentError('nprobe', `nprobe ${params.nprobe} is larger than the number of lists (${shape.nlist})`);
  }
  if (params.k_factor !== undefined && !shape.refine) ctx.warn(`k_factor ${params.k_factor} ignored: ${shape.factory} has no RFlat re-ranking stage`);
  const needed = indexBytes(shape, rows, d) + featureBytes(dataset.n, d);
  if (needed > os.totalmem() * 0.9) {
    throw argumentError('factory', `${shape.factory} over ${rows} vectors needs about ${(needed / 2 ** 30).toFixed(1)} GiB; this machine has ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`);
  }

  const index = addon.Index.create(d, shape.factory, metric);
  try {
    const trainStart = performance.now() - prepareMs;
    if (!index.describe().isTrained) {
      const flops = trainingFlops(shape, rows, d);
      ctx.estimatedPhase('train', 100, `training ${shape.factory} on ${rows} vectors`, flops / flopsPerMs());
      const started = performance.now();
      index.train(view.database);
      learnFlopRate(flops, performance.now() - started);
    }
    const trainMs = performance.now() - trainStart;

    const addStart = performance.now();
    const batch = (shape.hnsw !== null ? GRAPH_ADD_BATCH : ADD_BATCH) * d;
    for (let offset = 0; offset < view.database.length; offset += batch) {
      ctx.checkCancel();
      ctx.progress('add', offset / d, rows, `adding vectors ${offset / d}/${rows}`);
      index.add(view.database.subarray(offset, Math.min(offset + batch, view.database.length)));
    }
    ctx.progress('add', rows, rows, `added ${rows} vectors`);
    const addMs = performance.now() - addStart;

    const nprobe = shape.nlist === null ? null : (params.nprobe ?? 1);
    const kFactor = shape.refine ? (params.k_factor ?? RVC_SAFE_K_FACTOR) : null;
    const spec = searchParameters(index, { nprobe, k_factor: kFactor, ef_search: params.ef_search ?? null });
    if (spec) index.setParameters(spec);

    let output: string | null = null;
    let writeMs = 0;
    if (params.save || params.out !== undefined) {
      const writeStart = performance.now();
      output = params.out !== undefined ? path.resolve(params.out) : defaultIndexPath('added', dataset.exportFolder, shape.factory, nprobe, dataset.name, dataset.version, d);
      ctx.progress('write', 0, 1, `writing ${output}`);
      writeIndexFile(index, output, params.force ?? false);
      writeMs = performance.now() - writeStart;
    }

    const info = index.describe();
    const sizes = index.listSizes();
    registry.add({ id: params.index_id, label: params.label ?? shape.factory, index, request: params, shape, metric, view, reconstructed: null });
    const fileBytes = index.byteSize();
    return {
      index_id: params.index_id,
      label: params.label ?? shape.factory,
      experiment: dataset.root,
      n: dataset.n,
      d,
      ntotal: info.ntotal,
      factory: shape.factory,
      metric,
      type: info.type,
      nlist: info.nlist,
      nprobe: info.nprobe,
      k_factor: info.kFactor,
      output,
      timings_ms: { load: round(loadMs), train: round(trainMs), add: round(addMs), write: round(writeMs), total: round(performance.now() - started) },
      clusters: sizes ? clusterStats(sizes) : null,
      file_bytes: fileBytes,
      memory_bytes: fileBytes + view.database.byteLength,
      held_out: { files: view.heldOutFiles, frames: view.heldOut.length / d },
      warnings: [...dataset.warnings, ...(holdOut || params.queries !== undefined ? dataset.split.warnings : []), ...ctx.warnings],
    };
  } catch (error) {
    index.dispose();
    throw error;
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Default output of `build` and `export`: RVC's own file name in the experiment folder. */
export function defaultIndexPath(kind: 'added' | 'trained', folder: string, factory: string, nprobe: number | null, experiment: string, version: 'v1' | 'v2' | null, d: number): string {
  return path.join(folder, rvcIndexFileName(kind, factory, nprobe, experiment, rvcVersionFor(version, d)));
}
