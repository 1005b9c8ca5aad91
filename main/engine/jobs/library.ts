// The model library's engine jobs: doctor (scan, pair, diagnose, and estimate each index's recall
// from its own vectors), retune (copies with a new stored n_probe) and share (one zip with the
// model, its index and a model card). Every index byte goes through the engine check before faiss.
import path from 'node:path';
import type { DoctorResult, LibraryModel } from '../../../app/models/api';
import type { IndexRecord } from '../../../app/models/doctor';
import { diagnoseLibrary } from '../../../app/models/library';
import type { NoRecallEstimate, RecallEstimate } from '../../../app/recallEstimate';
import { AppError } from '../../../app/errors';
import { message } from '../../../app/messages';
import { scanLibrary } from '../../models/scan';
import type { NativeIndex } from '../../native/addon';
import { loadIndexBytes } from '../indexFile';
import type { JobContext } from '../jobContext';
import type { JobTypes } from '../protocol';
import { estimateRecall } from '../recallEstimate';

/** Worth loading into faiss: vectors to estimate from, and a file faiss can give them back from. */
export const estimable = (record: IndexRecord) =>
  record.facts !== null && record.facts.ntotal > 0 && record.facts.reconstruct !== 'crashes';

/** Loads an index's bytes into faiss (after the engine check); a refusal becomes a reason. */
export function loadForEstimate(bytes: Uint8Array, file: string): NativeIndex | NoRecallEstimate {
  try {
    return loadIndexBytes(bytes, file);
  } catch (error) {
    if (!(error instanceof AppError) || error.code === 'CANCELLED') throw error;
    return { estimate: null, reason: message('estimate_not_reconstructable', { reason: error.message }) };
  }
}

function estimateBytes(bytes: Uint8Array, record: IndexRecord, ctx: JobContext): RecallEstimate | NoRecallEstimate {
  const index = loadForEstimate(bytes, record.path);
  if ('reason' in index) return index;
  try {
    // the stored n_probe only: a library may hold dozens of indexes
    return estimateRecall(index, [null], { ctx });
  } finally {
    index.dispose();
  }
}

export async function runDoctor(ctx: JobContext, params: JobTypes['doctor']['params']): Promise<DoctorResult> {
  const root = path.resolve(params.path);
  const estimates = new Map<string, RecallEstimate | NoRecallEstimate>();
  ctx.progress('scan', 0, 1, `reading ${root}`);
  const scan = await scanLibrary(root, {
    checkCancel: () => ctx.checkCancel(),
    onIndex: (record, bytes) => {
      if (params.estimate === false || !estimable(record)) return;
      ctx.progress('evaluate', estimates.size, estimates.size + 1, `estimating recall of ${record.path}`);
      estimates.set(record.path, estimateBytes(bytes, record, ctx));
    },
  });
  const report = diagnoseLibrary(scan);
  const zipped = new Set(
    [...scan.models, ...scan.indexes].filter((record) => record.zip !== null).map((record) => record.path),
  );
  const models: LibraryModel[] = report.models.map((model) => {
    const estimate = model.index !== null ? (estimates.get(model.index) ?? null) : null;
    const stored = estimate && 'points' in estimate ? storedPoint(estimate, model.nprobe) : null;
    return {
      ...model,
      recall_estimate: stored && { recall_at_k: stored.recall_at_k, low: stored.low, high: stored.high },
      estimate,
      in_zip: zipped.has(model.pth) || (model.index !== null && zipped.has(model.index)),
    };
  });
  ctx.progress('scan', 1, 1, `${models.length} models`);
  return {
    root: report.root,
    models,
    unpaired_indexes: report.unpairedIndexes,
    refused: report.refused,
    skipped: report.skipped,
  };
}

/** The point RVC searches at: the stored n_probe (the only point of an index without one). */
export function storedPoint(estimate: RecallEstimate, nprobe: number | null) {
  if (nprobe === null) return estimate.points[0] ?? null;
  // a stored n_probe above nlist searches every list: the largest point up to it
  const below = estimate.points.filter((point) => point.nprobe !== null && point.nprobe <= nprobe);
  return below.length ? below[below.length - 1] : null;
}
