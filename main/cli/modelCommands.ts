// `rvc-index doctor`, `retune` and `share`: the model library from the command line. Human output
// is a list of lines, each escaped by the CLI (file and entry names come from strangers' zips).
import { argumentError } from '../../app/errors';
import { formatBytes, formatCount, formatRecall } from '../../app/format';
import type { DoctorResult, LibraryModel, RetuneResult, ShareResult } from '../../app/models/api';
import { findingsJson } from '../../app/models/doctor';
import { flag, json, num, str } from './argValues';
import type { Command } from './commands';

/** `doctor --json`: one object per model with exactly these keys. */
export const doctorJson = (result: DoctorResult) => ({
  models: result.models.map((m) => ({
    name: m.name,
    pth: m.pth,
    index: m.index,
    version: m.version,
    dim: m.dim,
    index_type: m.index_type,
    ntotal: m.ntotal,
    nprobe: m.nprobe,
    metric: m.metric,
    size_bytes: m.size_bytes,
    recall_estimate: m.recall_estimate,
    findings: findingsJson(m.findings),
  })),
});

const lines = (parts: (string | false | null)[]) => parts.filter((part): part is string => typeof part === 'string');

function modelLines(m: LibraryModel): (string | false | null)[] {
  const estimate = m.recall_estimate;
  const reason = m.estimate && 'reason' in m.estimate ? m.estimate.reason.text : null;
  return [
    `${m.name}  ${m.version ?? '?'}${m.dim !== null ? `, ${m.dim}-d` : ''}  ${m.pth}`,
    m.index !== null &&
      `  index: ${m.index} (${m.index_type ?? '?'}, ${m.ntotal !== null ? formatCount(m.ntotal) : '?'} vectors${m.nprobe !== null ? `, n_probe ${m.nprobe}` : ''}${m.size_bytes !== null ? `, ${formatBytes(m.size_bytes)}` : ''})`,
    estimate !== null &&
      `  estimated top-8 recall${m.nprobe !== null ? ` at n_probe ${m.nprobe}` : ''}: ${formatRecall(estimate.recall_at_k)} (${formatRecall(estimate.low)}–${formatRecall(estimate.high)})`,
    reason !== null && `  no recall estimate: ${reason}`,
    ...m.findings.map((f) => `  ${f.severity.padEnd(7)} ${f.code}: ${f.text}`),
  ];
}

function doctorHuman(r: DoctorResult): string[] {
  const caveat = r.models.map((m) => m.estimate).find((e) => e !== null && 'caveat' in e);
  return lines([
    `${r.root}: ${r.models.length} model${r.models.length === 1 ? '' : 's'}`,
    ...r.models.flatMap(modelLines),
    ...r.unpaired_indexes.map((i) => `index without a model: ${i.path}`),
    ...r.refused.map((s) => `refused: ${s.path}: ${s.reason.text}`),
    ...r.skipped.map((s) => `skipped: ${s.path}: ${s.reason.text}`),
    caveat && 'caveat' in caveat ? `recall: ${caveat.caveat.text}` : null,
  ]);
}

export const modelCommands: Command[] = [
  {
    name: 'doctor',
    usage: 'doctor <folder|zip> [--no-estimate] [--json]',
    summary: 'check the voice models of a folder or .zip: each model’s index, what is wrong and how to fix it',
    positional: ['library'],
    options: {
      'no-estimate': { kind: 'flag', help: 'skip the recall estimates (faster: no index is loaded into faiss)' },
      json,
    },
    run: (api, args, jobId) =>
      api.doctor({ path: args.positional[0], job_id: jobId, estimate: !flag(args, 'no-estimate') }),
    json: doctorJson,
    human: doctorHuman,
  },
  {
    name: 'retune',
    usage: 'retune <folder|zip> (--nprobe P | --target-recall R) [--out-dir DIR] [--json]',
    summary: 'write copies of the models’ indexes with a new stored n_probe (RVC’s added_…_nprobe_P_… names)',
    positional: ['library'],
    options: {
      nprobe: { kind: 'int', help: 'the n_probe to store (at most each index’s nlist)' },
      'target-recall': {
        kind: 'number',
        help: 'the smallest n_probe whose estimated top-8 recall reaches R (0–1, e.g. 0.95)',
        max: 1,
      },
      'out-dir': { kind: 'string', help: 'write every copy here (default: beside each index, or beside its zip)' },
      json,
    },
    run: (api, args, jobId) => {
      const nprobe = num(args, 'nprobe');
      const target = num(args, 'target-recall');
      if ((nprobe === undefined) === (target === undefined))
        throw argumentError('--nprobe', 'arg_exactly_one', {
          command: 'retune',
          first: '--nprobe P',
          second: '--target-recall R',
        });
      if (target !== undefined && !(target > 0))
        throw argumentError('--target-recall', 'arg_above_zero', { option: '--target-recall', value: target });
      return api.retune({
        path: args.positional[0],
        job_id: jobId,
        nprobe,
        target_recall: target,
        out_dir: str(args, 'out-dir'),
      });
    },
    json: (r: RetuneResult) => ({
      files: r.files,
      skipped: r.skipped.map((s) => ({ name: s.name, reason: s.reason.text, code: s.reason.code })),
      retuned: r.retuned,
    }),
    human: (r: RetuneResult) =>
      lines([
        ...r.retuned.map(
          (m) =>
            `wrote ${m.output} (n_probe ${m.nprobe}${m.estimate ? `, estimated recall ${formatRecall(m.estimate.recall_at_k)}` : ''})`,
        ),
        ...r.skipped.map((s) => `skipped ${s.name}: ${s.reason.text}`),
        `${r.retuned.length} re-tuned, ${r.skipped.length} skipped`,
      ]),
  },
  {
    name: 'share',
    usage: 'share <pth> <index> --out <zip> [--force] [--json]',
    summary: 'write a share-ready zip: the model, its added_ index and a model card (JSON)',
    positional: ['pth', 'index'],
    options: {
      out: { kind: 'string', help: 'the zip to write (required)' },
      force: { kind: 'flag', help: 'overwrite the zip' },
      json,
    },
    run: (api, args, jobId) => {
      const out = str(args, 'out');
      if (out === undefined) throw argumentError('--out', 'arg_needs', { what: 'share', other: '--out <zip>' });
      return api.share({
        pth: args.positional[0],
        index: args.positional[1],
        out,
        force: flag(args, 'force'),
        job_id: jobId,
      });
    },
    human: (r: ShareResult) =>
      lines([
        `wrote ${r.output}: ${r.entries.join(', ')}`,
        r.card.recall &&
          `estimated top-8 recall at n_probe ${r.card.recall.nprobe ?? '-'}: ${formatRecall(r.card.recall.recall_at_k)} (${formatRecall(r.card.recall.low)}–${formatRecall(r.card.recall.high)})`,
      ]),
  },
];
