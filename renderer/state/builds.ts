// Built indexes of the open experiment and their evaluation points. Points are cached by
// (n_probe, k_factor): moving the slider back to a value already measured shows it at once.
import type { BuildResult, EvalPoint, EvalResult } from '../../app/contract';
import { FASTSCAN_HEAP_MAX_K, nprobeSweep, RVC_K, type PresetId } from '../../app/presets';
import type { IndexConfig } from './config';

export interface BuiltIndex {
  result: BuildResult;
  presetId: PresetId;
  config: IndexConfig;
  /** selected search parameters (null when the index has none) */
  nprobe: number | null;
  kFactor: number | null;
  points: Record<string, EvalPoint>;
  queries: number;
  /** neighbours per query the recall is measured on (recall@k) */
  k: number;
  threads: number;
  evalWarnings: string[];
  evalError: string | null;
}

export const pointKey = (nprobe: number | null, kFactor: number | null) => `${nprobe ?? '-'}:${kFactor ?? '-'}`;

export function newBuiltIndex(result: BuildResult, presetId: PresetId, config: IndexConfig): BuiltIndex {
  return {
    result,
    presetId,
    config,
    nprobe: result.nlist === null ? null : (result.nprobe ?? 1),
    kFactor: result.k_factor,
    points: {},
    queries: 0,
    k: 8,
    threads: 0,
    evalWarnings: [],
    evalError: null,
  };
}

export function withEvaluation(built: BuiltIndex, evaluation: EvalResult): BuiltIndex {
  const points = { ...built.points };
  for (const point of evaluation.points) points[pointKey(point.nprobe, point.k_factor)] = point;
  return {
    ...built,
    points,
    queries: evaluation.queries,
    k: evaluation.k,
    threads: evaluation.threads,
    evalWarnings: evaluation.warnings,
    evalError: null,
  };
}

/** The first sweep, measured right after a build: the small n_probe values that matter most. */
export function quickSweep(nlist: number | null, selected: number | null): (number | null)[] {
  if (nlist === null) return [null];
  const points = nprobeSweep(nlist).filter((p) => p <= 32);
  if (selected !== null && selected <= nlist && !points.includes(selected)) points.push(selected);
  return points.sort((a, b) => a - b);
}

/** The rest of the sweep (1, 2, 4 … nlist) not yet measured at this k_factor. */
export function missingSweep(built: BuiltIndex, kFactor: number | null): number[] {
  const nlist = built.result.nlist;
  if (nlist === null) return [];
  return nprobeSweep(nlist).filter((p) => !built.points[pointKey(p, kFactor)]);
}

/** Recall beyond which larger n_probe values only cost time. */
export const RECALL_PLATEAU = 0.999;
/**
 * A doubling of n_probe that gains less recall than this means the curve has levelled off below
 * the plateau (e.g. FastScan at k_factor 2.5 stays near 96%: its codes, not n_probe, limit it).
 */
export const RECALL_GAIN_PER_DOUBLING = 0.002;
/** A background point that took longer than this stops the automatic sweep (the user can go on). */
export const BACKGROUND_BUDGET_MS = 3000;

/**
 * The next sweep point to measure in the background, or null when the curve has flattened
 * (recall ≥ 0.999 already, or the last doubling of n_probe gained almost nothing) or the last
 * point was slow: each doubling of n_probe roughly doubles the cost, and a running point delays
 * the slider's next answer.
 */
export function nextSweepPoint(built: BuiltIndex, kFactor: number | null, lastElapsedMs: number): number | null {
  const missing = missingSweep(built, kFactor);
  if (missing.length === 0 || lastElapsedMs > BACKGROUND_BUDGET_MS) return null;
  const measured = Object.values(built.points)
    .filter((p) => p.k_factor === kFactor && p.nprobe !== null && p.nprobe < missing[0])
    .sort((a, b) => (a.nprobe ?? 0) - (b.nprobe ?? 0));
  const best = Math.max(0, ...measured.map((p) => p.recall_at_k));
  if (best >= RECALL_PLATEAU) return null;
  const [before, last] = measured.slice(-2);
  if (
    before &&
    last &&
    last.nprobe === 2 * (before.nprobe ?? 0) &&
    last.recall_at_k - before.recall_at_k < RECALL_GAIN_PER_DOUBLING
  )
    return null;
  return missing[0];
}

/** The point at the selected n_probe / k_factor, when measured. */
export const currentPoint = (built: BuiltIndex): EvalPoint | null =>
  built.points[pointKey(built.nprobe, built.kFactor)] ?? null;

/** Points at the selected k_factor, by n_probe: the curve the charts draw. */
export function curve(built: BuiltIndex): EvalPoint[] {
  return Object.values(built.points)
    .filter((point) => point.k_factor === built.kFactor)
    .sort((a, b) => (a.nprobe ?? 0) - (b.nprobe ?? 0));
}

/** k_factor values the "k_factor effect" table compares at the selected n_probe (RFlat builds). */
export const K_FACTOR_EFFECT = [1, 2, 2.5, 4, 8] as const;

export interface KFactorEffectRow {
  kFactor: number;
  /** candidates FastScan hands to the exact re-ranking for RVC's k = 8 */
  candidates: number;
  /** within what RVC's faiss 1.7.3 searches safely (a heap top-k, ≤ 20 results) */
  safeInRvc: boolean;
  selected: boolean;
  point: EvalPoint | null;
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
    point: built.points[pointKey(built.nprobe, kFactor)] ?? null,
  }));
}

/** The table's k_factor values not yet measured at the selected n_probe. */
export const missingKFactorEffect = (built: BuiltIndex): number[] =>
  kFactorEffect(built)
    .filter((row) => !row.point)
    .map((row) => row.kFactor);

/** An EvalResult of the curve, for export reports. */
export function curveReport(built: BuiltIndex): EvalResult {
  return {
    index_id: built.result.index_id,
    queries: built.queries,
    k: built.k,
    threads: built.threads,
    points: curve(built),
    warnings: built.evalWarnings,
  };
}

export interface ParetoPoint {
  label: string;
  latency: number;
  recall: number;
  nprobe: number | null;
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
