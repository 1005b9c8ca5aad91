// Who asked for what: the engine jobs and built indexes of each caller (a desktop window, a
// browser-mode tab), so that a caller that goes away (window closed or reloaded, tab closed) has
// its jobs cancelled and its indexes freed, and so that a caller can cancel and dispose only its
// own. Free of Electron: the desktop (electron/ipc.ts) and browser mode (web/sessions.ts) share it.
//
// Job ids are the caller's own (the renderer picks them, and two windows pick the same ones):
// the engine sees them behind the owner's prefix ("w7/point-3"), so they never collide and a
// caller can only ever name its own jobs; progress events are translated back (route).
import type { Envelope, PointsEvent, ProgressEvent } from '../app/contract';
import { appError, cancelledError, toErrorInfo } from '../app/errors';
import type { MessageParams } from '../app/messages';
import { tuningIndexOf } from '../app/tuning/settings';

/** Methods that run as engine jobs: they get a job id so a departing caller can cancel them. */
export const JOB_METHODS: ReadonlySet<string> = new Set(['build', 'evaluate', 'evaluateFile', 'exportIndex']);

export type Dispatch = (method: string, request: unknown) => Promise<Envelope<unknown>>;

export interface JobOwnersOptions<K> {
  /** a prefix unique to the owner, without '/' */
  prefix(owner: K): string;
  /** may anyone dispose an index nobody owns (browser mode: built by a client without a session)? */
  allowUnowned?: boolean;
}

interface Holdings {
  prefix: string;
  /** engine job ids */
  jobs: Set<string>;
  indexes: Set<string>;
}

/** A request refused before it reaches the Backend (a transport's checks, a busy job id). */
export const refuse = (why: string, params: MessageParams = {}): Envelope<never> => ({
  ok: false,
  error: toErrorInfo(appError('INVALID_ARGUMENT', 'request_refused', { why, ...params })),
});
const fieldOf = (request: unknown, field: string): unknown =>
  typeof request === 'object' && request !== null && !Array.isArray(request)
    ? (request as Record<string, unknown>)[field]
    : undefined;

export class JobOwners<K> {
  private readonly byOwner = new Map<K, Holdings>();
  private counter = 0;

  constructor(private readonly options: JobOwnersOptions<K>) {}

  private holdings(owner: K): Holdings {
    let held = this.byOwner.get(owner);
    if (!held)
      this.byOwner.set(
        owner,
        (held = { prefix: `${this.options.prefix(owner)}/`, jobs: new Set(), indexes: new Set() }),
      );
    return held;
  }

  /** The owner of an engine job and the id it knows the job by. */
  jobOf(engineJobId: string): { owner: K; jobId: string } | null {
    for (const [owner, held] of this.byOwner)
      if (held.jobs.has(engineJobId)) return { owner, jobId: engineJobId.slice(held.prefix.length) };
    return null;
  }

  indexOwner(indexId: string): K | null {
    for (const [owner, held] of this.byOwner) if (held.indexes.has(indexId)) return owner;
    return null;
  }

  /** Where a progress event goes (null: nobody's job, everyone may see it), in the owner's ids.
   *  A tuning loop's progress goes to the owner of its index, under its own id. */
  route(event: ProgressEvent): { owner: K | null; event: ProgressEvent } {
    const tuned = tuningIndexOf(event.job_id);
    if (tuned !== null) return { owner: this.indexOwner(tuned), event };
    const job = this.jobOf(event.job_id);
    return job === null ? { owner: null, event } : { owner: job.owner, event: { ...event, job_id: job.jobId } };
  }

  /** Points of a built index go to its owner (null: nobody's index). */
  routePoints(event: PointsEvent): K | null {
    return this.indexOwner(event.index_id);
  }

  /** Forgets an owner; returns the engine jobs it still had running and the indexes it built. */
  release(owner: K): { jobs: string[]; indexes: string[] } {
    const held = this.byOwner.get(owner);
    this.byOwner.delete(owner);
    return { jobs: [...(held?.jobs ?? [])], indexes: [...(held?.indexes ?? [])] };
  }

  /** Forgets indexes that no longer exist (their engine worker crashed). */
  dropIndexes(indexIds: readonly string[]): void {
    for (const held of this.byOwner.values()) for (const id of indexIds) held.indexes.delete(id);
  }

  /** One API call for `owner` (null: a caller nobody tracks, e.g. browser mode without a session). */
  async call(owner: K | null, method: string, request: unknown, dispatch: Dispatch): Promise<Envelope<unknown>> {
    const given = fieldOf(request, 'job_id');
    const indexId = fieldOf(request, 'index_id');
    const held = owner === null ? null : this.holdings(owner);
    // someone else's job or index is, to this caller, one that does not exist
    if (method === 'cancel' && typeof given === 'string' && tuningIndexOf(given) !== null) {
      // a tuning loop is cancelled by the owner of its index
      const index = tuningIndexOf(given)!;
      return this.indexOwner(index) === owner ? dispatch(method, request) : { ok: true, value: { cancelled: false } };
    }
    if (method === 'cancel' && typeof given === 'string') {
      const engineId = held ? held.prefix + given : given;
      const mine = held ? held.jobs.has(engineId) : this.jobOf(given) === null;
      return mine
        ? dispatch(method, { ...(request as object), job_id: engineId })
        : { ok: true, value: { cancelled: false } };
    }
    if (method === 'disposeIndex' && typeof indexId === 'string' && !this.mayDispose(owner, indexId))
      return { ok: true, value: { disposed: false } };
    if (owner === null || held === null) return dispatch(method, request);
    let engineId: string | null = null;
    let body = request;
    if (JOB_METHODS.has(method) && typeof request === 'object' && request !== null && !Array.isArray(request)) {
      engineId = held.prefix + (typeof given === 'string' && given.length > 0 ? given : `job${++this.counter}`);
      if (held.jobs.has(engineId)) {
        const running = appError('INVALID_ARGUMENT', 'request_job_running', { method, id: String(given) });
        return { ok: false, error: toErrorInfo(running) };
      }
      body = { ...request, job_id: engineId };
      held.jobs.add(engineId);
    }
    try {
      const envelope = await dispatch(method, body);
      if (envelope.ok && method === 'build') {
        const built = (envelope.value as { index_id: string }).index_id;
        // the caller went away (closed, reloaded) while this was building: nobody else can free it
        if (this.byOwner.get(owner) !== held) {
          await dispatch('disposeIndex', { index_id: built });
          return { ok: false, error: toErrorInfo(cancelledError('owner_gone')) };
        }
        held.indexes.add(built);
      }
      if (envelope.ok && method === 'disposeIndex') held.indexes.delete(indexId as string);
      return envelope;
    } finally {
      if (engineId !== null) held.jobs.delete(engineId);
    }
  }

  private mayDispose(caller: K | null, indexId: string): boolean {
    const owner = this.indexOwner(indexId);
    return owner === null ? caller === null || this.options.allowUnowned === true : owner === caller;
  }
}

/** What a departing owner leaves behind: its jobs are cancelled, then its indexes freed. */
export async function releaseOwner<K>(
  jobs: JobOwners<K>,
  owner: K,
  backend: {
    cancel(request: { job_id: string }): Promise<unknown>;
    disposeIndex(request: { index_id: string }): Promise<unknown>;
  },
): Promise<{ cancelled: string[]; disposed: string[] }> {
  // before the first await: calls the owner makes from now on (a reloaded page) start afresh
  const held = jobs.release(owner);
  await Promise.all(held.jobs.map((job_id) => backend.cancel({ job_id }).catch(() => undefined)));
  await Promise.all(held.indexes.map((index_id) => backend.disposeIndex({ index_id }).catch(() => undefined)));
  return { cancelled: held.jobs, disposed: held.indexes };
}
