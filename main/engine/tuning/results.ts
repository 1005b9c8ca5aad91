// Final points of a tuning session as the CLI's eval, the export's report and the API return
// them: the chosen usage's cost flattened into each point.
import type { EvalResult } from '../../../app/contract';
import { blockFrames, DEFAULT_BLOCK_SECONDS, evalPoint, type Usage } from '../../../app/cost';
import type { SearchSettings } from '../../../app/tuning/settings';
import { warningFields } from '../../../app/messages';
import { loadAddon } from '../../native/addon';
import type { JobContext } from '../jobContext';
import type { TuningSession } from './session';

export interface CostChoice {
  usage: Usage;
  block: number;
  /** realtime block frames to cost every point at (null offline) */
  realtimeBlock: number | null;
}

export function costChoice(request: { usage?: Usage; block_seconds?: number }): CostChoice {
  const usage = request.usage ?? 'offline';
  const block = blockFrames(usage, request.block_seconds ?? DEFAULT_BLOCK_SECONDS);
  return { usage, block, realtimeBlock: usage === 'realtime' ? block : null };
}

export function evalResult(
  indexId: string | null,
  session: TuningSession,
  points: ReturnType<TuningSession['points']>,
  choice: CostChoice,
  ctx: JobContext,
): EvalResult {
  return {
    index_id: indexId,
    queries: session.set.nq,
    k: session.set.k,
    threads: loadAddon().getNumThreads(),
    usage: choice.usage,
    block_frames: choice.block,
    points: points.map((point) => evalPoint(point, choice.usage, choice.block)),
    ...warningFields(ctx.warnings),
  };
}

/** Final points at these settings (measured where missing). */
export function finalResult(
  indexId: string | null,
  session: TuningSession,
  settings: SearchSettings[],
  choice: CostChoice,
  ctx: JobContext,
): EvalResult {
  const points = session.measureFinal(ctx, settings, choice.realtimeBlock);
  ctx.progress('evaluate', settings.length, settings.length, 'done');
  return evalResult(indexId, session, points, choice, ctx);
}
