// Batch re-tune: for each chosen model with one usable IVF index, a copy of the index with a new
// stored n_probe (a fixed value, or the smallest whose estimated recall reaches a target), under
// RVC's added_…_nprobe_P_… name, beside the index (beside the zip for one inside a zip) or in
// out_dir. Never overwrites; each copy is written atomically, so a model is re-tuned whole or
// not at all, and a cancel keeps the copies already written.
//
// Two passes over the library: the first pairs and diagnoses (no bytes kept), the second reads
// the chosen indexes again and writes each copy as soon as its bytes are read, so a library of
// large indexes is never held in memory at once.
import path from 'node:path';
import type { RetuneResult, RetuneSkip, RetunedModel } from '../../../app/models/api';
import type { DoctorModel, IndexRecord } from '../../../app/models/doctor';
import { diagnoseLibrary } from '../../../app/models/library';
import { AppError } from '../../../app/errors';
import { patchSearchParams } from '../../../app/faissFile';
import { message, type Message } from '../../../app/messages';
import { retunedIndexName } from '../../../app/models/retuneName';
import type { RecallEstimatePoint } from '../../../app/recallEstimate';
import { writeFileAtomic } from '../../fsx/atomicWrite';
import { scanLibrary } from '../../models/scan';
import type { JobContext } from '../jobContext';
import type { JobTypes } from '../protocol';
import { RecallEstimator } from '../recallEstimate';
import { loadForEstimate } from './library';

interface Planned {
  model: DoctorModel;
  nlist: number;
}

/** Why a model cannot be re-tuned, or null. */
function blocker(model: DoctorModel, index: IndexRecord | undefined): Message | null {
  if (model.candidates.length > 1) return message('retune_several_indexes', { count: model.candidates.length });
  if (model.index === null || !index) return message('retune_no_index');
  const error = model.findings.find((finding) => finding.severity === 'error');
  if (error) return message('retune_index_unusable', { reason: error.text });
  if (!index.facts || index.facts.nlist === null) return message('retune_no_nprobe', { type: model.index_type ?? '?' });
  return null;
}

export async function runRetune(ctx: JobContext, params: JobTypes['retune']['params']): Promise<RetuneResult> {
  const root = path.resolve(params.path);
  const outDir = params.out_dir !== undefined ? path.resolve(params.out_dir) : null;
  const checkCancel = () => ctx.checkCancel();
  ctx.progress('scan', 0, 1, `reading ${root}`);
  const scan = await scanLibrary(root, { checkCancel });
  const report = diagnoseLibrary(scan);
  const chosen = params.models ? new Set(params.models) : null;
  const indexes = new Map(scan.indexes.map((index) => [index.path, index]));
  const skipped: RetuneSkip[] = [];
  const plan = new Map<string, Planned[]>();
  for (const model of report.models) {
    if (chosen && !chosen.has(model.pth)) continue;
    const index = model.index !== null ? indexes.get(model.index) : undefined;
    const reason = blocker(model, index);
    if (reason) skipped.push({ name: model.name, pth: model.pth, reason });
    else plan.set(model.index!, [...(plan.get(model.index!) ?? []), { model, nlist: index!.facts!.nlist! }]);
  }
  const total = [...plan.values()].reduce((sum, list) => sum + list.length, 0);
  const retuned: RetunedModel[] = [];
  const outputs = new Set<string>();
  const retune = (record: IndexRecord, bytes: Uint8Array) => {
    const planned = plan.get(record.path);
    if (!planned) return;
    plan.delete(record.path);
    const estimated = { current: null as Estimated | null };
    try {
      for (const { model, nlist } of planned) {
        ctx.checkCancel();
        ctx.progress('write', retuned.length, total, `re-tuning ${model.name}`);
        const done = retuneOne(model, nlist, record, bytes, estimated);
        if ('reason' in done) skipped.push({ name: model.name, pth: model.pth, reason: done.reason });
        else retuned.push(done);
      }
    } finally {
      estimated.current?.dispose();
    }
  };
  const retuneOne = (
    model: DoctorModel,
    nlist: number,
    record: IndexRecord,
    bytes: Uint8Array,
    estimated: { current: Estimated | null },
  ): RetunedModel | { reason: Message } => {
    let nprobe = Math.min(params.nprobe ?? 1, nlist);
    let estimate: RecallEstimatePoint | null = null;
    if (params.target_recall !== undefined) {
      estimated.current ??= estimatorFor(bytes, record, ctx);
      const estimator = estimated.current.estimator;
      if (!(estimator instanceof RecallEstimator))
        return { reason: message('retune_no_estimate', { reason: estimator.text }) };
      estimate = estimator.smallestNprobe(params.target_recall, false, ctx);
      if (!estimate) {
        const [best] = estimator.at([nlist], ctx);
        return {
          reason: message('retune_target_unreachable', { target: params.target_recall, nlist, best: best.recall_at_k }),
        };
      }
      nprobe = estimate.nprobe!;
    }
    if (nprobe === model.nprobe) return { reason: message('retune_unchanged', { nprobe }) };
    const output = path.join(
      outDir ?? path.dirname(record.zip ?? record.path),
      retunedIndexName(record.rel, model, nlist, nprobe),
    );
    if (outputs.has(output)) return { reason: message('retune_same_output', { file: output }) };
    outputs.add(output);
    try {
      const patched = patchSearchParams(bytes, { nprobe }, record.path);
      writeFileAtomic(output, patched, { shouldCancel: () => ctx.cancelRequested });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'ALREADY_EXISTS') return { reason: message('retune_output_exists', { file: output }) };
      if (error.code === 'CANCELLED') throw error;
      return { reason: message('retune_index_unusable', { reason: error.message }) };
    }
    return { name: model.name, pth: model.pth, index: record.path, output, nprobe, estimate };
  };
  if (plan.size > 0) await scanLibrary(root, { checkCancel, onIndex: retune });
  // an index gone between the two passes
  for (const list of plan.values())
    for (const { model } of list)
      skipped.push({ name: model.name, pth: model.pth, reason: message('retune_no_index') });
  ctx.progress('write', total, total, `${retuned.length} re-tuned`);
  return { files: retuned.map((r) => r.output), retuned, skipped };
}

interface Estimated {
  estimator: RecallEstimator | Message;
  dispose(): void;
}

function estimatorFor(bytes: Uint8Array, record: IndexRecord, ctx: JobContext): Estimated {
  const index = loadForEstimate(bytes, record.path);
  if ('reason' in index) return { estimator: index.reason, dispose: () => {} };
  try {
    const estimator = RecallEstimator.create(index, { ctx });
    return {
      estimator: estimator instanceof RecallEstimator ? estimator : estimator.reason,
      dispose: () => index.dispose(),
    };
  } catch (error) {
    index.dispose();
    throw error;
  }
}
