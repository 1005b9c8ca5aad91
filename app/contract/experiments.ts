// Experiments: the folder summary and the sample experiment.
import { z } from 'zod';
import { type Message } from '../messages';
import { LIMITS, path } from './common';

export const experimentRequest = z.object({
  path,
  /** external query file or folder (.npy); default: held-out files of the experiment */
  queries: path.optional(),
  seed: z.number().int().min(0).optional(),
});
export type ExperimentRequest = z.infer<typeof experimentRequest>;

export interface FeatureFileSummary {
  name: string;
  frames: number;
  dtype: string;
  shape: number[];
  warnings: string[];
  /** the same warnings, structured */
  notices: Message[];
}

export interface HeldOutSplit {
  /** 'files': whole held-out utterances; 'frames': a contiguous block (single-file experiments);
   *  'external': a user-chosen query file/folder; 'none': too few frames to hold any out. */
  mode: 'files' | 'frames' | 'external' | 'none';
  query_files: string[];
  query_frames: number;
  index_frames: number;
  seed: number;
}

export interface CompressionAdvice {
  threshold: number;
  rvc_would_compress: boolean;
  centroids: number;
  full_index_bytes: number;
  compressed_index_bytes: number;
  message: string;
}

export interface ExperimentInfo {
  path: string;
  name: string;
  layout: 'rvc' | 'applio' | 'folder' | 'total_fea';
  feature_dir: string;
  version: 'v1' | 'v2' | null;
  n: number;
  d: number;
  files: FeatureFileSummary[];
  ignored: string[];
  dropped_rows: number;
  warnings: string[];
  /** the same warnings, structured */
  notices: Message[];
  /** features in memory + an RVC-preset index over them */
  memory_bytes: number;
  split: HeldOutSplit;
  compression: CompressionAdvice;
  rvc: { factory: string; n_ivf: number; nprobe: number };
}

export const sampleRequest = z.object({
  dir: path.optional(),
  n: z.number().int().min(100).max(LIMITS.sample_frames).optional(),
  d: z.union([z.literal(768), z.literal(256)]).optional(),
  seed: z.number().int().min(0).optional(),
});
export type SampleRequest = z.infer<typeof sampleRequest>;
export interface SampleResult {
  path: string;
  n: number;
  d: number;
  files: number;
}
