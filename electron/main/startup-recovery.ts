import fs from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

import type { BackupEntry } from '../../shared/domain/backups';
import { formatDateTime } from '../../shared/format/date';
import { DATABASE_FILE_NAME } from './db/connection';
import { BACKUPS_FOLDER, DATABASE_COPY, listBackups, readManifest } from './services/backups/manifests';
import { copyFileDurably } from './services/files/durable-write';

export const recoveryMessages = {
  offer: (backup: BackupEntry) =>
    `Có bản sao lưu lúc ${formatDateTime(backup.createdAt)} đã được kiểm tra nguyên vẹn. Khôi phục bản này? Tệp dữ liệu hỏng được giữ lại bên cạnh (không bị xóa).`,
  hostHint: (backup: BackupEntry) =>
    `Có bản sao lưu lúc ${formatDateTime(backup.createdAt)}. Để khôi phục, chạy lại với THIDUA_RESTORE_BACKUP=${backup.id} (tệp dữ liệu hỏng được giữ lại bên cạnh).`,
  none: 'Không có bản sao lưu nào dùng được trong thư mục dữ liệu.',
  notFound: (id: string) => `Không có bản sao lưu ${id} dùng được trong thư mục dữ liệu.`,
};

/** Whether a database copy opens and passes SQLite's integrity check. */
function isSound(file: string): boolean {
  try {
    const copy = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return copy.pragma('integrity_check', { simple: true }) === 'ok';
    } finally {
      copy.close();
    }
  } catch {
    return false;
  }
}

/** The newest backup whose copy is still sound, for the start-up screen when the database cannot be used. */
export function newestRestorableBackup(dataDir: string): BackupEntry | null {
  const root = path.join(dataDir, BACKUPS_FOLDER);
  return listBackups(root).find((entry) => entry.integrity === 'ok' && isSound(path.join(root, entry.id, DATABASE_COPY))) ?? null;
}

/**
 * Puts a backup in place of a database that cannot be opened, before any app context exists. The
 * unusable file (and its journal) is moved aside as `thidua.sqlite.hong-<time>`, never deleted, and
 * the stored files the backup refers to are put back where missing. Returns the moved-aside name.
 */
export function restoreAtStartup(dataDir: string, id: string, now: Date = new Date()): string {
  const root = path.join(dataDir, BACKUPS_FOLDER);
  const manifest = readManifest(root, id);
  const copy = path.join(root, id, DATABASE_COPY);
  if (!manifest || !isSound(copy)) throw new Error(recoveryMessages.notFound(id));
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  const aside = `${file}.hong-${now.toISOString().replace(/[-:.]/g, '').slice(0, 15)}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
  }
  copyFileDurably(copy, file);
  for (const stored of manifest.files) {
    const target = path.join(dataDir, stored);
    const source = path.join(root, 'files', stored);
    if (!fs.existsSync(target) && fs.existsSync(source)) copyFileDurably(source, target);
  }
  return aside;
}
