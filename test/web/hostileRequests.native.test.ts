// Requests an attacker (or a broken client) sends to browser mode: a token with non-ASCII
// characters and bodies above the 1 MiB limit get their 4xx, nothing is logged as a failure, and
// the server keeps answering.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startWebServer, type RunningServer } from '../../main/web/server';
import { tempDir } from '../helpers/tmp';
import { webRequest } from '../helpers/webRequest';

let server: RunningServer;
const logged: string[] = [];

beforeAll(async () => {
  server = await startWebServer({ port: 0, dataDir: path.join(tempDir('rvc-web-hostile-'), 'data') });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (logged.push(String(chunk)), true));
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server.close();
});

const stillServing = async () =>
  expect((await webRequest({ server, path: '/api/recentList', body: '{}' })).status).toBe(200);

describe('hostile requests in browser mode', () => {
  it('a non-ASCII token of any length gets 401, not a 500, and nothing is logged', async () => {
    const length = server.token.length;
    // latin1 bytes in a header: one character each, two bytes each in UTF-8
    for (const token of ['é'.repeat(length), 'é' + server.token.slice(1), 'ÿ'.repeat(length / 2), 'ü', '']) {
      const answer = await webRequest({ server, path: '/api/recentList', body: '{}', token });
      expect(answer.status, JSON.stringify(token)).toBe(401);
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
    // raw UTF-8 bytes in the header, as a non-Node client would send them
    const utf8 = Buffer.from('ü'.repeat(length / 2)).toString('latin1');
    expect((await webRequest({ server, path: '/api/recentList', body: '{}', token: utf8 })).status).toBe(401);
    expect(logged.join('')).not.toMatch(/failed|RangeError/);
    await stillServing();
  });

  it('a body over 1 MiB gets 413 with a JSON error, sent or declared, and the server lives on', async () => {
    const big = `{"path":"${'a'.repeat(2 << 20)}"}`;
    const answer = await webRequest({ server, path: '/api/listDir', body: big });
    expect(answer.status).toBe(413);
    expect(answer.json()).toEqual({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/too large.*1048576 bytes/),
        reason: { code: 'request_refused', params: { why: 'too_large', limit: 1 << 20 } },
      },
    });
    // exactly at the limit is read (and then refused for its content, not its size)
    const atLimit = `{"path":"${'a'.repeat((1 << 20) - 11)}"}`;
    expect(Buffer.byteLength(atLimit)).toBe(1 << 20);
    expect((await webRequest({ server, path: '/api/listDir', body: atLimit })).status).toBe(200);
    // a Content-Length above the limit is answered before the body is read
    const declared = await webRequest({
      server,
      path: '/api/listDir',
      body: big,
      headers: { 'content-length': String(Buffer.byteLength(big)) },
    });
    expect(declared.status).toBe(413);
    expect(logged.join('')).not.toMatch(/failed/);
    await stillServing();
  });
});
