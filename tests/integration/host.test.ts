import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { hostMessages } from '../../electron/host/messages';
import { createHostServer } from '../../electron/host/server';
import { type RunningHost, startHost } from '../../electron/host/start-host';
import { ipcMessages } from '../../electron/main/ipc/messages';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../shared/domain/settings';
import type { UnitListItem } from '../../shared/domain/units';
import { makeTempDir, resourcesDir } from '../support/temp-dir';
import { looksVietnamese } from '../support/vietnamese';

const TOKEN = 'test-token-0123456789abcdef';
const SECRET = 'SECRET-OUTSIDE-THE-STATIC-FOLDER';

let host: RunningHost;
let port: number;
let cleanup: () => void;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request: unlike fetch, it sends the path and Host header exactly as given. */
function request(method: string, rawPath: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: rawPath, headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const api = (channel: string, body: unknown, token: string | null = TOKEN) =>
  request('POST', `/api/${channel}`, {
    headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { Authorization: `Bearer ${token}` }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

let staticRoot = '';

beforeAll(async () => {
  const temp = makeTempDir('host');
  cleanup = temp.cleanup;
  const staticDir = path.join(temp.dir, 'static');
  staticRoot = staticDir;
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Thi đua</title><div id="root"></div>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("thi đua");');
  fs.writeFileSync(path.join(staticDir, 'assets', 'vendor-XX8keSBp.js'), 'export {};');
  fs.writeFileSync(path.join(temp.dir, 'secret.txt'), SECRET);
  host = await startHost({ dataDir: path.join(temp.dir, 'data'), resourcesDir, staticDir, port: 0, token: TOKEN, provinceCode: '62' });
  port = (host.server.address() as { port: number }).port;
});

afterAll(async () => {
  await host?.close();
  cleanup?.();
});

describe('browser host API', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect((host.server.address() as { address: string }).address).toBe('127.0.0.1');
    expect(host.url).toBe(`http://127.0.0.1:${port}/?token=${TOKEN}`);
  });

  it('answers a good call with 200 and {ok:true,data}, on the database seeded for province 62', async () => {
    const reply = await api('units.search', { query: 'dak ha', limit: 2 });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    const body = JSON.parse(reply.body) as { ok: true; data: UnitListItem[] };
    expect(body.ok).toBe(true);
    expect(body.data.map((u) => u.name)).toEqual(['Huyện Đắk Hà', 'Thị trấn Đắk Hà']);
    // The catalogue's 113 units and the 14 departments answering for the new-rural criteria.
    expect(host.context.services.units.list({ archived: 'all' })).toHaveLength(127);
  });

  it('accepts an empty body for channels whose input has defaults', async () => {
    const reply = await api('setup.status', '');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, data: { initialized: true } });
  });

  it('refuses a call without the token, or with a wrong one, with 403', async () => {
    for (const token of [null, 'wrong', `${TOKEN}x`, '']) {
      const reply = await api('units.search', { query: 'dak' }, token);
      expect(reply.status, String(token)).toBe(403);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const noBearer = await request('POST', '/api/units.search', { headers: { Authorization: TOKEN }, body: '{"query":"dak"}' });
    expect(noBearer.status).toBe(403);
  });

  it('refuses a write without the token and writes nothing', async () => {
    const before = host.context.services.units.list({ archived: 'all' }).length;
    const reply = await api('units.create', { name: 'Thôn Lạ', kind: 'village', adminType: 'Thôn', parentId: 5 }, 'wrong');
    expect(reply.status).toBe(403);
    expect(host.context.services.units.list({ archived: 'all' })).toHaveLength(before);
  });

  it('answers 404 for an unknown channel', async () => {
    const reply = await api('units.drop', {});
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: ipcMessages.unknownChannel('units.drop') } });
  });

  it('answers 400 for a body that is not JSON, and refuses it without the token', async () => {
    const reply = await api('units.search', '{"query": "dak"');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'VALIDATION', message: hostMessages.badJson } });
    expect((await api('units.search', '{"query": ', null)).status).toBe(403);
  });

  it('answers 400 with Vietnamese field messages for invalid input', async () => {
    const reply = await api('units.create', { name: '', kind: 'village', adminType: 'Thôn', parentId: 5, email: 'sai' });
    expect(reply.status).toBe(400);
    const body = JSON.parse(reply.body) as { ok: false; error: { code: string; fields: { path: string; message: string }[] } };
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.fields.map((f) => f.path).sort()).toEqual(['email', 'name']);
    for (const field of body.error.fields) expect(looksVietnamese(field.message)).toBe(true);
  });

  it('answers 409 for a CONFLICT (set-up already done)', async () => {
    const reply = await api('setup.initialize', {
      provinceCode: '62',
      operatorName: 'Ai đó',
      documentSettings: DEFAULT_DOCUMENT_SETTINGS,
    });
    expect(reply.status).toBe(409);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('takes POST only', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const reply = await request(method, '/api/units.search', { headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(reply.status, method).toBe(405);
      expect(JSON.parse(reply.body).error.message).toBe(hostMessages.postOnly);
    }
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `127.0.0.1.evil.example:${port}`]) {
      const reply = await request('POST', '/api/setup.status', {
        headers: { Host: hostHeader, Authorization: `Bearer ${TOKEN}` },
        body: '',
      });
      expect(reply.status, hostHeader).toBe(403);
      expect(JSON.parse(reply.body).error.message).toBe(hostMessages.badHost);
    }
    const local = await request('POST', '/api/setup.status', {
      headers: { Host: `localhost:${port}`, Authorization: `Bearer ${TOKEN}` },
      body: '',
    });
    expect(local.status).toBe(200);
  });
});

describe('browser host static files', () => {
  it('needs the token: refused without it', async () => {
    expect((await request('GET', '/')).status).toBe(403);
    expect((await request('GET', '/?token=wrong')).status).toBe(403);
    expect((await request('GET', '/assets/app.js', { headers: { Cookie: 'thidua_token=wrong' } })).status).toBe(403);
  });

  it('serves the page with ?token=, sets an HttpOnly same-site cookie and the CSP', async () => {
    const reply = await request('GET', `/?token=${TOKEN}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<div id="root"></div>');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    const cookie = String(reply.headers['set-cookie']);
    expect(cookie).toContain(`thidua_token=${TOKEN}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
  });

  it('serves assets with the cookie, and client routes fall back to index.html', async () => {
    const cookie = { Cookie: `other=1; thidua_token=${TOKEN}` };
    const asset = await request('GET', '/assets/app.js', { headers: cookie });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.body).toBe('console.log("thi đua");');
    const route = await request('GET', '/units/12', { headers: cookie });
    expect(route.status).toBe(200);
    expect(route.body).toContain('<div id="root"></div>');
    expect((await request('GET', '/assets/missing.js', { headers: cookie })).status).toBe(404);
  });

  it('lets the browser keep hashed build assets, and checks the page and unhashed files every time', async () => {
    const cookie = { Cookie: `thidua_token=${TOKEN}` };
    expect((await request('GET', '/assets/vendor-XX8keSBp.js', { headers: cookie })).headers['cache-control']).toBe(
      'private, max-age=31536000, immutable',
    );
    expect((await request('GET', '/assets/app.js', { headers: cookie })).headers['cache-control']).toBe('no-cache');
    expect((await request('GET', `/?token=${TOKEN}`)).headers['cache-control']).toBe('no-cache');
  });

  it('sends a hashed asset whole with its length, from memory after the first read; HEAD sends the length only', async () => {
    const cookie = { Cookie: `thidua_token=${TOKEN}` };
    const file = path.join(staticRoot, 'assets', 'chart-AbC12345.js');
    const content = `export const label = "Tổng quan";\n${'// biểu đồ\n'.repeat(20_000)}`;
    fs.writeFileSync(file, content);
    const first = await request('GET', '/assets/chart-AbC12345.js', { headers: cookie });
    expect(first.status).toBe(200);
    expect(first.body).toBe(content);
    expect(first.headers['content-length']).toBe(String(Buffer.byteLength(content)));
    // A hashed name never changes content in a build: the host keeps what it read.
    fs.writeFileSync(file, 'changed');
    expect((await request('GET', '/assets/chart-AbC12345.js', { headers: cookie })).body).toBe(content);
    const head = await request('HEAD', '/assets/chart-AbC12345.js', { headers: cookie });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(content)));
    expect(head.body).toBe('');
    // An unhashed file is read again each time, so a new build is picked up.
    const plain = path.join(staticRoot, 'assets', 'app.js');
    fs.writeFileSync(plain, 'console.log("bản mới");');
    expect((await request('GET', '/assets/app.js', { headers: cookie })).body).toBe('console.log("bản mới");');
  });

  it('refuses paths that leave the static folder, however they are encoded', async () => {
    const cookie = { Cookie: `thidua_token=${TOKEN}` };
    for (const rawPath of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%5c%2e%2e%5csecret.txt',
      '/../../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/secret.txt%00.js',
    ]) {
      const reply = await request('GET', rawPath, { headers: cookie });
      expect(reply.status, rawPath).not.toBe(200);
      expect(reply.body, rawPath).not.toContain(SECRET);
      expect(reply.body, rawPath).not.toContain('"devDependencies"');
    }
  });

  it('takes GET and HEAD only for files', async () => {
    expect((await request('POST', `/?token=${TOKEN}`)).status).toBe(405);
    const head = await request('HEAD', `/?token=${TOKEN}`);
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('startHost', () => {
  it('refuses an unknown THIDUA_PROVINCE with a Vietnamese message and frees the database', async () => {
    const temp = makeTempDir('host-bad');
    try {
      const dataDir = path.join(temp.dir, 'data');
      await expect(startHost({ dataDir, resourcesDir, port: 0, token: TOKEN, provinceCode: '00' })).rejects.toThrow(
        /THIDUA_PROVINCE=00: không có tỉnh nào mang mã này/,
      );
      // The database was closed: it can be opened again and is still not set up.
      const again = await startHost({ dataDir, resourcesDir, port: 0, token: TOKEN });
      expect(again.context.services.setup.isInitialized()).toBe(false);
      await again.close();
    } finally {
      temp.cleanup();
    }
  });
});

describe('request size limit', () => {
  it('answers 413 with a Vietnamese message when the body is over the limit, and runs nothing', async () => {
    const small = createHostServer({ handlers: host.context.handlers, token: TOKEN, maxBodyBytes: 1024 });
    await new Promise<void>((resolve) => small.listen(0, '127.0.0.1', resolve));
    const smallPort = (small.address() as { port: number }).port;
    try {
      const before = host.context.services.units.list({ archived: 'all' }).length;
      const body = JSON.stringify({ name: 'Thôn Lớn', kind: 'village', adminType: 'Thôn', parentId: 5, notes: 'x'.repeat(4000) });
      const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: smallPort,
            method: 'POST',
            path: '/api/units.create',
            headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
      expect(reply.status).toBe(413);
      expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'VALIDATION', message: hostMessages.tooLarge } });
      expect(host.context.services.units.list({ archived: 'all' })).toHaveLength(before);
    } finally {
      await new Promise<void>((resolve) => small.close(() => resolve()));
    }
  });
});
