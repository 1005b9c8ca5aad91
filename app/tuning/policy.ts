// Which point the engine measures next for a built index (docs/ARCHITECTURE.md, "Tuning"): the
// point the user looks at first (a first estimate on a subsample, then the final number, then its
// realtime cost when that usage is chosen), the extra settings asked for, then the rest of the
// curve in the background until recall levels off. Only the engine calls this.
import { nprobeSweep } from '../presets';
import { sameSettings, type IndexParameters, type SearchSettings } from './settings';

/** Recall beyond which larger n_probe values only cost time. */
export const RECALL_PLATEAU = 0.999;
/** A doubling of n_probe that gains less recall than this means the curve has levelled off below
 *  the plateau (e.g. FastScan at k_factor 2.5 stays near 96%: its codes, not n_probe, limit it). */
export const RECALL_GAIN_PER_DOUBLING = 0.002;
/** A background point that took longer than this to measure stops the automatic sweep (each
 *  doubling of n_probe roughly doubles the cost; the user can ask for the whole curve). */
export const BACKGROUND_BUDGET_MS = 3000;
/** efSearch values an HNSW curve visits. */
export const EF_SEARCH_SWEEP = [16, 32, 64, 128, 256, 512] as const;

export interface Intent {
  target: SearchSettings;
  /** a first estimate of the target before its final number (the app's slider; not the CLI) */
  estimate: boolean;
  /** realtime block frames to cost every point at, or null for offline only */
  realtimeBlock: number | null;
  also: SearchSettings[];
  fullSweep: boolean;
}

/** What the engine knows of one setting. */
export interface Known {
  estimate: boolean;
  final: { recall: number; measureMs: number } | null;
  realtime: (blockFrames: number) => boolean;
}

export type Task =
  | { kind: 'estimate'; settings: SearchSettings }
  | { kind: 'final'; settings: SearchSettings }
  | { kind: 'realtime'; settings: SearchSettings; blockFrames: number };

/** The curve's settings in the order the background sweep measures them. */
export function sweepSettings(index: IndexParameters, target: SearchSettings): SearchSettings[] {
  if (index.nlist !== null) return nprobeSweep(index.nlist).map((nprobe) => ({ ...target, nprobe }));
  if (index.hasEfSearch) return EF_SEARCH_SWEEP.map((ef_search) => ({ ...target, ef_search }));
  return [target];
}

/** Whether the measured curve has flattened (or got too slow) before `settings` in sweep order. */
function levelledOff(finals: { recall: number; measureMs: number }[]): boolean {
  const best = Math.max(0, ...finals.map((f) => f.recall));
  if (best >= RECALL_PLATEAU) return true;
  const last = finals.at(-1);
  const before = finals.at(-2);
  if (last && last.measureMs > BACKGROUND_BUDGET_MS) return true;
  return before !== undefined && last !== undefined && last.recall - before.recall < RECALL_GAIN_PER_DOUBLING;
}

export function nextTask(index: IndexParameters, intent: Intent, know: (s: SearchSettings) => Known): Task | null {
  const measure = (settings: SearchSettings, estimateFirst: boolean): Task | null => {
    const known = know(settings);
    if (estimateFirst && !known.estimate && !known.final) return { kind: 'estimate', settings };
    if (!known.final) return { kind: 'final', settings };
    if (intent.realtimeBlock !== null && !known.realtime(intent.realtimeBlock))
      return { kind: 'realtime', settings, blockFrames: intent.realtimeBlock };
    return null;
  };
  const first = measure(intent.target, intent.estimate);
  if (first) return first;
  for (const settings of intent.also) {
    const task = measure(settings, false);
    if (task) return task;
  }
  const finals: { recall: number; measureMs: number }[] = [];
  for (const settings of sweepSettings(index, intent.target)) {
    if (!intent.fullSweep && levelledOff(finals)) break;
    if (!sameSettings(settings, intent.target)) {
      const task = measure(settings, false);
      if (task) return task;
    }
    const final = know(settings).final;
    if (final) finals.push(final);
  }
  return null;
}
