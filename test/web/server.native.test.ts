// Browser mode's security rules and transport, against the real server: token (401),
// loopback Host only (403, DNS rebinding; a wildcard bind also takes this machine's addresses),
// WebSocket Origin check, POST-only API, JSON envelopes, no request that can bring it down, and
// each page's jobs and indexes going with it (sessions).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { startWebServer, type RunningServer } from '../../main/web/server';
import { tempDir } from '../helpers/tmp';
import { webRequest, type WebRequest } from '../helpers/webRequest';

let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = tempDir('rvc-web-');
  server = await startWebServer({ port: 0, dataDir: path.join(dir, 'data') });
});
afterAll(() => server.close());

const request = (options: Omit<WebRequest, 'server'> & { server?: RunningServer }) =>
  webRequest({ ...options, server: options.server ?? server });

function upgrade(options: {
  origin?: string;
  host?: string;
  token?: string;
  session?: string;
  server?: RunningServer;
}): Promise<{ opened: boolean; status: number | null; socket: WebSocket }> {
  const target = options.server ?? server;
  const token = options.token ?? target.token;
  const session = options.session === undefined ? '' : `&session=${encodeURIComponent(options.session)}`;
  return new Promise((resolve) => {
    const socket = new WebSocket(
      `ws://127.0.0.1:${target.port}/api/events?token=${encodeURIComponent(token)}${session}`,
      {
        headers: {
          ...(options.origin !== undefined ? { origin: options.origin } : {}),
          host: options.host ?? `127.0.0.1:${target.port}`,
        },
      },
    );
    socket.on('open', () => resolve({ opened: true, status: 101, socket }));
    socket.on('unexpected-response', (_req, res) => resolve({ opened: false, status: res.statusCode ?? null, socket }));
    socket.on('error', () => resolve({ opened: false, status: null, socket }));
  });
}

describe('browser-mode server', () => {
  it('prints a loopback URL with its token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{20,}$`));
  });

  it('answers an API call with the right token with a JSON envelope', async () => {
    const answer = await request({ path: '/api/recentList', body: '{}' });
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({ ok: true, value: { experiments: [], indexes: [] } });
  });

  it('refuses a missing or wrong token with 401', async () => {
    expect((await request({ path: '/api/recentList', body: '{}', token: null })).status).toBe(401);
    expect(
      (await request({ path: '/api/recentList', body: '{}', token: 'x'.repeat(server.token.length) })).status,
    ).toBe(401);
    expect((await request({ path: '/api/recentList', body: '{}', token: 'short' })).status).toBe(401);
  });

  it('refuses a foreign Host header with 403 (DNS rebinding), even with the token', async () => {
    expect((await request({ path: '/api/recentList', body: '{}', host: `evil.example:${server.port}` })).status).toBe(
      403,
    );
    expect((await request({ path: '/api/recentList', body: '{}', host: '127.0.0.1:1' })).status).toBe(403);
    expect((await request({ method: 'GET', path: '/', host: 'evil.example' })).status).toBe(403);
  });

  it('accepts localhost as the loopback name', async () => {
    expect((await request({ path: '/api/recentList', body: '{}', host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('wants POST for the API and JSON bodies', async () => {
    expect((await request({ method: 'GET', path: '/api/recentList' })).status).toBe(405);
    const bad = await request({ path: '/api/recentList', body: '{nope' });
    expect(bad.status).toBe(400);
    expect(bad.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('validates requests at the boundary and names the field', async () => {
    const unknown = await request({ path: '/api/rmrf', body: '{}' });
    expect(unknown.json()).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringContaining('rmrf') },
    });
    const missing = await request({ path: '/api/listDir', body: '{}' });
    expect(missing.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'path' } });
    const extra = await request({ path: '/api/recentList', body: '{"x":1}' });
    expect(extra.json()).toMatchObject({ ok: false });
  });

  it('lists only the folder asked for (the browser-mode path field)', async () => {
    fs.mkdirSync(path.join(dir, 'exp', '3_feature768'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'exp', 'added.index'), '');
    fs.writeFileSync(path.join(dir, 'exp', '.hidden'), '');
    const answer = (
      await request({ path: '/api/listDir', body: JSON.stringify({ path: path.join(dir, 'exp') }) })
    ).json() as { ok: true; value: { entries: unknown[]; parent: string } };
    expect(answer.value.entries).toEqual([
      { name: '3_feature768', kind: 'dir' },
      { name: 'added.index', kind: 'index' },
    ]);
    expect(answer.value.parent).toBe(dir);
    const missing = (
      await request({ path: '/api/listDir', body: JSON.stringify({ path: path.join(dir, 'nope') }) })
    ).json();
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('remembers recent experiments in the data folder', async () => {
    const added = (
      await request({
        path: '/api/recentAdd',
        body: JSON.stringify({ kind: 'experiment', path: path.join(dir, 'exp') }),
      })
    ).json();
    expect(added).toEqual({ ok: true, value: { experiments: [path.join(dir, 'exp')], indexes: [] } });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'data', 'recent.json'), 'utf8')).experiments).toEqual([
      path.join(dir, 'exp'),
    ]);
  });

  it('serves no file outside the renderer folder', async () => {
    for (const probe of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/assets/../../package.json',
    ]) {
      const answer = await request({ method: 'GET', path: probe, token: null });
      expect(answer.status, probe).toBe(404);
    }
  });

  it('answers malformed percent-encoding with 400 and keeps serving', async () => {
    for (const probe of ['/%E0%A4%A', '/%E0', '/assets/%ZZ.js']) {
      const answer = await request({ method: 'GET', path: probe, token: null });
      expect(answer.status, probe).toBe(400);
    }
    expect((await request({ path: '/api/recentList', body: '{}' })).status).toBe(200);
  });

  it('refuses a malformed session id', async () => {
    const answer = await request({ path: '/api/recentList', body: '{}', headers: { 'x-rvc-session': 'no spaces!' } });
    expect(answer.status).toBe(400);
    expect((await upgrade({ origin: `http://127.0.0.1:${server.port}`, session: '../x' })).status).toBe(400);
  });

  it('sends security headers with the page', async () => {
    const answer = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(
        { host: '127.0.0.1', port: server.port, path: '/nothing-here', headers: { host: `127.0.0.1:${server.port}` } },
        resolve,
      ),
    );
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    answer.resume();
  });
});

describe('progress WebSocket', () => {
  it('opens for our origin with the token', async () => {
    const { opened, socket } = await upgrade({ origin: `http://127.0.0.1:${server.port}` });
    expect(opened).toBe(true);
    socket.close();
  });

  it('refuses a foreign Origin (403), a missing Origin (403) and a wrong token (401)', async () => {
    expect((await upgrade({ origin: 'http://evil.example' })).status).toBe(403);
    expect((await upgrade({})).status).toBe(403);
    expect(
      (await upgrade({ origin: `http://127.0.0.1:${server.port}`, host: `evil.example:${server.port}` })).status,
    ).toBe(403);
    expect((await upgrade({ origin: `http://127.0.0.1:${server.port}`, token: 'wrong' })).status).toBe(401);
  });
});

describe('a request that fails unexpectedly', () => {
  it('gets a 500 with a generic message, is logged, and the server lives on', async () => {
    const failing = await startWebServer({
      port: 0,
      dataDir: path.join(dir, 'data-failing'),
      dispatch: async (method) => {
        if (method === 'listDir') throw new Error('disk on fire at /secret/path');
        return { ok: true, value: {} };
      },
    });
    const logged: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (logged.push(String(chunk)), true));
    try {
      const answer = await request({ server: failing, path: '/api/listDir', body: '{"path":"/"}' });
      expect(answer.status).toBe(500);
      expect(answer.json()).toEqual({
        ok: false,
        error: {
          code: 'INTERNAL',
          message: expect.not.stringContaining('/secret/path'),
          reason: { code: 'web_internal', params: {} },
        },
      });
      expect(logged.join('')).toContain('disk on fire');
      expect((await request({ server: failing, path: '/api/recentList', body: '{}' })).status).toBe(200);
    } finally {
      stderr.mockRestore();
      await failing.close();
    }
  });
});

describe('bound to every interface (--host 0.0.0.0)', () => {
  // a made-up LAN address stands in for this machine's (a test box may have none)
  const lan = {
    address: '192.0.2.7',
    netmask: '255.255.255.0',
    family: 'IPv4',
    mac: '00:00:00:00:00:00',
    internal: false,
    cidr: '192.0.2.7/24',
  } as const;
  let wide: RunningServer;
  beforeAll(async () => {
    vi.spyOn(os, 'networkInterfaces').mockReturnValue({ ...os.networkInterfaces(), eth9: [lan] });
    wide = await startWebServer({ port: 0, host: '0.0.0.0', dataDir: path.join(dir, 'data-wide') });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await wide.close();
  });

  it("accepts this machine's addresses with the bound port as Host, and WebSocket Origin", async () => {
    expect(
      (await request({ server: wide, path: '/api/recentList', body: '{}', host: `192.0.2.7:${wide.port}` })).status,
    ).toBe(200);
    expect(
      (await request({ server: wide, path: '/api/recentList', body: '{}', host: `localhost:${wide.port}` })).status,
    ).toBe(200);
    const { opened, socket } = await upgrade({
      server: wide,
      host: `192.0.2.7:${wide.port}`,
      origin: `http://192.0.2.7:${wide.port}`,
    });
    expect(opened).toBe(true);
    socket.close();
  });

  it('still refuses hostnames, other addresses and other ports', async () => {
    for (const host of [`evil.example:${wide.port}`, `192.0.2.8:${wide.port}`, '192.0.2.7:1', '192.0.2.7']) {
      expect((await request({ server: wide, path: '/api/recentList', body: '{}', host })).status, host).toBe(403);
    }
    expect(
      (await upgrade({ server: wide, host: `192.0.2.7:${wide.port}`, origin: 'http://evil.example' })).status,
    ).toBe(403);
  });

  it('a loopback-bound server takes none of them', async () => {
    expect((await request({ path: '/api/recentList', body: '{}', host: `192.0.2.7:${server.port}` })).status).toBe(403);
  });
});

describe("sessions: a page's jobs and indexes go with it", () => {
  const GRACE_MS = 300;
  let paged: RunningServer;
  let experiment: string;
  beforeAll(async () => {
    paged = await startWebServer({ port: 0, dataDir: path.join(dir, 'data-sessions'), sessionGraceMs: GRACE_MS });
    experiment = (await paged.backend.createSample({ dir: path.join(dir, 'sessions-exp'), n: 6000, d: 256, seed: 5 }))
      .path;
  });
  afterAll(() => paged.close());

  const api = async (method: string, body: unknown, session?: string) =>
    (
      await request({
        server: paged,
        path: `/api/${method}`,
        body: JSON.stringify(body),
        headers: session ? { 'x-rvc-session': session } : {},
      })
    ).json() as { ok: boolean; value?: never; error?: { code: string } };
  const socketFor = async (session?: string) => {
    const { opened, socket } = await upgrade({ server: paged, origin: `http://127.0.0.1:${paged.port}`, session });
    expect(opened).toBe(true);
    const messages: { type: string; event: Record<string, unknown> }[] = [];
    socket.on('message', (data: Buffer) => messages.push(JSON.parse(data.toString('utf8'))));
    return { socket, messages };
  };
  const closed = (socket: WebSocket) => new Promise((resolve) => (socket.once('close', resolve), socket.close()));
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const until = async (condition: () => boolean) => {
    for (let i = 0; i < 500 && !condition(); i++) await sleep(10);
  };
  const built = async (session?: string) =>
    ((await api('build', { experiment, factory: 'Flat' }, session)) as unknown as { value: { index_id: string } }).value
      .index_id;

  it('closing the page cancels its build and frees its indexes after the grace period', async () => {
    const page = await socketFor('page-one-aaaa');
    const bystander = await socketFor('page-bystander');
    const index = await built('page-one-aaaa');
    const slow = api('build', { experiment, factory: 'HNSW32', job_id: 'slow' }, 'page-one-aaaa');
    await until(() => page.messages.some((m) => m.event.job_id === 'slow'));
    // progress comes back under the page's own job id
    expect(page.messages.find((m) => m.type === 'progress' && m.event.job_id === 'slow')).toBeDefined();
    // and to that page only
    expect(bystander.messages.filter((m) => m.type === 'progress')).toEqual([]);
    await closed(bystander.socket);
    // nobody else can cancel it, by its name or by the engine's
    expect(await api('cancel', { job_id: 'slow' }, 'page-bystander')).toEqual({
      ok: true,
      value: { cancelled: false },
    });
    expect(await api('cancel', { job_id: 's-page-one-aaaa/slow' })).toEqual({ ok: true, value: { cancelled: false } });
    await closed(page.socket);
    expect(paged.backend.studio.hasIndex(index)).toBe(true);
    expect(await slow).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    await until(() => !paged.backend.studio.hasIndex(index));
    expect(paged.backend.studio.hasIndex(index)).toBe(false);
  });

  it('a page that reconnects within the grace period keeps everything', async () => {
    const first = await socketFor('page-two-bbbb');
    const index = await built('page-two-bbbb');
    await closed(first.socket);
    const again = await socketFor('page-two-bbbb');
    await sleep(GRACE_MS * 2);
    expect(paged.backend.studio.hasIndex(index)).toBe(true);
    await closed(again.socket);
  });

  it("a page cannot dispose another page's index; clients without a session keep the old behaviour", async () => {
    const owner = await socketFor('page-three-cccc');
    const index = await built('page-three-cccc');
    expect(await api('disposeIndex', { index_id: index }, 'page-four-dddd')).toEqual({
      ok: true,
      value: { disposed: false },
    });
    expect(await api('disposeIndex', { index_id: index })).toEqual({ ok: true, value: { disposed: false } });
    expect(paged.backend.studio.hasIndex(index)).toBe(true);
    // an index built without a session belongs to nobody: its socket closing frees nothing
    const anonymous = await socketFor();
    const loose = await built();
    await closed(anonymous.socket);
    await sleep(GRACE_MS * 2);
    expect(paged.backend.studio.hasIndex(loose)).toBe(true);
    expect(await api('disposeIndex', { index_id: loose })).toEqual({ ok: true, value: { disposed: true } });
    await closed(owner.socket);
  });

  it('tells every page when an engine worker crashed, naming the lost indexes', async () => {
    const page = await socketFor('page-five-eeee');
    const index = await built('page-five-eeee');
    await expect(paged.backend.studio.run('crash', {}, { indexId: index })).rejects.toMatchObject({
      code: 'ENGINE_CRASHED',
    });
    await until(() => page.messages.some((m) => m.type === 'engine-crash'));
    const crash = page.messages.find((m) => m.type === 'engine-crash');
    expect(crash?.event).toMatchObject({
      lost_indexes: expect.arrayContaining([index]),
      message: expect.stringContaining('stopped unexpectedly'),
    });
    expect(await api('evaluate', { index_id: index }, 'page-five-eeee')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await closed(page.socket);
  });
});
