import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export interface HostProcess {
  base: string;
  token: string;
  child: ChildProcess;
  /** Milliseconds from spawn to the first answered channel call. */
  firstAnswerMs: number;
  stop(): Promise<void>;
}

const TOKEN = 'bench-token-0123456789abcdef';

async function firstAnswer(base: string, token: string, deadline: number): Promise<void> {
  while (performance.now() < deadline) {
    try {
      const reply = await fetch(`${base}/api/setup.status`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      if (reply.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the host gave no answer in time');
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

/** Waits for the line naming the address (host: "http://127.0.0.1:PORT/..."; bare server: "PORT n"). */
function addressOf(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`no address printed in ${timeoutMs} ms: ${buffer.slice(-300)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = pattern.exec(buffer);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (buffer += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${buffer.slice(-300)}`)));
  });
}

/** The built browser host (dist/host/host.cjs) on a data folder, as `npm run start:browser` runs it. */
export async function startHostProcess(repoRoot: string, dataDir: string): Promise<HostProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist/host/host.cjs')], {
    cwd: repoRoot,
    env: { ...process.env, THIDUA_DATA_DIR: dataDir, THIDUA_PORT: '0', THIDUA_TOKEN: TOKEN, THIDUA_PROVINCE: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await addressOf(child, /http:\/\/127\.0\.0\.1:(\d+)\//, 120_000);
  const base = `http://127.0.0.1:${port}`;
  await firstAnswer(base, TOKEN, performance.now() + 120_000);
  return { base, token: TOKEN, child, firstAnswerMs: performance.now() - started, stop: stopper(child) };
}

async function callHost<T>(host: HostProcess, channel: string): Promise<T> {
  const reply = await fetch(`${host.base}/api/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: '{}',
  });
  const envelope = (await reply.json()) as { ok: boolean; data: T };
  if (!envelope.ok) throw new Error(`${channel} refused`);
  return envelope.data;
}

/**
 * Waits for the backup the app makes when it starts (a copy of the whole file, then an integrity
 * check of the copy on a worker thread) and answers how long after the first answer it ended. Screens
 * are measured after it: nationally it keeps both cores busy for some twenty seconds after every start.
 */
export async function waitForStartBackup(host: HostProcess, timeoutMs = 600_000): Promise<number> {
  const started = performance.now();
  // A folder opened before (a probe's copy) already lists an earlier start's backup: only this start's counts.
  const before = new Set(
    (await callHost<{ id: string; reason: string }[]>(host, 'backups.list')).filter((e) => e.reason === 'start').map((e) => e.id),
  );
  while (performance.now() - started < timeoutMs) {
    const [entries, progress] = await Promise.all([
      callHost<{ id: string; reason: string }[]>(host, 'backups.list'),
      callHost<{ operation: string | null }>(host, 'backups.progress'),
    ]);
    if (progress.operation === null && entries.some((entry) => entry.reason === 'start' && !before.has(entry.id)))
      return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the start-up backup did not end in time');
}

const BARE_SERVER = `
const http = require('node:http');
const server = http.createServer((req, res) => { res.setHeader('Content-Type', 'application/json'); res.end('{"ok":true,"data":{}}'); });
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

/** The baseline: a bare Node HTTP server answering the same request. */
export async function bareServerFirstAnswer(): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', BARE_SERVER], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const port = await addressOf(child, /PORT (\d+)/, 30_000);
    await firstAnswer(`http://127.0.0.1:${port}`, TOKEN, performance.now() + 30_000);
    return performance.now() - started;
  } finally {
    await stopper(child)();
  }
}
