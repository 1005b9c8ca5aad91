// The status of the long job in progress (or the last one): phase, counts, ETA, and Cancel.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/LocaleProvider';
import { phaseLabel, progressFraction, progressText, type JobView } from '../state/jobs';

export function JobStatus({ job, onCancel }: { job: JobView | null; onCancel: () => void }) {
  const i18n = useI18n();
  const running = job?.state === 'running';
  // tick once a second so elapsed time moves during long native calls
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const fraction = running ? progressFraction(job.progress) : job?.state === 'done' ? 1 : null;
  const elapsed = job ? Math.max(0, (job.finishedAt ?? now) - job.startedAt) : 0;
  return (
    <div className="job-status">
      <div
        className={`progress ${job?.state ?? 'idle'}`}
        data-testid="build-progress"
        data-state={job?.state ?? 'idle'}
        data-kind={job?.kind ?? ''}
        data-phase={job?.progress?.phase ?? ''}
        role="status"
        aria-live="polite"
      >
        <div className="progress-title">
          <strong>
            {!job
              ? i18n.t('job.ready')
              : running
                ? i18n.phrase(job.title)
                : job.state === 'done'
                  ? i18n.t('job.done')
                  : job.state === 'cancelled'
                    ? i18n.t('job.cancelled')
                    : i18n.t('job.failed')}
          </strong>
          {job && <span className="muted"> · {i18n.duration(elapsed)}</span>}
        </div>
        <div
          className="bar"
          role="progressbar"
          aria-label={job?.progress ? phaseLabel(i18n, job.progress.phase) : i18n.t('job.progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={fraction === null ? undefined : Math.round(fraction * 100)}
        >
          <div
            className={`fill${running && fraction === null ? ' indeterminate' : ''}`}
            style={{ width: `${Math.round((fraction ?? (running ? 0.3 : 0)) * 100)}%` }}
          />
        </div>
        <div className="progress-text">
          {running
            ? job.progress
              ? progressText(i18n, job.progress)
              : i18n.t('job.starting')
            : job
              ? i18n.phrase(job.message)
              : i18n.t('job.idle')}
        </div>
      </div>
      <button
        type="button"
        data-testid="cancel-button"
        className="secondary"
        onClick={onCancel}
        disabled={!running || !job?.jobId}
      >
        {i18n.t('job.cancel')}
      </button>
    </div>
  );
}
