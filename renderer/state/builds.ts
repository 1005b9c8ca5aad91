// Built indexes of the open experiment and the points the engine measured for them (it pushes
// every first estimate and final number as an event; the renderer only keeps and draws them).
// Each build remembers its selected search settings; the cost shown is the chosen usage's.
import type { Phrase } from '../i18n/i18n';
import { describeError } from '../lib/errors';
import type { BuildResult, PointsEvent, TuningPoint, UsageCost } from '../../app/contract';
import { blockFrames, costOf, type Usage } from '../../app/cost';
import { FASTSCAN_HEAP_MAX_K } from '../../app/rvc/fastScan';
import { RVC_K } from '../../app/rvc/defaults';
import type { PresetId } from '../../app/presets';
import { pointKey, type SearchSettings } from '../../app/tuning/settings';
import type { IndexConfig } from './config';

export interface BuiltIndex {
  result: BuildResult;
  presetId: PresetId;
  config: IndexConfig;
  /** selected search parameters (null where the index has none) */
  nprobe: number | null;
  kFactor: number | null;
  efSearch: number | null;
  /** every point the engine measured, by pointKey (a final replaces its estimate) */
  points: Record<string, TuningPoint>;
  /** the engine has nothing more to measure for the last request */
  settled: boolean;
  evalError: Phrase | null;
}

/** How cost is shown: RVC's offline segments, or realtime blocks of this length. */
export interface CostView {
  usage: Usage;
  blockSeconds: number;
}

export const settingsOf = (built: BuiltIndex): SearchSettings => ({
  nprobe: built.nprobe,
  k_factor: built.kFactor,
  ef_search: built.efSearch,
});

export function newBuiltIndex(result: BuildResult, presetId: PresetId, config: IndexConfig): BuiltIndex {
  return {
    result,
    presetId,
    config,
    nprobe: result.nlist === null ? null : (result.nprobe ?? 1),
    kFactor: result.k_factor,
    efSearch: config.factory.includes('HNSW') ? config.efSearch : null,
    points: {},
    settled: false,
    evalError: null,
  };
}

/** The build with the engine's new points (a point never goes back from final to estimate). */
export function withPoints(built: BuiltIndex, event: PointsEvent): BuiltIndex {
  const points = { ...built.points };
  for (const point of event.points) {
    const key = pointKey(point, point.k);
    if (!point.final && points[key]?.final) continue;
    points[key] = point;
  }
  return {
    ...built,
    points,
    settled: event.settled,
    evalError: event.error === null ? null : describeError(event.error),
  };
}

/** The point at the build's selected settings, when measured (estimated or final). */
export const currentPoint = (built: BuiltIndex): TuningPoint | null =>
  built.points[pointKey(settingsOf(built), RVC_K)] ?? null;

/** The measured points that differ from the selection only in the curve's parameter (n_probe,
 *  or efSearch for HNSW), in its order: the curve the charts draw. */
export function curve(built: BuiltIndex): TuningPoint[] {
  const byEf = built.nprobe === null && built.efSearch !== null;
  return Object.values(built.points)
    .filter((p) => p.k === RVC_K && p.k_factor === built.kFactor && (byEf || p.ef_search === built.efSearch))
    .sort((a, b) => (byEf ? (a.ef_search ?? 0) - (b.ef_search ?? 0) : (a.nprobe ?? 0) - (b.nprobe ?? 0)));
}

/** The cost of the chosen usage at a point (null until measured). */
export const costAt = (point: TuningPoint, view: CostView): UsageCost | null =>
  costOf(point.costs, view.usage, blockFrames(view.usage, view.blockSeconds));

/** k_factor values the "k_factor effect" table compares at the selected n_probe (RFlat builds). */
export const K_FACTOR_EFFECT = [1, 2, 2.5, 4, 8] as const;

export interface KFactorEffectRow {
  kFactor: number;
  /** candidates FastScan hands to the exact re-ranking for RVC's k = 8 */
  candidates: number;
  /** within what RVC's faiss 1.7.3 searches safely (a heap top-k, ≤ 20 results) */
  safeInRvc: boolean;
  selected: boolean;
  point: TuningPoint | null;
}

/** The table's rows: the compared values plus the selected k_factor, measured or not (yet). */
export function kFactorEffect(built: BuiltIndex): KFactorEffectRow[] {
  if (built.kFactor === null) return [];
  const values = [...new Set<number>([...K_FACTOR_EFFECT, built.kFactor])].sort((a, b) => a - b);
  return values.map((kFactor) => ({
    kFactor,
    candidates: RVC_K * kFactor,
    safeInRvc: RVC_K * kFactor <= FASTSCAN_HEAP_MAX_K,
    selected: kFactor === built.kFactor,
    point: built.points[pointKey({ ...settingsOf(built), k_factor: kFactor }, RVC_K)] ?? null,
  }));
}

export interface ParetoPoint {
  label: string;
  latency: number;
  recall: number;
  nprobe: number | null;
  final: boolean;
}

/** Points no other point beats on both latency (lower) and recall (higher), by latency. */
export function paretoFrontier(points: readonly ParetoPoint[]): ParetoPoint[] {
  const sorted = [...points].sort((a, b) => a.latency - b.latency || b.recall - a.recall);
  const frontier: ParetoPoint[] = [];
  let best = -Infinity;
  for (const point of sorted) {
    if (point.recall > best) {
      frontier.push(point);
      best = point.recall;
    }
  }
  return frontier;
}

/** A build's curve as Pareto points in the chosen usage (points whose cost is not measured yet are left out). */
export function paretoPoints(built: BuiltIndex, view: CostView): ParetoPoint[] {
  return curve(built).flatMap((p) => {
    const cost = costAt(p, view);
    return cost
      ? [
          {
            label: built.result.label,
            latency: Math.max(cost.ms_per_audio_second, 1e-4),
            recall: p.recall_at_k,
            nprobe: p.nprobe,
            final: p.final,
          },
        ]
      : [];
  });
}
