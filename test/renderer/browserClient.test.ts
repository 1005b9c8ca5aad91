// The browser-mode StudioClient over a fake fetch and WebSocket.
import { describe, expect, it } from 'vitest';
import { apiMethods } from '../../app/contract';
import { AppError } from '../../app/errors';
import {
  createBrowserClient,
  eventsUrl,
  newSessionId,
  takeToken,
  type BrowserTransport,
  type SocketHandlers,
} from '../../renderer/transport/browserClient';

function transport(respond: (url: string, body: unknown) => { status: number; body: unknown } | Error) {
  const requests: { url: string; headers: Record<string, string>; body: unknown }[] = [];
  const sockets: { url: string; handlers: SocketHandlers; closed: boolean }[] = [];
  const scheduled: (() => void)[] = [];
  const t: BrowserTransport = {
    origin: 'http://127.0.0.1:5178',
    token: 'tok',
    session: 'page0001',
    fetch: async (url, init) => {
      const body = JSON.parse(init.body);
      requests.push({ url, headers: init.headers, body });
      const answer = respond(url, body);
      if (answer instanceof Error) throw answer;
      return { status: answer.status, json: async () => answer.body };
    },
    openSocket: (url, handlers) => {
      const socket = { url, handlers, closed: false };
      sockets.push(socket);
      return { close: () => void (socket.closed = true) };
    },
    schedule: (callback) => void scheduled.push(callback),
  };
  return { t, requests, sockets, scheduled };
}

describe('browser client', () => {
  it('offers every contract method and posts to /api/<method> with the token', async () => {
    const { t, requests } = transport(() => ({
      status: 200,
      body: { ok: true, value: { path: '/x', parent: '/', entries: [] } },
    }));
    const client = createBrowserClient(t);
    for (const method of apiMethods) expect(typeof client[method]).toBe('function');
    expect(client.platform).toBe('browser');
    expect(client.pickPath).toBeUndefined();
    expect(await client.listDir({ path: '/x' })).toEqual({ path: '/x', parent: '/', entries: [] });
    expect(requests).toEqual([
      {
        url: 'http://127.0.0.1:5178/api/listDir',
        headers: { 'content-type': 'application/json', 'x-rvc-token': 'tok', 'x-rvc-session': 'page0001' },
        body: { path: '/x' },
      },
    ]);
  });

  it('throws AppError with the server code for an error envelope', async () => {
    const { t } = transport(() => ({
      status: 200,
      body: { ok: false, error: { code: 'NOT_FOUND', message: 'cannot list /nope: no such folder' } },
    }));
    const error = await createBrowserClient(t)
      .listDir({ path: '/nope' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'cannot list /nope: no such folder' });
  });

  it('explains a missing token (401), a refused host (403) and an unreachable server', async () => {
    await expect(createBrowserClient(transport(() => ({ status: 401, body: {} })).t).recentList({})).rejects.toThrow(
      /token/,
    );
    await expect(createBrowserClient(transport(() => ({ status: 403, body: {} })).t).recentList({})).rejects.toThrow(
      /127\.0\.0\.1/,
    );
    await expect(createBrowserClient(transport(() => new Error('ECONNREFUSED')).t).recentList({})).rejects.toThrow(
      /npm run web/,
    );
    // the reason travels with the error: the page says it in the user's language
    await expect(
      createBrowserClient(transport(() => new Error('ECONNREFUSED')).t).recentList({}),
    ).rejects.toMatchObject({
      reason: { code: 'web_unreachable', params: { reason: 'ECONNREFUSED' } },
    });
  });

  it('opens one WebSocket for progress, delivers events, reconnects, and closes when nobody listens', () => {
    const { t, sockets, scheduled } = transport(() => ({ status: 200, body: {} }));
    const client = createBrowserClient(t);
    expect(sockets).toHaveLength(0);
    const seen: string[] = [];
    const stopA = client.onProgress((e) => seen.push(`a:${e.job_id}`));
    const stopB = client.onProgress((e) => seen.push(`b:${e.job_id}`));
    expect(sockets).toHaveLength(1);
    expect(sockets[0].url).toBe('ws://127.0.0.1:5178/api/events?token=tok&session=page0001');
    sockets[0].handlers.message(JSON.stringify({ type: 'progress', event: { job_id: 'j1' } }));
    sockets[0].handlers.message('not json');
    sockets[0].handlers.message(JSON.stringify({ type: 'other' }));
    expect(seen).toEqual(['a:j1', 'b:j1']);
    sockets[0].handlers.close();
    expect(scheduled).toHaveLength(1);
    scheduled[0]();
    expect(sockets).toHaveLength(2);
    stopA();
    expect(sockets[1].closed).toBe(false);
    stopB();
    expect(sockets[1].closed).toBe(true);
  });

  it("builds the events URL for http and https, with the page's session", () => {
    expect(eventsUrl('https://box.example:8443', 'a b', 'page0001')).toBe(
      'wss://box.example:8443/api/events?token=a+b&session=page0001',
    );
  });

  it('makes a new 32-hex-digit session per page load', () => {
    const ids = new Set(Array.from({ length: 20 }, () => newSessionId()));
    expect(ids.size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('hands engine-crash events from the socket to their listeners', () => {
    const { t, sockets } = transport(() => ({ status: 200, body: { ok: true, value: null } }));
    const client = createBrowserClient(t);
    const crashes: unknown[] = [];
    client.onEngineCrash!((crash) => crashes.push(crash));
    client.onProgress(() => undefined);
    sockets[0].handlers.message(
      JSON.stringify({ type: 'engine-crash', event: { message: 'gone', lost_indexes: ['ix1'] } }),
    );
    expect(crashes).toEqual([{ message: 'gone', lost_indexes: ['ix1'] }]);
  });

  it('takes the token from the URL and keeps it for reloads', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(takeToken({ search: '?token=abc' }, storage)).toBe('abc');
    expect(takeToken({ search: '' }, storage)).toBe('abc');
    expect(takeToken({ search: '' }, null)).toBeNull();
  });
});
