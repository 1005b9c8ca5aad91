// The one long-running job the status bar shows (opening an experiment, a build, a sweep, an
// export) and the progress events that belong to it.
import type { JobPhase, ProgressEvent } from '../../app/contract';
import type { MessageKey } from '../../app/i18n';
import type { I18n, Phrase } from '../i18n/i18n';

export type JobKind = 'experiment' | 'build' | 'evaluate' | 'export';
export type JobState = 'running' | 'done' | 'error' | 'cancelled';

export interface JobView {
  kind: JobKind;
  /** our id for cancel; null when the Backend assigns one (experiment loading) */
  jobId: string | null;
  title: Phrase;
  state: JobState;
  startedAt: number;
  finishedAt: number | null;
  progress: ProgressEvent | null;
  message: Phrase;
}

let counter = 0;
export const newJobId = (kind: JobKind) => `${kind}-${Date.now().toString(36)}-${++counter}`;

/** Progress events for this job: ours by id; for Backend-assigned ids, the loading phases. */
export function belongsTo(job: JobView | null, event: ProgressEvent): boolean {
  if (!job || job.state !== 'running') return false;
  if (job.jobId !== null) return event.job_id === job.jobId;
  return event.phase === 'sample' || event.phase === 'load';
}

export const phaseKeys: Record<JobPhase, MessageKey> = {
  scan: 'phase.scan',
  load: 'phase.load',
  compress: 'phase.compress',
  expand: 'phase.expand',
  train: 'phase.train',
  add: 'phase.add',
  evaluate: 'phase.evaluate',
  ground_truth: 'phase.ground_truth',
  write: 'phase.write',
  sample: 'phase.sample',
  inspect: 'phase.inspect',
};

export const phaseLabel = (i18n: I18n, phase: JobPhase) => (phaseKeys[phase] ? i18n.t(phaseKeys[phase]) : phase);

/** 0..1, or null when the phase has no count yet. */
export function progressFraction(event: ProgressEvent | null): number | null {
  if (!event || event.total <= 0) return null;
  return Math.min(1, Math.max(0, event.done / event.total));
}

/** "Adding vectors · 16,384 / 28,500 · 1.2 s left" */
export function progressText(i18n: I18n, event: ProgressEvent): string {
  const parts = [phaseLabel(i18n, event.phase)];
  if (event.total > 1 && event.phase !== 'train') parts.push(`${i18n.count(event.done)} / ${i18n.count(event.total)}`);
  else if (event.total > 0 && event.phase === 'train')
    parts.push(i18n.percent(Math.round((100 * event.done) / event.total) / 100, 0));
  if (event.eta_ms !== null && event.eta_ms > 0)
    parts.push(i18n.t('job.left', { duration: i18n.duration(event.eta_ms) }));
  return parts.join(' · ');
}
