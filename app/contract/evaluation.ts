// Evaluation and tuning: search settings, costs as RVC pays them, points.
import { z } from 'zod';
import { type ErrorInfo } from '../errors';
import { type Message } from '../messages';
import { LIMITS, efSearch, jobId, kFactor, nprobe, path, positiveInt } from './common';

const nprobeList = z.array(nprobe).min(1).max(64);

export const usageSchema = z.enum(['offline', 'realtime']);
export type Usage = z.infer<typeof usageSchema>;

/** How the cost is measured (app/cost.ts): RVC's offline segments, or realtime blocks of this length. */
const costOptions = {
  usage: usageSchema.optional(),
  /** realtime block length in seconds (default 0.25) */
  block_seconds: z.number().min(0.02).max(LIMITS.block_seconds).optional(),
  /** neighbours per frame: 8 as RVC and Applio search; 1 as w-okada's v1 */
  k: positiveInt.max(LIMITS.k).optional(),
};

/** One set of search parameters; null (or absent) where the index has no such parameter. */
export const searchSettings = z.object({
  nprobe: nprobe.nullable().optional(),
  k_factor: kFactor.nullable().optional(),
  ef_search: efSearch.nullable().optional(),
});
export type SearchSettingsRequest = z.infer<typeof searchSettings>;

export const evaluateRequest = z.object({
  job_id: jobId.optional(),
  index_id: z.string().min(1),
  /** default: 1, 2, 4, ... nlist (or one point for non-IVF indexes) */
  nprobes: nprobeList.optional(),
  k_factor: kFactor.optional(),
  ef_search: efSearch.optional(),
  ...costOptions,
});
export type EvaluateRequest = z.infer<typeof evaluateRequest>;

export const evaluateFileRequest = z.object({
  job_id: jobId.optional(),
  experiment: path,
  index: path,
  queries: path.optional(),
  nprobes: nprobeList.optional(),
  seed: z.number().int().min(0).optional(),
  ...costOptions,
});
export type EvaluateFileRequest = z.infer<typeof evaluateFileRequest>;

/**
 * What the app looks at now for a built index: the engine measures this point first (a first
 * estimate, then the final number), then the rest of the curve in the background, and pushes
 * every point as an event. The latest request for an index replaces the one before.
 */
export const tuneRequest = searchSettings.extend({
  index_id: z.string().min(1),
  ...costOptions,
  /** more settings to measure after this one (e.g. the k_factor effect table) */
  also: z.array(searchSettings).max(16).optional(),
  /** the whole n_probe curve, not only until recall levels off */
  full_sweep: z.boolean().optional(),
});
export type TuneRequest = z.input<typeof tuneRequest>;

/** What one usage costs at one point: the native time of RVC's own search calls. */
export interface UsageCost {
  usage: Usage;
  /** query frames per search call: RVC's offline segment, or the realtime block */
  block_frames: number;
  calls: number;
  block_ms_p50: number;
  block_ms_p99: number;
  /** search time per second of audio (50 frames) */
  ms_per_audio_second: number;
  /** realtime: the block's p99 search time over the block's duration (null offline) */
  block_share: number | null;
}

/** A built index measured at one set of search parameters: a first estimate, or final. */
export interface TuningPoint {
  nprobe: number | null;
  k_factor: number | null;
  ef_search: number | null;
  k: number;
  /** false: measured on a subsample of the queries (recall_low..recall_high says how sure) */
  final: boolean;
  queries: number;
  recall_at_1: number;
  recall_at_k: number;
  /** 95% interval of recall_at_k over the queries measured (equal to it when final) */
  recall_low: number;
  recall_high: number;
  blend_error: number;
  /** offline throughput: query frames per second through RVC's offline segments */
  qps: number;
  /** one frame per call (not what RVC pays): a detail */
  latency_us_p50: number;
  latency_us_p99: number;
  /** every usage measured at this point so far */
  costs: UsageCost[];
}

/** A point with the chosen usage's cost flattened in: what the CLI and the report print. */
export interface EvalPoint extends Omit<TuningPoint, 'costs'> {
  usage: Usage;
  block_frames: number;
  /** search calls the queries took in this usage */
  calls: number;
  ms_per_audio_second: number;
  block_ms_p50: number;
  block_ms_p99: number;
  block_share: number | null;
}

export interface EvalResult {
  index_id: string | null;
  queries: number;
  k: number;
  threads: number;
  usage: Usage;
  block_frames: number;
  points: EvalPoint[];
  warnings: string[];
  /** the same warnings, structured */
  notices: Message[];
}

/** Points of a built index, pushed by the engine as it measures them. */
export interface PointsEvent {
  index_id: string;
  points: TuningPoint[];
  /** nothing more to measure for the latest tune request */
  settled: boolean;
  /** why measuring stopped, when it failed (its reason said in the user's language) */
  error: ErrorInfo | null;
}
