// Browser mode (`npm run web`): the same renderer and Backend over HTTP + WebSocket, for RVC
// users on remote GPU boxes (through an SSH tunnel) and for the end-to-end tests.
// Security: bound to 127.0.0.1; every /api/ request needs the random token (401);
// a Host header other than the loopback address and port is refused (403, DNS rebinding);
// WebSocket upgrades check the Origin as well. No request can take the server down: bad input
// gets a 4xx (a body over 1 MiB a 413), anything unexpected a 500 (logged to stderr). Each page's jobs and indexes go
// with it when it closes (sessions.ts).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { API_PREFIX, EVENTS_PATH, SESSION_HEADER, SESSION_PARAM, TOKEN_HEADER, TOKEN_PARAM } from '../../app/client';
import { Backend, dispatch } from '../backend';
import { appError, toErrorInfo } from '../../app/errors';
import { refuse, type Dispatch } from '../jobOwners';
import { rendererDir } from '../paths';
import { parseSessionId, WebSessions } from './sessions';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
const MAX_BODY = 1 << 20;
/** A body above MAX_BODY is read and dropped up to this size, so the client reads its 413 rather
 *  than a connection reset; past it the connection is cut. */
const DRAIN_LIMIT = 64 << 20;
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws: wss:; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export interface WebServerOptions {
  port: number;
  host?: string;
  dataDir?: string;
  token?: string;
  /** how long a page's jobs and indexes outlive its last WebSocket (default 10 s) */
  sessionGraceMs?: number;
  /** the API calls' boundary; the Backend's dispatch unless a test injects failures */
  dispatch?: Dispatch;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  backend: Backend;
  close(): Promise<void>;
}

/** Compares bytes, not characters: a header decodes as latin1, so a non-ASCII token of the right
 *  length in characters has another length in UTF-8 bytes (timingSafeEqual throws on that). */
function sameToken(given: string | undefined | null, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

class BodyTooLarge extends Error {}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    let over = Number(request.headers['content-length'] ?? 0) > MAX_BODY;
    if (over) reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (!over && size > MAX_BODY) {
        over = true;
        chunks.length = 0;
        reject(new BodyTooLarge());
      }
      if (!over) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) request.destroy();
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  response.end(JSON.stringify(body));
}

function sendText(response: http.ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
  response.end(text);
}

function serveStatic(root: string, urlPath: string, response: http.ServerResponse): void {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return sendText(response, 400, 'bad request: malformed percent-encoding');
  }
  const file = path.join(root, path.normalize(relative));
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile())
    return sendText(response, 404, 'not found');
  response.writeHead(200, {
    'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
    ...SECURITY_HEADERS,
  });
  // a file that vanished or cannot be read after the check: an unhandled stream error would end the process
  fs.createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];
const WILDCARD_ADDRESSES = new Set(['0.0.0.0', '::']);
const hostWithPort = (host: string, port: number) => (host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`);

/** The Host header values that name this server: the loopback names, the bound address, and —
 *  bound to every interface (`--host 0.0.0.0` on a LAN or remote GPU box) — each of this
 *  machine's interface addresses, which is what a browser on another machine sends. Hostnames
 *  stay refused: a DNS-rebinding page's Host is the attacker's domain. Looked up per request, as
 *  addresses come and go (DHCP, VPN). */
function allowedHosts(bound: string, port: number): Set<string> {
  const names = new Set([...LOOPBACK_NAMES, bound]);
  if (WILDCARD_ADDRESSES.has(bound))
    for (const addresses of Object.values(os.networkInterfaces()))
      for (const { address } of addresses ?? []) names.add(address);
  return new Set([...names].map((name) => hostWithPort(name, port)));
}

// the path only: a page's URL carries the token in its query
const logFailure = (request: http.IncomingMessage, error: unknown) =>
  process.stderr.write(
    `web: ${request.method} ${(request.url ?? '').split('?')[0]} failed: ${(error as Error)?.stack ?? String(error)}\n`,
  );

export async function startWebServer(options: WebServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const backend = new Backend({ dataDir: options.dataDir ?? path.join(os.homedir(), '.rvc-index-studio') });
  const call: Dispatch = options.dispatch ?? ((method, request) => dispatch(backend, method, request));
  const sessions = new WebSessions<WebSocket>(backend, options.sessionGraceMs);
  const root = rendererDir();
  const sockets = new Set<WebSocket>();
  let port = options.port;
  const knownHost = (value: string | undefined) => allowedHosts(host, port).has((value ?? '').toLowerCase());
  const knownOrigin = (value: string | undefined) =>
    value?.startsWith('http://') === true && knownHost(value.slice('http://'.length));

  const handle = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://placeholder');
    if (!knownHost(request.headers.host)) return sendJson(response, 403, refuse('host'));
    if (!url.pathname.startsWith(API_PREFIX)) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, refuse('method'));
      return serveStatic(root, url.pathname, response);
    }
    if (!sameToken(request.headers[TOKEN_HEADER] as string | undefined, token))
      return sendJson(response, 401, refuse('token'));
    if (request.method !== 'POST') return sendJson(response, 405, refuse('post'));
    const session = parseSessionId(request.headers[SESSION_HEADER]);
    if (session === null) return sendJson(response, 400, refuse('session', { header: SESSION_HEADER }));
    let body: unknown;
    try {
      const text = await readBody(request);
      body = text.length === 0 ? {} : JSON.parse(text);
    } catch (error) {
      if (error instanceof BodyTooLarge) return sendJson(response, 413, refuse('too_large', { limit: MAX_BODY }));
      return sendJson(response, 400, refuse('body', { detail: (error as Error).message }));
    }
    sendJson(response, 200, await sessions.call(session ?? null, url.pathname.slice(API_PREFIX.length), body, call));
  };

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logFailure(request, error);
      if (!response.headersSent)
        sendJson(response, 500, {
          ok: false,
          error: toErrorInfo(appError('INTERNAL', 'web_internal')),
        });
      else response.destroy();
    });
  });

  // the page sends nothing over the socket: it only listens
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const accept = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://placeholder');
    const deny = (status: number, text: string) => {
      socket.write(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\n\r\n`);
      socket.destroy();
    };
    if (url.pathname !== EVENTS_PATH) return deny(404, 'Not Found');
    if (!knownHost(request.headers.host) || !knownOrigin(request.headers.origin)) return deny(403, 'Forbidden');
    if (!sameToken(url.searchParams.get(TOKEN_PARAM), token)) return deny(401, 'Unauthorized');
    const session = parseSessionId(url.searchParams.get(SESSION_PARAM));
    if (session === null) return deny(400, 'Bad Request');
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      if (session !== undefined) sessions.attach(session, ws);
      // e.g. a malformed frame: ws closes the socket; an 'error' without a listener would throw
      ws.on('error', () => undefined);
      ws.on('close', () => {
        sockets.delete(ws);
        if (session !== undefined) sessions.detach(session, ws);
      });
    });
  };
  server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    try {
      accept(request, socket, head);
    } catch (error) {
      logFailure(request, error);
      socket.destroy();
    }
  });

  const send = (targets: Iterable<WebSocket>, message: unknown) => {
    const text = JSON.stringify(message);
    for (const ws of targets) if (ws.readyState === ws.OPEN) ws.send(text);
  };
  backend.onProgress((progress) => {
    // a page's job goes to that page only, under the id the page gave it
    const { owner, event } = sessions.jobs.route(progress);
    send(owner === null ? sockets : sessions.socketsOf(owner), { type: 'progress', event });
  });
  backend.onPoints((event) => {
    const owner = sessions.jobs.routePoints(event);
    send(owner === null ? sockets : sessions.socketsOf(owner), { type: 'points', event });
  });
  backend.onEngineCrash((crash) => {
    process.stderr.write(`engine crashed: ${crash.message}\n`);
    sessions.jobs.dropIndexes(crash.lost_indexes);
    send(sockets, { type: 'engine-crash', event: crash });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  port = (server.address() as { port: number }).port;
  return {
    url: `http://${hostWithPort(host, port)}/?${TOKEN_PARAM}=${token}`,
    port,
    token,
    backend,
    close: async () => {
      sessions.close();
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await backend.shutdown();
    },
  };
}
