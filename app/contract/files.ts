// Index files: export, inspect and set-params.
import { z } from 'zod';
import { type Message } from '../messages';
import { LIMITS, jobId, kFactor, nprobe, path } from './common';
import { usageSchema } from './evaluation';

export const exportRequest = z.object({
  job_id: jobId.optional(),
  /** a built index (hold-out builds get their held-out frames added back) */
  index_id: z.string().min(1),
  nprobe: nprobe.optional(),
  k_factor: kFactor.optional(),
  /** default: the experiment folder */
  out_dir: path.optional(),
  total_fea: z.boolean().optional(),
  trained: z.boolean().optional(),
  force: z.boolean().optional(),
  /** also write <name>.report.json and .csv: the engine's measured points of this build */
  report: z.boolean().optional(),
  /** the report's cost: RVC's offline segments (default) or realtime blocks */
  usage: usageSchema.optional(),
  block_seconds: z.number().min(0.02).max(LIMITS.block_seconds).optional(),
  /** the export may use the built index itself and frees it (no copy of a large index: the CLI's way) */
  free_index: z.boolean().optional(),
});
export type ExportRequest = z.infer<typeof exportRequest>;

export interface ExportCheck {
  name: string;
  ok: boolean;
  detail: Message;
}

export interface ExportResult {
  files: string[];
  warnings: string[];
  /** the same warnings, structured */
  notices: Message[];
  checks: ExportCheck[];
  ntotal: number;
  nprobe: number | null;
  k_factor: number | null;
}

export type FaissParamValue = number | string | boolean | null | number[];

/** One node of a faiss file: an index, a sub-index, a transform or the inverted lists. */
export interface FaissNode {
  fourcc: string;
  type: string;
  /** byte range [offset, end) in the file */
  offset: number;
  end: number;
  d?: number;
  ntotal?: number;
  metric?: string;
  params: Record<string, FaissParamValue>;
  children: FaissNode[];
}

export const inspectRequest = z.object({ path });
export type InspectRequest = z.infer<typeof inspectRequest>;

export interface InspectResult {
  path: string;
  file_bytes: number;
  type: string;
  d: number;
  ntotal: number;
  metric: string;
  nlist: number | null;
  nprobe: number | null;
  k_factor: number | null;
  /** a FastScan index answers the searches (under any IndexPreTransform / IndexRefine / IndexIDMap) */
  fast_scan: boolean;
  list_sizes: number[];
  imbalance: number | null;
  empty_lists: number | null;
  tree: FaissNode;
  /** why the file cannot be used (corrupt, inconsistent, unsupported, lists not stored); the
   *  tree then holds what was read, nodes cut short flagged `partial` */
  error: Message | null;
  /** harmless oddities (bytes after the index, a stored nprobe of 0, ...) */
  warnings: Message[];
}

export const setParamsRequest = z.object({
  path,
  out: path,
  nprobe: nprobe.optional(),
  k_factor: kFactor.optional(),
  force: z.boolean().optional(),
});
export type SetParamsRequest = z.infer<typeof setParamsRequest>;
export interface SetParamsResult {
  output: string;
  nprobe: number | null;
  k_factor: number | null;
}
