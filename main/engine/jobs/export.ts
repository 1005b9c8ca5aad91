// export: an RVC-ready file set from a built index — every frame included (held-out frames added
// back), the chosen n_probe / k_factor stored in the file, RVC's names, compatibility checks,
// atomic writes, nothing overwritten without `force`.
import path from 'node:path';
import type { EvalResult, ExportCheck, ExportResult } from '../../../app/contract';
import { reportCsv, reportOf } from '../../../app/reportFile';
import type { Intent } from '../../../app/tuning/policy';
import type { SearchSettings } from '../../../app/tuning/settings';
import { costChoice, evalResult } from '../tuning/results';
import { sessionFor } from '../tuning/sessions';
import { AppError, appError, argumentError } from '../../../app/errors';
import { encodeNpyHeader } from '../../../app/npy';
import { message, texts, warningFields, type Message } from '../../../app/messages';
import { RVC_K } from '../../../app/rvc/defaults';
import { RVC_MAX_FASTSCAN_K_FACTOR, rvcFastScanAborts, rvcFastScanCandidates } from '../../../app/rvc/fastScan';
import { writeFilesAtomic, type FileContent } from '../../fsx/atomicWrite';
import type { NativeIndex } from '../../native/addon';
import type { JobContext } from '../jobContext';
import type { JobTypes } from '../protocol';
import { registry, type IndexEntry } from '../registry';
import { exportTargets, targetFiles } from '../exportTargets';
import { checkDestinations } from '../../fsx/destination';
import { runBuild, searchParameters } from './build';

const ADD_BATCH = 8192;

/**
 * The index to export and the vectors it holds, in id order. With `freeIndex` the built index
 * itself becomes the export (its held-out frames added in place: no second copy of a large
 * index); otherwise a copy gets them, and the build stays as it was for more measuring.
 */
function exportableIndex(
  ctx: JobContext,
  entry: IndexEntry,
  freeIndex: boolean,
): { index: NativeIndex; vectors: Float32Array } {
  const { view } = entry;
  if (entry.request.hold_out && (entry.request.compress || entry.request.expand)) {
    // Centroids / expanded vectors depend on every frame: rebuild from all of them, as RVC would.
    if (freeIndex) registry.dispose(entry.id);
    const id = `${entry.id}-export`;
    runBuild(ctx, {
      ...entry.request,
      hold_out: false,
      save: false,
      out: undefined,
      export_files: undefined,
      index_id: id,
    });
    const rebuilt = registry.take(id);
    return { index: rebuilt.index, vectors: rebuilt.view.database };
  }
  const index = freeIndex ? registry.take(entry.id).index : entry.index.clone();
  if (view.heldOut.length === 0) return { index, vectors: view.all };
  const d = view.d;
  const rows = view.heldOut.length / d;
  for (let offset = 0; offset < view.heldOut.length; offset += ADD_BATCH * d) {
    ctx.checkCancel();
    ctx.progress('add', offset / d, rows, `adding back ${rows} held-out frames`);
    index.add(view.heldOut.subarray(offset, Math.min(offset + ADD_BATCH * d, view.heldOut.length)));
  }
  return { index, vectors: view.all };
}

/** Rows read back per reconstruct_n call: RVC reads them all at once; the check reads them in
 *  chunks into one reused array, so it adds no memory to an export's peak. */
const RECONSTRUCT_ROWS = 256;

/** Whether reconstruct_n(0, ntotal) — what RVC calls — works and returns finite vectors. */
function reconstructsFinite(ctx: JobContext, index: NativeIndex, ntotal: number, d: number): boolean {
  const chunk = new Float32Array(Math.min(RECONSTRUCT_ROWS, ntotal) * d);
  for (let first = 0; first < ntotal; first += RECONSTRUCT_ROWS) {
    ctx.checkCancel();
    const rows = Math.min(RECONSTRUCT_ROWS, ntotal - first);
    if (!index.reconstructN(first, rows, chunk.subarray(0, rows * d)).every(Number.isFinite)) return false;
  }
  return true;
}

/** Checks whose failure means RVC cannot use the file at all: the export is refused. */
const BLOCKING_CHECKS = new Set(['ntotal', 'reconstruct_n', 'ids', 'fastscan_top_k', 'nprobe']);

function compatibilityChecks(
  ctx: JobContext,
  index: NativeIndex,
  expectedRows: number,
  nprobe: number | null,
): { checks: ExportCheck[]; warnings: Message[] } {
  const info = index.describe();
  const checks: ExportCheck[] = [];
  checks.push({
    name: 'metric',
    ok: info.metric === 'l2',
    detail:
      info.metric === 'l2'
        ? message('check_metric_l2')
        : message('rvc_metric_not_l2', { metric: info.metric.toUpperCase() }),
  });
  checks.push({
    name: 'ntotal',
    ok: info.ntotal > 0 && info.ntotal === expectedRows,
    detail: message('check_ntotal', { ntotal: info.ntotal, expected: expectedRows }),
  });
  let reconstructOk = false;
  let reconstructDetail: Message;
  try {
    reconstructOk = reconstructsFinite(ctx, index, info.ntotal, info.d);
    reconstructDetail = reconstructOk
      ? message('check_reconstruct_ok', { ntotal: info.ntotal })
      : message('check_reconstruct_nonfinite');
  } catch (error) {
    if (error instanceof AppError && error.code === 'CANCELLED') throw error;
    reconstructDetail = message('check_reconstruct_fails', { reason: (error as Error).message });
  }
  checks.push({ name: 'reconstruct_n', ok: reconstructOk, detail: reconstructDetail });
  checks.push({
    name: 'ids',
    ok: !info.mapsIds,
    detail: message(info.mapsIds ? 'check_ids_mapped' : 'check_ids_ok'),
  });
  if (info.fastScan) {
    const candidates = rvcFastScanCandidates(info.kFactor);
    const aborts = rvcFastScanAborts(true, info.kFactor);
    checks.push({
      name: 'fastscan_top_k',
      ok: !aborts,
      detail: !aborts
        ? message('check_fastscan_heap', { candidates })
        : message('check_fastscan_aborts', {
            candidates,
            kFactor: info.kFactor ?? 0,
            max: RVC_MAX_FASTSCAN_K_FACTOR,
          }),
    });
  }
  checks.push({
    name: 'nprobe',
    ok: info.nprobe === nprobe,
    detail:
      info.nprobe === null ? message('check_nprobe_none') : message('check_nprobe_stored', { nprobe: info.nprobe }),
  });
  // a failed check that does not block the export (the metric) is a warning too
  return { checks, warnings: checks.filter((check) => !check.ok).map((check) => check.detail) };
}

/**
 * The report: the engine's final points of the build — the exported settings and the curve
 * around them until recall levels off, as the app's tuning loop measures it (points it measured
 * already are reused).
 */
function measuredReport(
  ctx: JobContext,
  entry: IndexEntry,
  exported: SearchSettings,
  request: JobTypes['export']['params'],
): EvalResult {
  const session = sessionFor(entry, RVC_K, ctx);
  const choice = costChoice(request);
  const intent: Intent = {
    target: exported,
    estimate: false,
    realtimeBlock: choice.realtimeBlock,
    also: [],
    fullSweep: false,
  };
  while (session.step(ctx, intent) !== null) ctx.checkCancel();
  return evalResult(entry.id, session, session.finals(), choice, ctx);
}

export function runExport(ctx: JobContext, params: JobTypes['export']['params']): ExportResult {
  const entry = registry.get(params.index_id);
  const { dataset, d } = entry.view;
  const info = entry.index.describe();
  const nprobe = info.nlist === null ? null : (params.nprobe ?? info.nprobe);
  if (nprobe !== null && info.nlist !== null && nprobe > info.nlist)
    throw argumentError('nprobe', 'nprobe_above_nlist', { nprobe, nlist: info.nlist });
  if (params.k_factor !== undefined && info.kFactor === null)
    throw argumentError('k_factor', 'k_factor_no_rflat', { type: entry.shape.factory });
  const kFactor = info.kFactor === null ? null : (params.k_factor ?? info.kFactor);
  if (rvcFastScanAborts(entry.shape.pq?.fastScan ?? false, kFactor)) {
    throw argumentError('k_factor', 'k_factor_fastscan_aborts', {
      kFactor: kFactor ?? 0,
      candidates: rvcFastScanCandidates(kFactor),
      max: RVC_MAX_FASTSCAN_K_FACTOR,
    });
  }

  const targets = exportTargets(
    {
      folder: path.resolve(params.out_dir ?? dataset.exportFolder),
      factory: entry.shape.factory,
      nprobe,
      experiment: dataset.name,
      version: dataset.version,
      d,
    },
    { trained: params.trained, total_fea: params.total_fea, report: params.report === true },
  );
  const files = targetFiles(targets);
  checkDestinations(files, params.force ?? false);

  // measured before the export adds the held-out frames (the queries) to the index
  const report = params.report
    ? measuredReport(ctx, entry, { nprobe, k_factor: kFactor, ef_search: info.efSearch }, params)
    : null;
  const { index, vectors } = exportableIndex(ctx, entry, params.free_index ?? false);
  try {
    const spec = searchParameters(index, { nprobe, k_factor: kFactor });
    if (spec) index.setParameters(spec);
    ctx.progress('write', 0, files.length, 'checking RVC compatibility');
    const { checks, warnings } = compatibilityChecks(ctx, index, vectors.length / d, nprobe);
    const blocking = checks.filter((check) => !check.ok && BLOCKING_CHECKS.has(check.name));
    if (blocking.length > 0) {
      // the first check's finding is the reason the UI translates; the English text lists them all
      const text = `RVC could not use this export, nothing was written: ${texts(blocking.map((check) => check.detail)).join('; ')}`;
      const field = blocking[0].name === 'fastscan_top_k' ? 'k_factor' : 'factory';
      throw new AppError('INVALID_ARGUMENT', text, { field, reason: blocking[0].detail });
    }
    const stored = index.describe();
    if (stored.nprobe !== nprobe || stored.kFactor !== kFactor) {
      throw appError('INTERNAL', 'export_not_stored', {
        nprobe: String(stored.nprobe),
        kFactor: String(stored.kFactor),
        wantNprobe: String(nprobe),
        wantKFactor: String(kFactor),
      });
    }
    const contents: FileContent[] = [];
    if (targets.totalFea)
      contents.push({
        file: targets.totalFea,
        chunks: [
          encodeNpyHeader([vectors.length / d, d]),
          new Uint8Array(vectors.buffer, vectors.byteOffset, vectors.byteLength),
        ],
      });
    // both index files stream from faiss's writer to disk (no serialised copy in memory)
    let trained: NativeIndex | null = null;
    if (targets.trained) {
      trained = index.clone();
      trained.reset();
      const empty = trained;
      contents.push({ file: targets.trained, writeTo: (temp) => empty.write(temp) });
    }
    contents.push({ file: targets.added, writeTo: (temp) => index.write(temp) });
    if (report && targets.reportJson && targets.reportCsv) {
      const json = reportOf(report, { index: targets.added, factory: entry.shape.factory, nprobe, k_factor: kFactor });
      contents.push({
        file: targets.reportJson,
        chunks: new TextEncoder().encode(JSON.stringify(json, null, 2) + '\n'),
      });
      contents.push({ file: targets.reportCsv, chunks: new TextEncoder().encode(reportCsv(report)) });
    }
    // the whole set lands, or none of it
    try {
      writeFilesAtomic(contents, { overwrite: params.force ?? false, shouldCancel: () => ctx.cancelRequested });
    } finally {
      trained?.dispose();
    }
    ctx.progress('write', files.length, files.length, 'written');
    return {
      files,
      ...warningFields([...warnings, ...ctx.warnings]),
      checks,
      ntotal: index.describe().ntotal,
      nprobe,
      k_factor: kFactor,
    };
  } finally {
    index.dispose();
  }
}
