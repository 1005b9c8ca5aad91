// The model library's part of the contract (app/contract/api.ts lists the methods): open a folder or
// zip of voice models and diagnose it, re-tune many indexes' stored n_probe at once, and write a
// share-ready zip. Field names are snake_case: the CLI prints these objects.
import { z } from 'zod';
import type { Message } from '../messages';
import type { NoRecallEstimate, RecallEstimate, RecallEstimatePoint } from '../recallEstimate';
import type { DoctorModel, IndexRecord } from './doctor';
import type { SkippedItem } from './library';

const path = z.string().min(1).max(4096);
const jobId = z.string().min(1).max(100);

export const doctorRequest = z.object({
  job_id: jobId.optional(),
  /** a folder or one .zip */
  path,
  /** estimate each paired index's recall from its own vectors (default true) */
  estimate: z.boolean().optional(),
});
export type DoctorRequest = z.infer<typeof doctorRequest>;

export interface LibraryModel extends DoctorModel {
  /** the recall estimate at the stored n_probe, with its caveat, or why there is none */
  estimate: RecallEstimate | NoRecallEstimate | null;
  /** the model or its index is inside a zip (share needs plain files) */
  in_zip: boolean;
}

export interface DoctorResult {
  root: string;
  models: LibraryModel[];
  unpaired_indexes: IndexRecord[];
  refused: SkippedItem[];
  skipped: SkippedItem[];
}

export const retuneRequest = z
  .object({
    job_id: jobId.optional(),
    path,
    nprobe: z.number().int().min(1).optional(),
    /** the smallest n_probe whose estimated top-8 recall reaches this */
    target_recall: z.number().gt(0).max(1).optional(),
    /** default: beside each index (beside the zip for an index inside one) */
    out_dir: path.optional(),
    /** .pth paths (as doctor reports them) to re-tune; default every model */
    models: z.array(path).max(10_000).optional(),
  })
  .refine((r) => (r.nprobe === undefined) !== (r.target_recall === undefined), {
    message: 'give exactly one of nprobe and target_recall',
    path: ['nprobe'],
  });
export type RetuneRequest = z.infer<typeof retuneRequest>;

export interface RetunedModel {
  name: string;
  pth: string;
  index: string;
  output: string;
  nprobe: number;
  /** the estimate at the new n_probe (target-recall runs), else null */
  estimate: RecallEstimatePoint | null;
}

export interface RetuneSkip {
  name: string;
  pth: string;
  reason: Message;
}

export interface RetuneResult {
  files: string[];
  retuned: RetunedModel[];
  skipped: RetuneSkip[];
}

export const shareRequest = z.object({
  job_id: jobId.optional(),
  pth: path,
  index: path,
  out: path,
  force: z.boolean().optional(),
});
export type ShareRequest = z.infer<typeof shareRequest>;

/** The JSON card a share zip carries beside the model and its index. */
export interface ModelCard {
  format: 'rvc-index-studio.model-card';
  format_version: 1;
  name: string;
  model: {
    file: string;
    bytes: number;
    version: string | null;
    dim: number | null;
    sample_rate: number | null;
    f0: boolean;
    epoch: number | null;
  };
  index: {
    file: string;
    bytes: number;
    type: string;
    factory: string | null;
    dim: number;
    metric: string;
    frames: number;
    /** frames / 50 per second / 60; null when the index holds RVC's k-means centroids */
    audio_minutes: number | null;
    nlist: number | null;
    nprobe: number | null;
    k_factor: number | null;
  };
  recall: {
    /** 'estimated': from the index's own vectors, not a held-out measurement */
    kind: 'estimated';
    k: number;
    nprobe: number | null;
    recall_at_k: number;
    low: number;
    high: number;
    blend_error: number;
    blend_low: number;
    blend_high: number;
    method: string;
    caveat: string;
  } | null;
  /** why there is no recall figure */
  recall_missing: string | null;
  app: { name: string; version: string };
}

export interface ShareResult {
  output: string;
  entries: string[];
  card: ModelCard;
}
