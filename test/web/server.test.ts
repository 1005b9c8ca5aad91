// Browser mode's security rules (DESIGN §2) and transport, against the real server: token (401),
// loopback Host only (403, DNS rebinding), WebSocket Origin check, POST-only API, JSON envelopes.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebServer, type RunningServer } from '../../main/web/server';
import { tempDir } from '../helpers/tmp';

let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = tempDir('rvc-web-');
  server = await startWebServer({ port: 0, dataDir: path.join(dir, 'data') });
});
afterAll(() => server.close());

interface Answer {
  status: number;
  body: string;
  json(): unknown;
}

function request(options: { method?: string; path: string; host?: string; token?: string | null; body?: string; headers?: Record<string, string> }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'POST',
        path: options.path,
        headers: {
          host: options.host ?? `127.0.0.1:${server.port}`,
          ...(options.token === null ? {} : { 'x-rvc-token': options.token ?? server.token }),
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, json: () => JSON.parse(body) }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function upgrade(options: { origin?: string; host?: string; token?: string }): Promise<{ opened: boolean; status: number | null; socket: WebSocket }> {
  const token = options.token ?? server.token;
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/api/events?token=${encodeURIComponent(token)}`, {
      headers: { ...(options.origin !== undefined ? { origin: options.origin } : {}), host: options.host ?? `127.0.0.1:${server.port}` },
    });
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
    expect((await request({ path: '/api/recentList', body: '{}', token: 'x'.repeat(server.token.length) })).status).toBe(401);
    expect((await request({ path: '/api/recentList', body: '{}', token: 'short' })).status).toBe(401);
  });

  it('refuses a foreign Host header with 403 (DNS rebinding), even with the token', async () => {
    expect((await request({ path: '/api/recentList', body: '{}', host: `evil.example:${server.port}` })).status).toBe(403);
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
    expect(unknown.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.stringContaining('rmrf') } });
    const missing = await request({ path: '/api/listDir', body: '{}' });
    expect(missing.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'path' } });
    const extra = await request({ path: '/api/recentList', body: '{"x":1}' });
    expect(extra.json()).toMatchObject({ ok: false });
  });

  it('lists only the folder asked for (the browser-mode path field)', async () => {
    fs.mkdirSync(path.join(dir, 'exp', '3_feature768'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'exp', 'added.index'), '');
    fs.writeFileSync(path.join(dir, 'exp', '.hidden'), '');
    const answer = (await request({ path: '/api/listDir', body: JSON.stringify({ path: path.join(dir, 'exp') }) })).json() as { ok: true; value: { entries: unknown[]; parent: string } };
    expect(answer.value.entries).toEqual([{ name: '3_feature768', kind: 'dir' }, { name: 'added.index', kind: 'index' }]);
    expect(answer.value.parent).toBe(dir);
    const missing = (await request({ path: '/api/listDir', body: JSON.stringify({ path: path.join(dir, 'nope') }) })).json();
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('remembers recent experiments in the data folder', async () => {
    const added = (await request({ path: '/api/recentAdd', body: JSON.stringify({ kind: 'experiment', path: path.join(dir, 'exp') }) })).json();
    expect(added).toEqual({ ok: true, value: { experiments: [path.join(dir, 'exp')], indexes: [] } });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'data', 'recent.json'), 'utf8')).experiments).toEqual([path.join(dir, 'exp')]);
  });

  it('serves no file outside the renderer folder', async () => {
    for (const probe of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/assets/../../package.json']) {
      const answer = await request({ method: 'GET', path: probe, token: null });
      expect(answer.status, probe).toBe(404);
    }
  });

  it('sends security headers with the page', async () => {
    const answer = await new Promise<http.IncomingMessage>((resolve) =>
      http.get({ host: '127.0.0.1', port: server.port, path: '/nothing-here', headers: { host: `127.0.0.1:${server.port}` } }, resolve),
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
    expect((await upgrade({ origin: `http://127.0.0.1:${server.port}`, host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await upgrade({ origin: `http://127.0.0.1:${server.port}`, token: 'wrong' })).status).toBe(401);
  });
});
