import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that, once this returns, it survives a crash or a power cut whole or not at all:
 * a temp file in the same folder, every byte written and flushed (fsync), renamed over the target,
 * then the folder flushed so the rename itself is on disk. A record pointing at the file is written
 * only after this returns.
 */
export function writeFileDurably(target: string, bytes: Uint8Array): void {
  const folder = path.dirname(target);
  fs.mkdirSync(folder, { recursive: true });
  const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = fs.openSync(temp, 'wx');
    try {
      let written = 0;
      while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
    syncFolder(folder);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Flushes a folder's entries; Windows cannot open a folder for this and commits renames itself (NTFS journal). */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Copies a file durably (see writeFileDurably). */
export function copyFileDurably(source: string, target: string): void {
  writeFileDurably(target, fs.readFileSync(source));
}
