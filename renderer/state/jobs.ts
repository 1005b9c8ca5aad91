// The one long-running job the status bar shows (opening an experiment, a build, a sweep, an
// export) and the progress events that belong to it.
import type { JobPhase, ProgressEvent } from '../../app/contract';
import { formatDuration } from '../../app/progress';

export type JobKind = 'experiment' | 'build' | 'evaluate' | 'export';
export type JobState = 'running' | 'done' | 'error' | 'cancelled';

export interface JobView {
  kind: JobKind;
  /** our id for cancel; null when the Backend assigns one (experiment loading) */
  jobId: string | null;
  title: string;
  state: JobState;
  startedAt: number;
  finishedAt: number | null;
  progress: ProgressEvent | null;
  message: string;
}

let counter = 0;
export const newJobId = (kind: JobKind) => `${kind}-${Date.now().toString(36)}-${++counter}`;

/** Progress events for this job: ours by id; for Backend-assigned ids, the loading phases. */
export function belongsTo(job: JobView | null, event: ProgressEvent): boolean {
  if (!job || job.state !== 'running') return false;
  if (job.jobId !== null) return event.job_id === job.jobId;
  return event.phase === 'sample' || event.phase === 'load';
}

export const phaseLabels: Record<JobPhase, string> = {
  scan: 'Reading the model library',
  load: 'Loading features',
  compress: 'Compressing (k-means)',
  expand: 'Query expansion',
  train: 'Training',
  add: 'Adding vectors',
  evaluate: 'Measuring recall and speed',
  ground_truth: 'Exact search (ground truth)',
  write: 'Writing files',
  sample: 'Creating the sample experiment',
  inspect: 'Reading the index file',
};

/** 0..1, or null when the phase has no count yet. */
export function progressFraction(event: ProgressEvent | null): number | null {
  if (!event || event.total <= 0) return null;
  return Math.min(1, Math.max(0, event.done / event.total));
}

/** "Adding vectors · 16,384 / 28,500 · 1.2 s left" */
export function progressText(event: ProgressEvent): string {
  const parts = [phaseLabels[event.phase] ?? event.phase];
  if (event.total > 1 && event.phase !== 'train')
    parts.push(`${event.done.toLocaleString('en-US')} / ${event.total.toLocaleString('en-US')}`);
  else if (event.total > 0 && event.phase === 'train') parts.push(`${Math.round((100 * event.done) / event.total)}%`);
  if (event.eta_ms !== null && event.eta_ms > 0) parts.push(`about ${formatDuration(event.eta_ms)} left`);
  return parts.join(' · ');
}
