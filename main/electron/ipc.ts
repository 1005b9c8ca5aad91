// The main side of IPC, free of Electron: handlers get an event shaped like Electron's
// IpcMainInvokeEvent (sender id + sender frame URL), check the sender, validate through the
// Backend's `dispatch`, and keep track of each window's jobs and indexes so that closing a
// window cancels its build and frees its memory. Unit-tested with fake events.
import type { Envelope } from '../../app/contract';
import { pickKinds, type PickKind } from './channels';
import { isAppUrl } from './security';

export interface IpcEventLike {
  sender: { id: number };
  senderFrame: { url: string } | null;
}

/** Methods that run as engine jobs: they get a job id so a closing window can cancel them. */
const JOB_METHODS = new Set(['build', 'evaluate', 'evaluateFile', 'exportIndex']);

const refuse = (message: string): Envelope<never> => ({ ok: false, error: { code: 'INVALID_ARGUMENT', message } });

/** Jobs and built indexes per window (by webContents id). */
export class WindowJobs {
  private readonly byWindow = new Map<number, { jobs: Set<string>; indexes: Set<string> }>();
  private counter = 0;

  private entry(windowId: number) {
    let entry = this.byWindow.get(windowId);
    if (!entry) this.byWindow.set(windowId, (entry = { jobs: new Set(), indexes: new Set() }));
    return entry;
  }

  newJobId(windowId: number): string {
    return `w${windowId}-job${++this.counter}`;
  }

  startJob(windowId: number, jobId: string): void {
    this.entry(windowId).jobs.add(jobId);
  }

  endJob(windowId: number, jobId: string): void {
    this.byWindow.get(windowId)?.jobs.delete(jobId);
  }

  addIndex(windowId: number, indexId: string): void {
    this.entry(windowId).indexes.add(indexId);
  }

  removeIndex(windowId: number, indexId: string): void {
    this.byWindow.get(windowId)?.indexes.delete(indexId);
  }

  /** The window that started this job (progress events go only there). */
  ownerOf(jobId: string): number | null {
    for (const [windowId, entry] of this.byWindow) if (entry.jobs.has(jobId)) return windowId;
    return null;
  }

  /** Forgets a window and returns what it still had running / loaded. */
  release(windowId: number): { jobs: string[]; indexes: string[] } {
    const entry = this.byWindow.get(windowId);
    this.byWindow.delete(windowId);
    return { jobs: [...(entry?.jobs ?? [])], indexes: [...(entry?.indexes ?? [])] };
  }
}

export interface SenderPolicy {
  /** webContents ids of our own windows */
  isOurWindow(id: number): boolean;
}

/** A message counts only from one of our windows showing our own page (app://renderer/). */
export function isTrustedSender(event: IpcEventLike, policy: SenderPolicy): boolean {
  return policy.isOurWindow(event.sender.id) && isAppUrl(event.senderFrame?.url);
}

export interface ApiHandlerDeps {
  dispatch(method: string, request: unknown): Promise<Envelope<unknown>>;
  policy: SenderPolicy;
  jobs: WindowJobs;
  /** after a successful call (e.g. refresh the Open Recent menu after recentAdd) */
  afterCall?(method: string, value: unknown): void;
}

export function createApiHandler(deps: ApiHandlerDeps) {
  return async (event: IpcEventLike, method: unknown, request: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event, deps.policy)) return refuse('refused: the message did not come from the studio window');
    if (typeof method !== 'string') return refuse('method must be a string');
    const windowId = event.sender.id;
    let jobId: string | null = null;
    let body = request;
    if (JOB_METHODS.has(method) && typeof request === 'object' && request !== null && !Array.isArray(request)) {
      const given = (request as { job_id?: unknown }).job_id;
      jobId = typeof given === 'string' && given.length > 0 ? given : deps.jobs.newJobId(windowId);
      body = { ...request, job_id: jobId };
      deps.jobs.startJob(windowId, jobId);
    }
    try {
      const envelope = await deps.dispatch(method, body);
      if (envelope.ok) {
        if (method === 'build') deps.jobs.addIndex(windowId, (envelope.value as { index_id: string }).index_id);
        if (method === 'disposeIndex') deps.jobs.removeIndex(windowId, (body as { index_id: string }).index_id);
        deps.afterCall?.(method, envelope.value);
      }
      return envelope;
    } finally {
      if (jobId !== null) deps.jobs.endJob(windowId, jobId);
    }
  };
}

export interface PickHandlerDeps {
  policy: SenderPolicy;
  /** shows the native dialog for the sender's window */
  showOpenDialog(windowId: number, kind: PickKind): Promise<string | null>;
}

export function createPickHandler(deps: PickHandlerDeps) {
  return async (event: IpcEventLike, kind: unknown): Promise<string | null> => {
    if (!isTrustedSender(event, deps.policy)) return null;
    if (typeof kind !== 'string' || !(pickKinds as readonly string[]).includes(kind)) return null;
    return deps.showOpenDialog(event.sender.id, kind as PickKind);
  };
}

/** What closing a window does: cancel its jobs, then free the indexes it built. */
export async function releaseWindow(
  jobs: WindowJobs,
  windowId: number,
  backend: { cancel(request: { job_id: string }): Promise<unknown>; disposeIndex(request: { index_id: string }): Promise<unknown> },
): Promise<{ cancelled: string[]; disposed: string[] }> {
  const held = jobs.release(windowId);
  await Promise.all(held.jobs.map((job_id) => backend.cancel({ job_id }).catch(() => undefined)));
  await Promise.all(held.indexes.map((index_id) => backend.disposeIndex({ index_id }).catch(() => undefined)));
  return { cancelled: held.jobs, disposed: held.indexes };
}
