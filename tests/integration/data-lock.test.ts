import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createAppContext } from '../../electron/main/app-context';
import { LOCK_FILE_NAME, lockMessages } from '../../electron/main/data-lock';
import { DATABASE_FILE_NAME } from '../../electron/main/db/connection';
import { AppError } from '../../shared/errors';
import { makeTempDir, resourcesDir } from '../support/temp-dir';

const children: ChildProcess[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function tempDir(): string {
  const { dir, cleanup } = makeTempDir('lock');
  cleanups.push(cleanup);
  return dir;
}

const open = (dataDir: string) => createAppContext({ dataDir, resourcesDir });
const lockOf = (dataDir: string) => path.join(dataDir, LOCK_FILE_NAME);
const writeLock = (dataDir: string, pid: number, host = os.hostname()) =>
  fs.writeFileSync(lockOf(dataDir), JSON.stringify({ pid, host, since: '2026-11-30T08:00:00.000Z' }));

/** A process of this machine that stays alive, standing in for a second app instance. */
function liveProcess(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  children.push(child);
  if (child.pid === undefined) throw new Error('no child process');
  return child.pid;
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(result.stdout.trim());
}

describe('one app per data folder', () => {
  it('holds a lock naming its process while open and removes it on close', () => {
    const dir = tempDir();
    const ctx = open(dir);
    expect(JSON.parse(fs.readFileSync(lockOf(dir), 'utf8'))).toMatchObject({ pid: process.pid, host: os.hostname() });
    ctx.close();
    expect(fs.existsSync(lockOf(dir))).toBe(false);
    open(dir).close();
  });

  it('refuses to open a folder another running instance holds, with a Vietnamese message, touching nothing', () => {
    const dir = tempDir();
    const pid = liveProcess();
    writeLock(dir, pid);
    let error: unknown;
    try {
      open(dir).close();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe(lockMessages.inUse({ pid, host: os.hostname(), since: '2026-11-30T08:00:00.000Z' }, dir));
    expect((error as AppError).message).toContain('đang được một cửa sổ Thi đua khác sử dụng');
    expect(fs.existsSync(path.join(dir, DATABASE_FILE_NAME))).toBe(false);
    expect(JSON.parse(fs.readFileSync(lockOf(dir), 'utf8')).pid).toBe(pid);
  });

  it('takes over a lock left by a process that is gone (a crash) or that cannot be read', () => {
    const dir = tempDir();
    writeLock(dir, deadPid());
    open(dir).close();
    fs.writeFileSync(lockOf(dir), 'rác');
    const ctx = open(dir);
    expect(JSON.parse(fs.readFileSync(lockOf(dir), 'utf8')).pid).toBe(process.pid);
    ctx.close();
  });

  it('respects a lock held from another computer (a shared network folder)', () => {
    const dir = tempDir();
    writeLock(dir, deadPid(), 'MAY-VAN-THU-2');
    expect(() => open(dir)).toThrow(/đang được một cửa sổ Thi đua khác sử dụng/);
  });
});
