import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';

import type { Envelope } from '../../shared/errors';
import { contentSecurityPolicy } from '../main/csp';
import type { HandlerMap } from '../main/ipc/types';
import { httpStatus, invokeChannel, type Logger } from '../main/ipc/wrapper';
import { hostMessages } from './messages';
import { resolveStaticFile } from './static-files';

export interface HostOptions {
  handlers: HandlerMap;
  token: string;
  /** Built renderer (dist/renderer); when absent only the API is served. */
  staticDir?: string;
  log?: Logger;
  /** Largest accepted request body (default 64 MiB: XLSX imports travel as base64). */
  maxBodyBytes?: number;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;
const COOKIE_NAME = 'thidua_token';

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(header: string | undefined): string | undefined {
  return header
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === COOKIE_NAME)?.[1];
}

function sendJson(res: http.ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function refuse(res: http.ServerResponse, status: number, message: string): void {
  sendJson(res, status, { ok: false, error: { code: status === 404 ? 'NOT_FOUND' : 'FORBIDDEN', message } });
}

class BodyTooLarge extends Error {}

/** Reads the body; past the limit it stops keeping chunks and rejects once the request has ended. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => (size > limit ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/**
 * The browser host: the built renderer and the same handlers as Electron's IPC, on 127.0.0.1 only.
 * Every request needs the token: API calls in the Authorization header, pages by ?token= once
 * (which sets a same-site cookie for the page's own assets).
 */
export function createHostServer(options: HostOptions): http.Server {
  const csp = contentSecurityPolicy(true);
  // A hashed asset never changes under its name: read once, then sent whole in one write. Streamed
  // from disk, a large chunk (the charts) took a turn of the event loop per 64 kB and waited behind
  // every channel call the screen made meanwhile.
  const assets = new Map<string, Buffer>();
  const server = http.createServer((req, res) => {
    void (async () => {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'no-referrer');
      // A page on another origin that resolves to 127.0.0.1 (DNS rebinding) carries a foreign Host header.
      if (!isAllowedHost(req.headers.host, server)) return refuse(res, 403, hostMessages.badHost);
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return refuse(res, 405, hostMessages.postOnly);
        const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
        const senderAllowed = sameToken(bearer, options.token);
        // Checked before the body is read: a caller without the token gets nothing else, not even a parse error.
        if (!senderAllowed) return refuse(res, 403, hostMessages.missingToken);
        const channel = url.pathname.slice('/api/'.length);
        let body: unknown = undefined;
        try {
          const text = await readBody(req, options.maxBodyBytes ?? MAX_BODY_BYTES);
          body = text.trim() === '' ? undefined : JSON.parse(text);
        } catch (error) {
          if (error instanceof BodyTooLarge)
            return sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', message: hostMessages.tooLarge } });
          return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: hostMessages.badJson } });
        }
        const envelope = await invokeChannel(channel, body, {
          handlers: options.handlers,
          senderAllowed,
          context: { transport: 'host' },
          log: options.log,
        });
        return sendJson(res, envelope.ok ? 200 : httpStatus(envelope.error.code), envelope);
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, hostMessages.getOnly);
      const queryToken = url.searchParams.get('token') ?? undefined;
      const viaQuery = sameToken(queryToken, options.token);
      if (!viaQuery && !sameToken(cookieToken(req.headers.cookie), options.token)) return refuse(res, 403, hostMessages.missingToken);
      if (!options.staticDir) return refuse(res, 404, hostMessages.noRenderer);
      const found = resolveStaticFile(options.staticDir, url.pathname);
      if (!found) return refuse(res, 404, hostMessages.notFound);
      const hashed = /^\/assets\/.+-[\w-]{8}\.(js|css)$/.test(url.pathname);
      const headers: Record<string, string> = {
        'Content-Type': found.contentType,
        'Content-Security-Policy': csp,
        // Built assets carry a content hash in their name: a reload takes them from the cache without asking.
        // index.html (and anything unhashed) is checked every time, so a new build is picked up.
        'Cache-Control': hashed ? 'private, max-age=31536000, immutable' : 'no-cache',
      };
      if (viaQuery) headers['Set-Cookie'] = `${COOKIE_NAME}=${options.token}; HttpOnly; SameSite=Strict; Path=/`;
      if (!hashed) {
        res.writeHead(200, headers);
        if (req.method === 'HEAD') return res.end();
        return void fs.createReadStream(found.file).pipe(res);
      }
      let content = assets.get(found.file);
      if (!content) assets.set(found.file, (content = await fs.promises.readFile(found.file)));
      res.writeHead(200, { ...headers, 'Content-Length': String(content.length) });
      res.end(req.method === 'HEAD' ? undefined : content);
    })().catch((error: unknown) => {
      options.log?.('Host request failed', error);
      if (!res.headersSent) refuse(res, 500, hostMessages.internal);
      else res.end();
    });
  });
  return server;
}

/** Only our own loopback names with the port we listen on (known only after listen when port is 0). */
function isAllowedHost(host: string | undefined, server: http.Server): boolean {
  const address = server.address();
  if (!host || typeof address !== 'object' || !address) return false;
  return host === `127.0.0.1:${address.port}` || host === `localhost:${address.port}`;
}
