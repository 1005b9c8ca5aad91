// StudioClient for browser mode: Backend methods over POST /api/<method> (token header, JSON
// Envelope back) and progress events over the WebSocket /api/events. The fetch and WebSocket
// implementations are injected so the transport is testable without a browser.
import {
  API_PREFIX,
  EVENTS_PATH,
  SESSION_HEADER,
  SESSION_PARAM,
  TOKEN_HEADER,
  TOKEN_PARAM,
  type StudioClient,
} from '../../app/client';
import {
  apiMethods,
  type Api,
  type ApiMethod,
  type EngineCrash,
  type Envelope,
  type PointsEvent,
  type ProgressEvent,
} from '../../app/contract';
import { AppError, fromErrorInfo, type ErrorCode } from '../../app/errors';
import { Listeners } from '../../app/listeners';
import { message, type Message } from '../../app/messages';

/** A failed call, its reason structured (the page says it in the user's language). */
const failure = (code: ErrorCode, reason: Message) => new AppError(code, reason.text, { reason });

export interface HttpResponseLike {
  status: number;
  json(): Promise<unknown>;
}
export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<HttpResponseLike>;

export interface SocketHandlers {
  open(): void;
  message(data: unknown): void;
  close(): void;
}
export interface SocketLike {
  close(): void;
}

export interface BrowserTransport {
  /** the page's origin, e.g. http://127.0.0.1:5178 */
  origin: string;
  token: string;
  fetch: FetchLike;
  openSocket(url: string, handlers: SocketHandlers): SocketLike;
  /** reconnect delay scheduler (tests pass a synchronous or manual one) */
  schedule?: (callback: () => void, ms: number) => void;
  /** this page load's id (the server frees a closed tab's jobs and indexes); default: random */
  session?: string;
}

const RECONNECT_MS = [250, 500, 1000, 2000, 5000];

export function eventsUrl(origin: string, token: string, session: string): string {
  const url = new URL(EVENTS_PATH, origin);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set(TOKEN_PARAM, token);
  url.searchParams.set(SESSION_PARAM, session);
  return url.toString();
}

/** 32 hex digits. crypto.randomUUID is missing on plain-http LAN origins; getRandomValues is not. */
export const newSessionId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

function isEnvelope(body: unknown): body is Envelope<unknown> {
  return typeof body === 'object' && body !== null && 'ok' in body;
}

export function createBrowserClient(transport: BrowserTransport): StudioClient {
  const progress = new Listeners<ProgressEvent>();
  const crashes = new Listeners<EngineCrash>();
  const points = new Listeners<PointsEvent>();
  const session = transport.session ?? newSessionId();
  let socket: SocketLike | null = null;
  let failures = 0;
  const schedule = transport.schedule ?? ((callback, ms) => void setTimeout(callback, ms));

  const connect = () => {
    if (socket || progress.size === 0) return;
    const current: SocketLike = transport.openSocket(eventsUrl(transport.origin, transport.token, session), {
      open() {
        failures = 0;
      },
      message(data) {
        if (typeof data !== 'string') return;
        try {
          const parsed = JSON.parse(data) as { type?: string; event?: unknown };
          if (parsed.type === 'progress' && parsed.event) progress.emit(parsed.event as ProgressEvent);
          if (parsed.type === 'engine-crash' && parsed.event) crashes.emit(parsed.event as EngineCrash);
          if (parsed.type === 'points' && parsed.event) points.emit(parsed.event as PointsEvent);
        } catch {
          /* not ours */
        }
      },
      close() {
        if (socket !== current) return;
        socket = null;
        // the server restarted or the network blinked: progress resumes when it is back
        if (progress.size > 0) schedule(connect, RECONNECT_MS[Math.min(failures++, RECONNECT_MS.length - 1)]);
      },
    });
    socket = current;
  };

  const call = async (method: ApiMethod, request: unknown): Promise<unknown> => {
    let response: HttpResponseLike;
    try {
      response = await transport.fetch(`${transport.origin}${API_PREFIX}${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: transport.token, [SESSION_HEADER]: session },
        body: JSON.stringify(request ?? {}),
      });
    } catch (error) {
      throw failure('INTERNAL', message('web_unreachable', { reason: (error as Error).message }));
    }
    if (response.status === 401) throw failure('INVALID_ARGUMENT', message('web_no_token'));
    if (response.status === 403) throw failure('INVALID_ARGUMENT', message('web_forbidden'));
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw failure('INTERNAL', message('web_no_json', { method, status: response.status }));
    }
    if (!isEnvelope(body)) throw failure('INTERNAL', message('web_bad_body', { method }));
    if (!body.ok) throw fromErrorInfo(body.error);
    return body.value;
  };

  const api = Object.fromEntries(
    apiMethods.map((method) => [method, (request: unknown) => call(method, request)]),
  ) as unknown as Api;
  return {
    ...api,
    platform: 'browser',
    // crash and points events arrive on the progress socket, which the app keeps open while it runs
    onEngineCrash: (listener) => crashes.add(listener),
    onPoints: (listener) => points.add(listener),
    onProgress(listener) {
      const remove = progress.add(listener);
      connect();
      return () => {
        remove();
        if (progress.size === 0 && socket) {
          const closing = socket;
          socket = null;
          closing.close();
        }
      };
    },
  };
}

/** The token arrives in the page URL (?token=…); keep it for reloads, then drop it from the address bar. */
export function takeToken(
  location: { search: string },
  storage: { getItem(k: string): string | null; setItem(k: string, v: string): void } | null,
): string | null {
  const fromUrl = new URLSearchParams(location.search).get(TOKEN_PARAM);
  if (fromUrl) {
    storage?.setItem('rvc-index-studio-token', fromUrl);
    return fromUrl;
  }
  return storage?.getItem('rvc-index-studio-token') ?? null;
}
