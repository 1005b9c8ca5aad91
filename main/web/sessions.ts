// Browser mode's counterpart of a desktop window: a page (one load of a tab). The page makes up a
// random session id when it starts, opens the progress WebSocket with it and sends it with every
// API call; its jobs and indexes are tracked per session, as the desktop tracks them per window
// (../jobOwners.ts: a session cancels and disposes only its own). When the session's
// last socket closes and none comes back within the grace period, its jobs are cancelled and its
// indexes freed: a brief network drop reconnects in time, while a closed or reloaded tab does not
// come back (a reloaded page has a new id and knows none of the old job or index ids).
// Clients that send no session id (scripts, other clients) are tracked by nobody; so are
// sessions that never opened a socket (a proxy that passes no WebSocket must not cost builds).
import { JobOwners, releaseOwner, type Dispatch } from '../jobOwners';

export const DEFAULT_GRACE_MS = 10_000;
const SESSION_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** A session id from a header or query value: undefined when absent, null when malformed. */
export function parseSessionId(value: string | string[] | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' && SESSION_ID.test(value) ? value : null;
}

type ReleaseTarget = Parameters<typeof releaseOwner>[2];

export class WebSessions<Socket> {
  readonly jobs = new JobOwners<string>({ prefix: (id) => `s-${id}`, allowUnowned: true });
  private readonly live = new Map<string, { sockets: Set<Socket>; timer: NodeJS.Timeout | null }>();

  constructor(
    private readonly backend: ReleaseTarget,
    private readonly graceMs = DEFAULT_GRACE_MS,
  ) {}

  call(session: string | null, method: string, request: unknown, dispatch: Dispatch) {
    return this.jobs.call(session, method, request, dispatch);
  }

  attach(session: string, socket: Socket): void {
    let entry = this.live.get(session);
    if (!entry) this.live.set(session, (entry = { sockets: new Set(), timer: null }));
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    entry.sockets.add(socket);
  }

  detach(session: string, socket: Socket): void {
    const entry = this.live.get(session);
    if (!entry || !entry.sockets.delete(socket) || entry.sockets.size > 0) return;
    entry.timer = setTimeout(() => {
      this.live.delete(session);
      void releaseOwner(this.jobs, session, this.backend);
    }, this.graceMs);
    entry.timer.unref();
  }

  socketsOf(session: string): Iterable<Socket> {
    return this.live.get(session)?.sockets ?? [];
  }

  /** Stops the grace timers (the server is closing; the engine shuts down anyway). */
  close(): void {
    for (const entry of this.live.values()) if (entry.timer) clearTimeout(entry.timer);
    this.live.clear();
  }
}
