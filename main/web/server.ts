// Browser mode (`npm run web`): the same renderer and Backend over HTTP + WebSocket, for RVC
// users on remote GPU boxes (through an SSH tunnel) and for the end-to-end tests.
// Security (DESIGN §2): bound to 127.0.0.1; every /api/ request needs the random token (401);
// a Host header other than the loopback address and port is refused (403, DNS rebinding);
// WebSocket upgrades check the Origin as well.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { API_PREFIX, EVENTS_PATH, TOKEN_HEADER, TOKEN_PARAM } from '../../app/client';
import { Backend, dispatch } from '../backend';
import { rendererDir } from '../paths';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2',
};
const MAX_BODY = 1 << 20;
const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws: wss:; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export interface WebServerOptions {
  port: number;
  host?: string;
  dataDir?: string;
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  backend: Backend;
  close(): Promise<void>;
}

const sameToken = (given: string | undefined | null, token: string) =>
  typeof given === 'string' && given.length === token.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(token));

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...SECURITY_HEADERS });
  response.end(JSON.stringify(body));
}

function serveStatic(root: string, urlPath: string, response: http.ServerResponse): void {
  const relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  const file = path.join(root, path.normalize(relative));
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    response.writeHead(404, SECURITY_HEADERS);
    response.end('not found');
    return;
  }
  response.writeHead(200, { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream', ...SECURITY_HEADERS });
  fs.createReadStream(file).pipe(response);
}

export async function startWebServer(options: WebServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const backend = new Backend({ dataDir: options.dataDir ?? path.join(os.homedir(), '.rvc-index-studio') });
  const root = rendererDir();
  const sockets = new Set<WebSocket>();
  let port = options.port;
  const allowedHosts = () => new Set([`${host}:${port}`, `127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([...allowedHosts()].map((h) => `http://${h}`));

  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://placeholder');
    if (!allowedHosts().has(request.headers.host ?? '')) return sendJson(response, 403, { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'forbidden host' } });
    if (!url.pathname.startsWith(API_PREFIX)) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'method not allowed' } });
      return serveStatic(root, url.pathname, response);
    }
    if (!sameToken(request.headers[TOKEN_HEADER] as string | undefined, token)) return sendJson(response, 401, { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'missing or wrong token' } });
    if (request.method !== 'POST') return sendJson(response, 405, { ok: false, error: { code: 'INVALID_ARGUMENT', message: 'use POST' } });
    let body: unknown;
    try {
      const text = await readBody(request);
      body = text.length === 0 ? {} : JSON.parse(text);
    } catch (error) {
      return sendJson(response, 400, { ok: false, error: { code: 'INVALID_ARGUMENT', message: `bad request body: ${(error as Error).message}` } });
    }
    sendJson(response, 200, await dispatch(backend, url.pathname.slice(API_PREFIX.length), body));
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://placeholder');
    const refuse = (status: number, text: string) => {
      socket.write(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\n\r\n`);
      socket.destroy();
    };
    if (url.pathname !== EVENTS_PATH) return refuse(404, 'Not Found');
    if (!allowedHosts().has(request.headers.host ?? '') || !allowedOrigins().has(request.headers.origin ?? '')) return refuse(403, 'Forbidden');
    if (!sameToken(url.searchParams.get(TOKEN_PARAM), token)) return refuse(401, 'Unauthorized');
    wss.handleUpgrade(request, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
    });
  });
  backend.onProgress((event) => {
    const message = JSON.stringify({ type: 'progress', event });
    for (const ws of sockets) ws.send(message);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  port = (server.address() as { port: number }).port;
  return {
    url: `http://${host}:${port}/?${TOKEN_PARAM}=${token}`,
    port,
    token,
    backend,
    close: async () => {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await backend.shutdown();
    },
  };
}
