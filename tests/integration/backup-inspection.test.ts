import fs from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { closeDatabase, openDatabase } from '../../electron/main/db/connection';
import { INSPECT_WORKER_FILE, inspectCopy, inspectOffThread } from '../../electron/main/db/repositories/backups';
import { makeTempDir, repoRoot } from '../support/temp-dir';

const WORKER = path.join(repoRoot, 'dist', 'host', INSPECT_WORKER_FILE);

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  if (!fs.existsSync(WORKER)) throw new Error(`Chưa có ${WORKER}: hãy chạy "npm run build" trước (npm test làm việc này).`);
  ({ dir, cleanup } = makeTempDir('backup-inspection'));
});
afterEach(() => cleanup());

/** A copy of an app database with rows in it, as a backup leaves one (no WAL beside it). */
async function copyOfAppDatabase(): Promise<string> {
  const live = path.join(dir, 'live');
  const db = openDatabase(live);
  db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO filler (text) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 3000; i++) insert.run(`dòng ${i} `.repeat(8));
  })();
  const copy = path.join(dir, 'copy.sqlite');
  await db.backup(copy);
  closeDatabase(db);
  return copy;
}

describe('reading a backup copy off the main thread (the built worker)', () => {
  it('answers what the same reading on this thread answers', async () => {
    const copy = await copyOfAppDatabase();
    const offThread = await inspectOffThread(copy, WORKER);
    expect(offThread.integrity).toBe('ok');
    expect(offThread.schemaVersion).toBeGreaterThan(0);
    expect(offThread).toEqual(inspectCopy(copy));
  });

  it('takes the answer from the worker, not from a reading on this thread', async () => {
    const copy = await copyOfAppDatabase();
    const standIn = path.join(dir, 'stand-in-worker.cjs');
    fs.writeFileSync(
      standIn,
      "const { parentPort, workerData } = require('node:worker_threads');\n" +
        "parentPort.postMessage({ integrity: 'đọc ở luồng phụ: ' + require('node:path').basename(workerData.file), schemaVersion: 0, figures: [], documentFiles: [], attachmentHashes: [] });\n",
    );
    expect((await inspectOffThread(copy, standIn)).integrity).toBe('đọc ở luồng phụ: copy.sqlite');
  });

  it('reports a damaged copy as damaged', async () => {
    const copy = await copyOfAppDatabase();
    const content = fs.readFileSync(copy);
    for (let i = content.length - 6 * 4096; i < content.length; i++) content[i] = 0x5a;
    fs.writeFileSync(copy, content);
    const result = await inspectOffThread(copy, WORKER);
    expect(result.integrity).not.toBe('ok');
    expect(result.figures).toEqual([]);
  });

  it('falls back to this thread when the worker cannot run', async () => {
    const copy = await copyOfAppDatabase();
    const broken = path.join(dir, 'broken-worker.cjs');
    fs.writeFileSync(broken, "throw new Error('không chạy được');\n");
    expect((await inspectOffThread(copy, broken)).integrity).toBe('ok');
    expect((await inspectOffThread(copy, path.join(dir, 'missing.cjs'))).integrity).toBe('ok');
  });
});
