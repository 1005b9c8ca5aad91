// Points as the engine sends them, for tests of what the renderer keeps and draws.
import type { PointsEvent, TuningPoint, UsageCost } from '../../app/contract';
import { usageCost } from '../../app/cost';

export interface PointOptions {
  kFactor?: number | null;
  efSearch?: number | null;
  final?: boolean;
  /** offline ms of search per second of audio (the one cost every point has) */
  msPerSecond?: number;
  realtime?: UsageCost[];
}

export function tuningPoint(nprobe: number | null, recall: number, options: PointOptions = {}): TuningPoint {
  const queries = 1500;
  const ms = options.msPerSecond ?? 1;
  // 1500 frames = 30 s of audio in one 3300-frame call
  const offline = usageCost('offline', 3300, [ms * 30 * 1e6], queries);
  const final = options.final ?? true;
  return {
    nprobe,
    k_factor: options.kFactor ?? null,
    ef_search: options.efSearch ?? null,
    k: 8,
    final,
    queries: final ? queries : 128,
    recall_at_1: recall,
    recall_at_k: recall,
    recall_low: final ? recall : Math.max(0, recall - 0.05),
    recall_high: final ? recall : Math.min(1, recall + 0.05),
    blend_error: 1 - recall,
    qps: 1000,
    latency_us_p50: 100,
    latency_us_p99: 200,
    costs: [offline, ...(options.realtime ?? [])],
  };
}

export const pointsEvent = (indexId: string, points: TuningPoint[], settled = false): PointsEvent => ({
  index_id: indexId,
  points,
  settled,
  error: null,
});
