// A job as the EngineHost holds it while queued or running on a worker, and how its progress
// reaches the host's listeners: as the worker reports it, or — during one long native call whose
// length was estimated — interpolated four times a second.
import type { ProgressEvent } from '../../app/contract';
import { etaMs } from '../../app/progress';
import type { JobKind, RunOptions, WorkerMessage } from './protocol';

export interface Job {
  id: string;
  kind: JobKind;
  params: unknown;
  options: RunOptions;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  startedAt: number;
  phaseStartedAt: number;
  phase: string;
  ticker: NodeJS.Timeout | null;
}

export function newJob(
  id: string,
  kind: JobKind,
  params: unknown,
  options: RunOptions,
  settle: Pick<Job, 'resolve' | 'reject'>,
): Job {
  const now = Date.now();
  return { id, kind, params, options, ...settle, startedAt: now, phaseStartedAt: now, phase: '', ticker: null };
}

/** Stops a job's interpolated progress (it ended, or a newer report replaces the estimate). */
export function stopTicker(job: Job): void {
  if (job.ticker) clearInterval(job.ticker);
  job.ticker = null;
}

export function relayProgress(
  job: Job,
  message: Extract<WorkerMessage, { type: 'progress' }>,
  emit: (event: ProgressEvent) => void,
): void {
  const now = Date.now();
  if (message.phase !== job.phase) {
    job.phase = message.phase;
    job.phaseStartedAt = now;
  }
  stopTicker(job);
  const send = (done: number, total: number, eta: number | null, text: string) =>
    emit({
      job_id: job.id,
      phase: message.phase,
      done,
      total,
      elapsed_ms: Date.now() - job.startedAt,
      eta_ms: eta,
      message: text,
    });
  if (message.estimate_ms === undefined) {
    send(message.done, message.total, etaMs(now - job.phaseStartedAt, message.done, message.total), message.message);
    return;
  }
  // One long native call: interpolate against the estimate (never reaching 100% on a guess).
  const estimate = message.estimate_ms;
  const tick = () => {
    const elapsed = Date.now() - job.phaseStartedAt;
    const fraction = Math.min(0.99, elapsed / Math.max(estimate, 1));
    send(
      Math.round(fraction * message.total),
      message.total,
      Math.max(0, estimate - elapsed),
      `${message.message} (estimated)`,
    );
  };
  tick();
  job.ticker = setInterval(tick, 250);
  job.ticker.unref();
}
