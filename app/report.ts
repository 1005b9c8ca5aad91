// The schema of the evaluation report an export writes beside the index (<name>.report.json):
// the engine's own final points of the build, with the cost of the chosen usage. The engine
// writes it with reportFile.ts, which does not load the schema library.
import { z } from 'zod';

const nullableNumber = z.number().nullable();

export const evalPointSchema = z.object({
  nprobe: nullableNumber,
  k_factor: nullableNumber,
  ef_search: nullableNumber,
  k: z.number().int().positive(),
  final: z.boolean(),
  queries: z.number().int().nonnegative(),
  recall_at_1: z.number().min(0).max(1),
  recall_at_k: z.number().min(0).max(1),
  recall_low: z.number().min(0).max(1),
  recall_high: z.number().min(0).max(1),
  blend_error: z.number().nonnegative(),
  qps: z.number().nonnegative(),
  latency_us_p50: z.number().nonnegative(),
  latency_us_p99: z.number().nonnegative(),
  usage: z.enum(['offline', 'realtime']),
  block_frames: z.number().int().positive(),
  calls: z.number().int().nonnegative(),
  ms_per_audio_second: z.number().nonnegative(),
  block_ms_p50: z.number().nonnegative(),
  block_ms_p99: z.number().nonnegative(),
  block_share: nullableNumber,
});

export const reportSchema = z.object({
  /** the index file the report describes */
  index: z.string(),
  factory: z.string(),
  /** the search parameters stored in that file */
  nprobe: nullableNumber,
  k_factor: nullableNumber,
  index_id: z.string().nullable(),
  queries: z.number().int().nonnegative(),
  k: z.number().int().positive(),
  threads: z.number().int().positive(),
  usage: z.enum(['offline', 'realtime']),
  block_frames: z.number().int().positive(),
  points: z.array(evalPointSchema),
  warnings: z.array(z.string()),
});
export type Report = z.infer<typeof reportSchema>;
