import fs from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createAppContext } from '../../electron/main/app-context';
import { DamagedDatabaseError, DATABASE_FILE_NAME } from '../../electron/main/db/connection';
import { newestRestorableBackup, restoreAtStartup } from '../../electron/main/startup-recovery';
import { documentSettingsFor } from '../../shared/domain/settings';
import { dumpDatabase } from '../support/db-dump';
import { makeTempDir, resourcesDir } from '../support/temp-dir';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function dataDir(): string {
  const { dir, cleanup } = makeTempDir('recovery');
  cleanups.push(cleanup);
  return dir;
}

const open = (dir: string) => createAppContext({ dataDir: dir, resourcesDir });

/** A set-up database with one backup (and a second, newer one when asked); returns the dump at the first backup. */
async function withBackups(dir: string, second = false) {
  const ctx = open(dir);
  ctx.services.setup.initialize({ provinceCode: '62', operatorName: 'Văn thư', documentSettings: documentSettingsFor('Tỉnh Kon Tum') });
  const first = await ctx.services.backups.create('manual');
  const dump = dumpDatabase(ctx.db);
  const newer = second ? await ctx.services.backups.create('daily') : null;
  ctx.close();
  return { first, newer, dump };
}

describe('start-up with a database that cannot be used', () => {
  it('an empty file is refused as damaged; the newest sound backup is offered and put in place, the bad file kept aside', async () => {
    const dir = dataDir();
    const { first, dump } = await withBackups(dir);
    const file = path.join(dir, DATABASE_FILE_NAME);
    fs.writeFileSync(file, '');
    expect(() => open(dir)).toThrow(DamagedDatabaseError);

    expect(newestRestorableBackup(dir)?.id).toBe(first.id);
    const aside = restoreAtStartup(dir, first.id, new Date('2026-11-30T09:00:00Z'));
    expect(aside).toBe(`${file}.hong-20261130T090000`);
    expect(fs.statSync(aside).size).toBe(0);

    const ctx = open(dir);
    try {
      expect(dumpDatabase(ctx.db)).toEqual(dump);
    } finally {
      ctx.close();
    }
  });

  it('skips a backup whose copy is damaged and offers the one before it', async () => {
    const dir = dataDir();
    const { first, newer } = await withBackups(dir, true);
    if (!newer) throw new Error('no second backup');
    const copy = path.join(dir, 'backups', newer.id, 'thidua.sqlite');
    const bytes = fs.readFileSync(copy);
    for (let i = 4096; i < bytes.length; i++) bytes[i] = 0x5a;
    fs.writeFileSync(copy, bytes);
    expect(newestRestorableBackup(dir)?.id).toBe(first.id);
    expect(() => restoreAtStartup(dir, newer.id)).toThrow(/Không có bản sao lưu/u);
    // Nothing was moved by the refused restore.
    expect(fs.readdirSync(dir).filter((name) => name.includes('.hong-'))).toEqual([]);
  });

  it('a data folder without backups offers none', () => {
    expect(newestRestorableBackup(dataDir())).toBeNull();
  });
});
