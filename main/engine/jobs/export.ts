// export: an RVC-ready file set from a built index — every frame included (held-out frames added
// back), the chosen n_probe / k_factor stored in the file, RVC's names, compatibility checks,
// atomic writes, nothing overwritten without `force`.
import path from 'node:path';
import type { EvalResult, ExportCheck, ExportResult } from '../../../app/contract';
import { reportCsv, reportSchema, type Report } from '../../../app/report';
import type { Intent } from '../../../app/tuning/policy';
import type { SearchSettings } from '../../../app/tuning/settings';
import { costChoice, evalResult } from '../tuning/results';
import { sessionFor } from '../tuning/sessions';
import { AppError, argumentError } from '../../../app/errors';
import { encodeNpyHeader } from '../../../app/npy';
import { englishText } from '../../../app/messages';
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

/** Rows read back per reconstruct_n call: RVC reads them all at once; the check keeps each chunk
 *  small, since every result is a fresh array the collector frees late (peak memory of an export). */
const RECONSTRUCT_ROWS = 256;

/** Whether reconstruct_n(0, ntotal) — what RVC calls — works and returns finite vectors. */
function reconstructsFinite(ctx: JobContext, index: NativeIndex, ntotal: number): boolean {
  for (let first = 0; first < ntotal; first += RECONSTRUCT_ROWS) {
    ctx.checkCancel();
    if (!index.reconstructN(first, Math.min(RECONSTRUCT_ROWS, ntotal - first)).every(Number.isFinite)) return false;
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
): { checks: ExportCheck[]; warnings: string[] } {
  const info = index.describe();
  const checks: ExportCheck[] = [];
  const warnings: string[] = [];
  checks.push({
    name: 'metric',
    ok: info.metric === 'l2',
    detail:
      info.metric === 'l2'
        ? 'L2: RVC’s 1/distance² weights apply'
        : englishText('rvc_metric_not_l2', { metric: info.metric.toUpperCase() }),
  });
  checks.push({
    name: 'ntotal',
    ok: info.ntotal > 0 && info.ntotal === expectedRows,
    detail: `${info.ntotal} vectors stored (${expectedRows} expected)`,
  });
  let reconstructOk = false;
  let reconstructDetail = '';
  try {
    reconstructOk = reconstructsFinite(ctx, index, info.ntotal);
    reconstructDetail = reconstructOk
      ? `reconstruct_n(0, ${info.ntotal}) returns finite vectors`
      : 'reconstruct_n returned non-finite values';
  } catch (error) {
    if (error instanceof AppError && error.code === 'CANCELLED') throw error;
    reconstructDetail = `reconstruct_n(0, ntotal) fails: ${(error as Error).message} — RVC cannot load this index`;
  }
  checks.push({ name: 'reconstruct_n', ok: reconstructOk, detail: reconstructDetail });
  checks.push({
    name: 'ids',
    ok: !info.mapsIds,
    detail: info.mapsIds ? 'the index maps custom ids; RVC needs ids 0..ntotal-1' : 'ids are 0..ntotal-1',
  });
  if (info.fastScan) {
    const candidates = rvcFastScanCandidates(info.kFactor);
    const aborts = rvcFastScanAborts(true, info.kFactor);
    checks.push({
      name: 'fastscan_top_k',
      ok: !aborts,
      detail: !aborts
        ? `RVC's FastScan search asks for ${candidates} candidates: faiss uses its heap top-k`
        : `RVC's FastScan search asks for ${candidates} candidates (k_factor ${info.kFactor}): faiss-cpu 1.7.3, which RVC pins, then switches to a top-k that aborts on some data with tied distances (partitioning.cpp assertion). k_factor ≤ ${RVC_MAX_FASTSCAN_K_FACTOR} avoids it; this app's own searches are not affected`,
    });
  }
  checks.push({
    name: 'nprobe',
    ok: info.nprobe === nprobe,
    detail:
      info.nprobe === null
        ? 'not an IVF index: no n_probe'
        : `n_probe ${info.nprobe} stored in the file (RVC never changes it)`,
  });
  for (const check of checks) if (!check.ok) warnings.push(`RVC compatibility: ${check.detail}`);
  return { checks, warnings };
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
    throw argumentError('nprobe', `nprobe ${nprobe} is larger than the number of lists (${info.nlist})`);
  if (params.k_factor !== undefined && info.kFactor === null)
    throw argumentError('k_factor', `${entry.shape.factory} has no RFlat re-ranking stage`);
  const kFactor = info.kFactor === null ? null : (params.k_factor ?? info.kFactor);
  if (rvcFastScanAborts(entry.shape.pq?.fastScan ?? false, kFactor)) {
    throw argumentError(
      'k_factor',
      `k_factor ${kFactor}: RVC's search would ask FastScan for ${rvcFastScanCandidates(kFactor)} candidates, and the faiss 1.7.3 RVC ships can abort on that; export with a k_factor of at most ${RVC_MAX_FASTSCAN_K_FACTOR}`,
    );
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
      throw argumentError(
        blocking[0].name === 'fastscan_top_k' ? 'k_factor' : 'factory',
        `RVC could not use this export, nothing was written: ${blocking.map((check) => check.detail).join('; ')}`,
      );
    }
    const stored = index.describe();
    if (stored.nprobe !== nprobe || stored.kFactor !== kFactor) {
      throw new AppError(
        'INTERNAL',
        `the index stores nprobe ${stored.nprobe}, k_factor ${stored.kFactor}; expected ${nprobe}, ${kFactor}`,
      );
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
      const json: Report = reportSchema.parse({
        index: targets.added,
        factory: entry.shape.factory,
        nprobe,
        k_factor: kFactor,
        ...report,
      });
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
      warnings: [...new Set([...warnings, ...ctx.warnings])],
      checks,
      ntotal: index.describe().ntotal,
      nprobe,
      k_factor: kFactor,
    };
  } finally {
    index.dispose();
  }
}
