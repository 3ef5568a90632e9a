import fs from 'node:fs';
import path from 'node:path';

import type { BackupEntry } from '../../../../shared/domain/backups';

export const BACKUPS_FOLDER = 'backups';
export const DATABASE_COPY = 'thidua.sqlite';
export const MANIFEST = 'manifest.json';
/** Folder names of backups: "20261130-081500-123-manual"; never a path. */
export const BACKUP_ID_PATTERN = /^\d{8}-\d{6}-\d{3}-[a-z-]{3,20}$/;

/** A backup's manifest: what the list shows, plus the stored files it refers to (relative to the data folder). */
export interface Manifest {
  entry: BackupEntry;
  files: string[];
}

export function readManifest(root: string, id: string): Manifest | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, id, MANIFEST), 'utf8')) as Manifest;
    return manifest.entry?.id === id ? manifest : null;
  } catch {
    return null;
  }
}

/** The backups under `root`, newest first; folders without a readable manifest (half-written) are left out. */
export function listBackups(root: string): BackupEntry[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .filter((name) => BACKUP_ID_PATTERN.test(name))
    .map((id) => readManifest(root, id)?.entry)
    .filter((entry): entry is BackupEntry => entry !== undefined)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}
