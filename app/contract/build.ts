// Building an index.
import { z } from 'zod';
import { type Message } from '../messages';
import { LIMITS, type Metric, efSearch, jobId, kFactor, metricSchema, nprobe, path, positiveInt } from './common';

export const buildOptions = z.object({
  experiment: path,
  /** faiss factory string; "{n}" expands to n_ivf */
  factory: z.string().min(1).max(512).optional(),
  metric: metricSchema.optional(),
  n_ivf: positiveInt.max(LIMITS.nlist).optional(),
  nprobe: nprobe.optional(),
  k_factor: kFactor.optional(),
  ef_search: efSearch.optional(),
  /** index only centroids of k-means over the frames (RVC: 10 000 when N > 200 000) */
  compress: z.object({ centroids: positiveInt }).nullable().optional(),
  /** α-query expansion of the database (and of the queries when `queries` is true) */
  expand: z
    .object({ num_expand: positiveInt.max(LIMITS.num_expand), alpha: z.number().min(0).max(16), queries: z.boolean() })
    .nullable()
    .optional(),
  seed: z.number().int().min(0).optional(),
  label: z.string().max(100).optional(),
});
export type BuildOptions = z.infer<typeof buildOptions>;

export const buildRequest = buildOptions.extend({
  job_id: jobId.optional(),
  /** leave the held-out query files out (evaluation builds); exports add them back */
  hold_out: z.boolean().default(false),
  queries: path.optional(),
  /** write the built index (atomically) to `out`, or to RVC's added_… name in the experiment folder */
  save: z.boolean().optional(),
  out: path.optional(),
  force: z.boolean().optional(),
  /** the export that follows this build: fail before any work if one of its files exists */
  export_files: z
    .object({
      out_dir: path.optional(),
      trained: z.boolean().optional(),
      total_fea: z.boolean().optional(),
      report: z.boolean().optional(),
    })
    .optional(),
});
export type BuildRequest = z.input<typeof buildRequest>;

export interface ClusterStats {
  list_sizes: number[];
  min: number;
  max: number;
  mean: number;
  std: number;
  empty: number;
  imbalance: number;
  histogram: { from: number; to: number; count: number }[];
}

export interface BuildResult {
  index_id: string;
  label: string;
  experiment: string;
  n: number;
  d: number;
  ntotal: number;
  factory: string;
  metric: Metric;
  type: string;
  nlist: number | null;
  nprobe: number | null;
  k_factor: number | null;
  output: string | null;
  timings_ms: { load: number; train: number; add: number; write: number; total: number };
  clusters: ClusterStats | null;
  file_bytes: number;
  memory_bytes: number;
  held_out: { files: number; frames: number };
  warnings: string[];
  /** the same warnings, structured */
  notices: Message[];
}
