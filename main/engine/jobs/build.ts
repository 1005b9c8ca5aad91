// build: load → (compress) → (expand) → train → add in batches → set search parameters →
// (write). The built index stays in this worker's registry for evaluation and export.
import type { BuildResult } from '../../../app/contract';
import { argumentError } from '../../../app/errors';
import { planBuild, type BuildPlan } from '../../../app/buildPlan';
import { clusterStats } from '../../../app/clusterStats';
import { buildNotices, distinctRows } from '../../../app/degenerateData';
import { indexBytes } from '../../../app/memory';
import { warningFields } from '../../../app/messages';
import { trainingFlops } from '../../../app/trainingCost';
import path from 'node:path';
import { loadAddon, type NativeIndex } from '../../native/addon';
import { metricView, prepareDataset } from '../datasets';
import { exportTargets, targetFiles } from '../exportTargets';
import { checkDestinations } from '../../fsx/destination';
import { flopsPerMs, learnFlopRate } from '../flopRate';
import { writeIndexFile } from '../indexFile';
import type { JobContext } from '../jobContext';
import type { JobTypes } from '../protocol';
import { indexEntry, registry } from '../registry';

/** RVC adds in batches of 8192; graph indexes get smaller batches so progress and cancel stay responsive. */
const ADD_BATCH = 8192;
const GRAPH_ADD_BATCH = 1024;

/** Search-time parameters as faiss's ParameterSpace string, for the parts this index has. */
export function searchParameters(
  index: NativeIndex,
  values: { nprobe?: number | null; k_factor?: number | null; ef_search?: number | null },
): string {
  const info = index.describe();
  const parts: string[] = [];
  if (info.nlist !== null && values.nprobe != null) parts.push(`nprobe=${values.nprobe}`);
  if (info.kFactor !== null && values.k_factor != null) parts.push(`k_factor=${values.k_factor}`);
  if (info.efSearch !== null && values.ef_search != null) parts.push(`efSearch=${values.ef_search}`);
  return parts.join(',');
}

export function runBuild(ctx: JobContext, params: JobTypes['build']['params']): BuildResult {
  const addon = loadAddon();
  const started = performance.now();
  const holdOut = params.hold_out ?? false;
  const writesFile = params.save === true || params.out !== undefined;
  const planOptions = { ...params, forRvc: writesFile || params.export_files !== undefined, writesFile };
  // planned from the headers, before the features are read: the index's memory counts in the
  // memory check, and a bad factory fails before anything is loaded. Planned again only when
  // reading the frames changed N (NaN/Inf rows dropped).
  let planned: { n: number; d: number; plan: BuildPlan } | null = null;
  const planFor = (n: number, d: number): BuildPlan => {
    if (planned?.n !== n || planned.d !== d) planned = { n, d, plan: planBuild(planOptions, n, d) };
    return planned.plan;
  };
  const reserveBytes = (n: number, d: number) => {
    const plan = planFor(n, d);
    return indexBytes(plan.shape, plan.exportRows, d);
  };
  const dataset = prepareDataset(ctx, {
    experiment: params.experiment,
    queries: params.queries,
    seed: params.seed,
    order: holdOut ? 'evaluation' : 'rvc',
    reserveBytes,
  });
  const loadMs = performance.now() - started;
  const { d } = dataset;
  // judged against what the export will hold, before any k-means, expansion or training
  const plan = planFor(dataset.n, d);
  const { shape, metric } = plan;
  for (const warning of plan.warnings) ctx.warn(warning);
  // files this build (or the export after it) will write: refused now, not after a long build
  const naming = {
    folder: dataset.exportFolder,
    factory: shape.factory,
    nprobe: plan.nprobe,
    experiment: dataset.name,
    version: dataset.version,
    d,
  };
  const output =
    params.out !== undefined ? path.resolve(params.out) : params.save ? exportTargets(naming, {}).added : null;
  if (output !== null) checkDestinations([output], params.force ?? false);
  if (params.export_files) {
    const { out_dir, ...files } = params.export_files;
    checkDestinations(
      targetFiles(
        exportTargets({ ...naming, folder: out_dir !== undefined ? path.resolve(out_dir) : naming.folder }, files),
      ),
      params.force ?? false,
    );
  }
  const trainingRows = plan.compress?.centroids ?? (holdOut ? dataset.indexRows : dataset.n);
  if (shape.nlist !== null && shape.nlist > trainingRows) {
    throw argumentError('n_ivf', 'build_ivf_too_few', { nlist: shape.nlist, rows: trainingRows });
  }
  // normalising, α-expansion and k-means compression count as training time
  const prepareStart = performance.now();
  const view = metricView(ctx, dataset, { metric, compress: plan.compress, expand: params.expand ?? null, holdOut });
  const prepareMs = performance.now() - prepareStart;
  const rows = view.database.length / d;

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

    const { nprobe, kFactor } = plan;
    const spec = searchParameters(index, { nprobe, k_factor: kFactor, ef_search: params.ef_search ?? null });
    if (spec) index.setParameters(spec);

    let writeMs = 0;
    if (output !== null) {
      const writeStart = performance.now();
      ctx.progress('write', 0, 1, `writing ${output}`);
      writeIndexFile(index, output, params.force ?? false);
      writeMs = performance.now() - writeStart;
    }

    const info = index.describe();
    const sizes = index.listSizes();
    for (const notice of buildNotices(distinctRows(view.database, d), sizes)) ctx.warn(notice);
    registry.add(
      indexEntry({
        id: params.index_id,
        label: params.label ?? shape.factory,
        index,
        request: params,
        shape,
        metric,
        view,
      }),
    );
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
      timings_ms: {
        load: round(loadMs),
        train: round(trainMs),
        add: round(addMs),
        write: round(writeMs),
        total: round(performance.now() - started),
      },
      clusters: sizes ? clusterStats(sizes) : null,
      file_bytes: fileBytes,
      memory_bytes: fileBytes + view.database.byteLength,
      held_out: { files: view.heldOutFiles, frames: view.heldOut.length / d },
      ...warningFields([
        ...dataset.warnings,
        ...(holdOut || params.queries !== undefined ? dataset.split.warnings : []),
        ...ctx.warnings,
      ]),
    };
  } catch (error) {
    index.dispose();
    throw error;
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;
