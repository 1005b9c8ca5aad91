// A built index's tuning session (docs/ARCHITECTURE.md, "Tuning"): the one cache of its points
// and the one place that decides what to measure next (app/tuning/policy.ts). The app asks for a
// point (an intent) and the engine answers with a first estimate, the final number and the rest
// of the curve, one step at a time; the CLI's eval and the export's report ask for final points.
import type { IndexDescription } from '../../native/addon';
import type { NativeIndex } from '../../native/addon';
import type { TuningPoint } from '../../../app/contract';
import { costOf } from '../../../app/cost';
import type { BlendErrors } from '../../../app/evaluation';
import { nextTask, type Intent, type Known, type Task } from '../../../app/tuning/policy';
import { pointKey, sameSettings, type IndexParameters, type SearchSettings } from '../../../app/tuning/settings';
import type { JobContext } from '../jobContext';
import { measurePoint, realtimeCost } from './measure';
import type { QuerySet } from './querySet';

interface Entry {
  estimate: TuningPoint | null;
  final: TuningPoint | null;
  /** how long the final took to measure (the sweep stops after a slow one) */
  measureMs: number;
}

export const indexParameters = (info: IndexDescription): IndexParameters => ({
  nlist: info.nlist,
  hasKFactor: info.kFactor !== null,
  hasEfSearch: info.efSearch !== null,
});

export class TuningSession {
  readonly parameters: IndexParameters;
  private readonly entries = new Map<string, Entry>();
  /** the last final's blend errors: a neighbouring point recomputes only the queries that changed */
  private lastBlend: BlendErrors | undefined;

  constructor(
    private readonly index: NativeIndex,
    readonly set: QuerySet,
    info: IndexDescription,
  ) {
    this.parameters = indexParameters(info);
  }

  /** Every point known, the final one where there is one. */
  points(): TuningPoint[] {
    return [...this.entries.values()].map((entry) => (entry.final ?? entry.estimate)!);
  }

  /** The final points, in the order of their settings. */
  finals(): TuningPoint[] {
    return [...this.entries.values()]
      .flatMap((entry) => (entry.final ? [entry.final] : []))
      .sort(
        (a, b) =>
          (a.k_factor ?? 0) - (b.k_factor ?? 0) ||
          (a.nprobe ?? 0) - (b.nprobe ?? 0) ||
          (a.ef_search ?? 0) - (b.ef_search ?? 0),
      );
  }

  finalPoint(settings: SearchSettings): TuningPoint | null {
    return this.entries.get(pointKey(settings, this.set.k))?.final ?? null;
  }

  /** Runs the intent's next task; returns the point it changed, or null when nothing is left. */
  step(ctx: JobContext, intent: Intent): TuningPoint | null {
    const task = nextTask(this.parameters, intent, (settings) => this.known(settings));
    return task === null ? null : this.run(ctx, task, intent.realtimeBlock);
  }

  /** Final points for these settings, measuring what is missing (with `realtimeBlock`'s cost). */
  measureFinal(ctx: JobContext, list: SearchSettings[], realtimeBlock: number | null): TuningPoint[] {
    return list.map((settings, i) => {
      ctx.checkCancel();
      ctx.progress('evaluate', i, list.length, describe(settings));
      const intent: Intent = { target: settings, estimate: false, realtimeBlock, also: [], fullSweep: false };
      for (;;) {
        const task = nextTask(this.parameters, intent, (s) => this.known(s));
        if (task === null || !sameSettings(task.settings, settings)) break;
        this.run(ctx, task, realtimeBlock);
      }
      return this.finalPoint(settings)!;
    });
  }

  private known(settings: SearchSettings): Known {
    const entry = this.entries.get(pointKey(settings, this.set.k));
    return {
      estimate: entry?.estimate != null,
      final: entry?.final ? { recall: entry.final.recall_at_k, measureMs: entry.measureMs } : null,
      realtime: (blockFrames) => entry?.final != null && costOf(entry.final.costs, 'realtime', blockFrames) !== null,
    };
  }

  private run(ctx: JobContext, task: Task, realtimeBlock: number | null): TuningPoint {
    const key = pointKey(task.settings, this.set.k);
    const entry = this.entries.get(key) ?? { estimate: null, final: null, measureMs: 0 };
    ctx.progress(
      'evaluate',
      0,
      1,
      `${task.kind === 'estimate' ? 'estimating' : 'measuring'} ${describe(task.settings)}`,
    );
    if (task.kind === 'realtime') {
      const rows = this.set.all(ctx);
      const cost = realtimeCost(this.index, rows, this.set.d, this.set.k, task.settings, task.blockFrames);
      entry.final = { ...entry.final!, costs: [...entry.final!.costs, cost] };
    } else if (task.kind === 'estimate') {
      const rows = this.set.subsample(ctx);
      entry.estimate = measurePoint(this.index, this.set, rows, task.settings, false, realtimeBlock).point;
    } else {
      const rows = this.set.all(ctx);
      const started = performance.now();
      const measured = measurePoint(this.index, this.set, rows, task.settings, true, realtimeBlock, this.lastBlend);
      entry.final = measured.point;
      entry.measureMs = performance.now() - started;
      this.lastBlend = measured.blend;
    }
    this.entries.set(key, entry);
    return (entry.final ?? entry.estimate)!;
  }
}

const describe = (settings: SearchSettings) =>
  [
    settings.nprobe !== null ? `n_probe ${settings.nprobe}` : '',
    settings.k_factor !== null ? `k_factor ${settings.k_factor}` : '',
    settings.ef_search !== null ? `efSearch ${settings.ef_search}` : '',
  ]
    .filter(Boolean)
    .join(', ') || 'the index';
