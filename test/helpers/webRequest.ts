// One HTTP request to a browser-mode server, as a browser or a script would send it.
import http from 'node:http';
import type { RunningServer } from '../../main/web/server';

export interface Answer {
  status: number;
  body: string;
  json(): unknown;
}

export interface WebRequest {
  server: RunningServer;
  method?: string;
  path: string;
  host?: string;
  /** the token header's value; null sends none; default the server's own token */
  token?: string | null;
  body?: string | Buffer;
  headers?: Record<string, string>;
}

export function webRequest(options: WebRequest): Promise<Answer> {
  const target = options.server;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: target.port,
        method: options.method ?? 'POST',
        path: options.path,
        headers: {
          host: options.host ?? `127.0.0.1:${target.port}`,
          ...(options.token === null ? {} : { 'x-rvc-token': options.token ?? target.token }),
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
