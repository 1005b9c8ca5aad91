// export: an RVC-ready file set from a built index — every frame included (held-out frames added
// back), the chosen n_probe / k_factor stored in the file, RVC's names, compatibility checks,
// atomic writes, nothing overwritten without `force`.
import path from 'node:path';
import type { EvalResult, ExportCheck, ExportResult } from '../../../app/contract';
import { AppError, argumentError } from '../../../app/errors';
import { inspectFaissBytes } from '../../../app/faissFile';
import { encodeNpyHeader } from '../../../app/npy';
import { FASTSCAN_HEAP_MAX_K, RVC_K } from '../../../app/presets';
import { writeFilesAtomic, type FileContent } from '../../fsx/atomicWrite';
import type { NativeIndex } from '../../native/addon';
import type { JobContext } from '../jobContext';
import type { JobTypes } from '../protocol';
import { registry, type IndexEntry } from '../registry';
import { exportTargets, refuseExisting, targetFiles } from '../exportTargets';
import { runBuild, searchParameters } from './build';

const ADD_BATCH = 8192;

/** The index to export and the vectors it holds, in id order. */
function exportableIndex(ctx: JobContext, entry: IndexEntry): { index: NativeIndex; vectors: Float32Array } {
  const { view } = entry;
  if (entry.request.hold_out && (entry.request.compress || entry.request.expand)) {
    // Centroids / expanded vectors depend on every frame: rebuild from all of them, as RVC would.
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
  const index = entry.index.clone();
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

function reportCsv(report: EvalResult): string {
  const columns = [
    'nprobe',
    'k_factor',
    'recall_at_1',
    'recall_at_k',
    'blend_error',
    'latency_us_p50',
    'latency_us_p99',
    'qps',
    'ms_per_audio_second',
  ] as const;
  const rows = report.points.map((point) => columns.map((c) => (point[c] === null ? '' : String(point[c]))).join(','));
  return [columns.join(','), ...rows].join('\n') + '\n';
}

function compatibilityChecks(
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
        : `${info.metric.toUpperCase()} metric: RVC weights neighbours by 1/distance², which assumes L2 — this export will blend wrongly in RVC`,
  });
  checks.push({
    name: 'ntotal',
    ok: info.ntotal > 0 && info.ntotal === expectedRows,
    detail: `${info.ntotal} vectors stored (${expectedRows} expected)`,
  });
  let reconstructOk = false;
  let reconstructDetail = '';
  try {
    const vectors = index.reconstructN(0, info.ntotal);
    reconstructOk = vectors.every(Number.isFinite);
    reconstructDetail = reconstructOk
      ? `reconstruct_n(0, ${info.ntotal}) returns finite vectors`
      : 'reconstruct_n returned non-finite values';
  } catch (error) {
    reconstructDetail = `reconstruct_n(0, ntotal) fails: ${(error as Error).message} — RVC cannot load this index`;
  }
  checks.push({ name: 'reconstruct_n', ok: reconstructOk, detail: reconstructDetail });
  const idMapped = info.chain.some((type) => type.startsWith('IndexIDMap'));
  checks.push({
    name: 'ids',
    ok: !idMapped,
    detail: idMapped ? 'the index maps custom ids; RVC needs ids 0..ntotal-1' : 'ids are 0..ntotal-1',
  });
  // RVC searches k = 8; RFlat asks its base index for 8·k_factor candidates.
  const fastScan = info.chain.some((type) => type.includes('FastScan'));
  const candidates = RVC_K * (info.kFactor ?? 1);
  if (fastScan) {
    checks.push({
      name: 'fastscan_top_k',
      ok: candidates <= FASTSCAN_HEAP_MAX_K,
      detail:
        candidates <= FASTSCAN_HEAP_MAX_K
          ? `RVC's FastScan search asks for ${candidates} candidates: faiss uses its heap top-k`
          : `RVC's FastScan search asks for ${candidates} candidates (k_factor ${info.kFactor}): faiss-cpu 1.7.3, which RVC pins, then switches to a top-k that aborts on some data with tied distances (partitioning.cpp assertion). k_factor ≤ ${FASTSCAN_HEAP_MAX_K / RVC_K} avoids it; this app's own searches are not affected`,
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

  const targets = exportTargets(
    {
      folder: path.resolve(params.out_dir ?? dataset.exportFolder),
      factory: entry.shape.factory,
      nprobe,
      experiment: dataset.name,
      version: dataset.version,
      d,
    },
    { trained: params.trained, total_fea: params.total_fea, report: params.report !== undefined },
  );
  const files = targetFiles(targets);
  refuseExisting(files, params.force ?? false);

  const { index, vectors } = exportableIndex(ctx, entry);
  try {
    const spec = searchParameters(index, { nprobe, k_factor: kFactor });
    if (spec) index.setParameters(spec);
    ctx.progress('write', 0, files.length, 'checking RVC compatibility');
    const { checks, warnings } = compatibilityChecks(index, vectors.length / d, nprobe);
    const contents: FileContent[] = [];
    if (targets.totalFea)
      contents.push({
        file: targets.totalFea,
        chunks: [
          encodeNpyHeader([vectors.length / d, d]),
          new Uint8Array(vectors.buffer, vectors.byteOffset, vectors.byteLength),
        ],
      });
    if (targets.trained) {
      const trained = index.clone();
      trained.reset();
      contents.push({ file: targets.trained, chunks: trained.toBuffer() });
      trained.dispose();
    }
    const bytes = index.toBuffer();
    const stored = inspectFaissBytes(bytes, targets.added);
    if (stored.nprobe !== nprobe || stored.k_factor !== kFactor) {
      throw new AppError(
        'INTERNAL',
        `the serialised index stores nprobe ${stored.nprobe}, k_factor ${stored.k_factor}; expected ${nprobe}, ${kFactor}`,
      );
    }
    contents.push({ file: targets.added, chunks: bytes });
    if (params.report && targets.reportJson && targets.reportCsv) {
      const report = {
        index: targets.added,
        factory: entry.shape.factory,
        nprobe,
        k_factor: kFactor,
        ...params.report,
      };
      contents.push({
        file: targets.reportJson,
        chunks: new TextEncoder().encode(JSON.stringify(report, null, 2) + '\n'),
      });
      contents.push({ file: targets.reportCsv, chunks: new TextEncoder().encode(reportCsv(params.report)) });
    }
    // the whole set lands, or none of it
    writeFilesAtomic(contents, { overwrite: params.force ?? false });
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
