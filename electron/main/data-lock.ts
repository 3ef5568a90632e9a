import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { AppError } from '../../shared/errors';

export const LOCK_FILE_NAME = 'thidua.lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export const lockMessages = {
  inUse: (owner: LockOwner, dataDir: string) =>
    `Thư mục dữ liệu ${dataDir} đang được một cửa sổ Thi đua khác sử dụng (mở lúc ${owner.since}, tiến trình ${owner.pid}). Hai chương trình cùng ghi một dữ liệu có thể làm sai dữ liệu; hãy dùng cửa sổ đang mở, hoặc đóng nó rồi mở lại.`,
};

/** Whether a process of this machine is still running (EPERM: it runs under another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? { pid: owner.pid, host: owner.host, since: String(owner.since ?? '') }
      : null;
  } catch {
    return null;
  }
}

/**
 * One running app per data folder: a second instance (another window of the browser host, the app
 * started twice, a copy on the network drive's other PC) would write the same database and files.
 * The lock file names its process; a lock left by a process that is gone (a crash, a power cut) is
 * taken over. The same process may open the folder again (tests reopen after closing).
 */
export function lockDataFolder(dataDir: string): { release(): void } {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const me: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  fs.mkdirSync(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      return { release: () => release(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    const alive = owner !== null && owner.pid !== process.pid && (owner.host !== me.host || isRunning(owner.pid));
    if (alive) throw new AppError('INTERNAL', lockMessages.inUse(owner, dataDir));
    fs.rmSync(file, { force: true });
  }
  throw new AppError('INTERNAL', lockMessages.inUse(readOwner(file) ?? me, dataDir));
}

/** Removes the lock only while it is still ours. */
function release(file: string): void {
  if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
}
