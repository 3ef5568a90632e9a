import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

import { DATABASE_FILE_NAME } from '../../electron/main/db/connection';
import { makeTempDir, repoRoot } from '../support/temp-dir';

/**
 * The real browser host, killed with SIGKILL while it writes: every write it acknowledged must be in
 * the database afterwards, whole (the unit and its audit row), and the file must stay sound.
 */
const HOST = path.join(repoRoot, 'dist', 'host', 'host.cjs');
const KILLS = 50;
const temp = makeTempDir('crash');
afterAll(() => temp.cleanup());

interface Host {
  child: ChildProcess;
  url: URL;
  token: string;
}

function startHost(dataDir: string, province: boolean): Promise<Host> {
  if (!fs.existsSync(HOST)) throw new Error(`Chưa có ${HOST}: hãy chạy "npm run build" trước (npm test làm việc này).`);
  const token = randomBytes(12).toString('base64url');
  const env = { ...process.env, THIDUA_DATA_DIR: dataDir, THIDUA_PORT: '0', THIDUA_TOKEN: token, THIDUA_PROVINCE: province ? '62' : '' };
  const child = spawn(process.execPath, [HOST], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not start\n${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)\S*/u.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: new URL(match[1]), token });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited (${code})\n${output}`));
    });
  });
}

async function call(host: Host, channel: string, input: unknown): Promise<{ ok: boolean; data?: unknown }> {
  const reply = await fetch(new URL(`/api/${channel}`, host.url), {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await reply.json()) as { ok: boolean; data?: unknown };
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));

describe('crash safety of acknowledged writes', () => {
  it(`${KILLS} SIGKILLs during writes lose no acknowledged write and leave no half-write`, { timeout: 600_000 }, async () => {
    const dataDir = path.join(temp.dir, 'data');
    const acknowledged: string[] = [];
    let parentId = 0;
    for (let round = 0; round < KILLS; round++) {
      const host = await startHost(dataDir, round === 0);
      if (round === 0) {
        const found = await call(host, 'units.search', { query: 'Thị trấn Đắk Hà', limit: 1 });
        parentId = (found.data as { id: number }[])[0].id;
      }
      // Writes one after another until the kill; a reply received is an acknowledgement.
      let stop = false;
      let thisRound = 0;
      const writer = (async () => {
        for (let n = 0; !stop; n++) {
          const name = `Thôn Thử ${round}-${n}`;
          try {
            const reply = await call(host, 'units.create', { name, kind: 'village', adminType: 'Thôn', parentId });
            if (reply.ok) {
              acknowledged.push(name);
              thisRound++;
            }
          } catch {
            return; // the connection died with the process
          }
        }
      })();
      // The kill lands at a random point of a later write: after 1-6 acknowledged ones and a few milliseconds.
      const target = 1 + Math.floor(Math.random() * 6);
      const started = Date.now();
      while (thisRound < target && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 2));
      await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 15)));
      host.child.kill('SIGKILL');
      stop = true;
      await killed(host.child);
      await writer;
    }

    expect(acknowledged.length).toBeGreaterThan(KILLS);
    const db = new Database(path.join(dataDir, DATABASE_FILE_NAME));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = db.prepare("SELECT id, name FROM units WHERE name LIKE 'Thôn Thử %'").all() as { id: number; name: string }[];
      const names = new Set(stored.map((unit) => unit.name));
      expect(acknowledged.filter((name) => !names.has(name))).toEqual([]);
      expect(stored.length).toBe(names.size);
      // Whole writes only: every unit has its audit row, and no audit row lacks its unit.
      const unaudited = db
        .prepare(
          "SELECT COUNT(*) AS n FROM units u WHERE u.name LIKE 'Thôn Thử %' AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'unit' AND a.entity_id = u.id AND a.action = 'create')",
        )
        .get() as { n: number };
      expect(unaudited.n).toBe(0);
      const orphaned = db
        .prepare(
          "SELECT COUNT(*) AS n FROM audit_log a WHERE a.entity = 'unit' AND a.action = 'create' AND NOT EXISTS (SELECT 1 FROM units u WHERE u.id = a.entity_id)",
        )
        .get() as { n: number };
      expect(orphaned.n).toBe(0);
      console.log(`crash test: ${KILLS} kills, ${acknowledged.length} acknowledged writes, ${stored.length} stored, 0 lost`);
    } finally {
      db.close();
    }
  });
});
