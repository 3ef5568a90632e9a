import fs from 'node:fs';
import path from 'node:path';

import { writeFileDurably } from '../files/durable-write';

/** Folder under the data folder where attachments are kept, each named by its SHA-256. */
export const ATTACHMENTS_FOLDER = 'attachments';

/**
 * Attachments on disk, content-addressed: `<dataDir>/attachments/<sha256>`. A file is written to a
 * temp file in the same folder, flushed to disk (fsync) and renamed, so a crash or a full disk
 * never leaves half a file under a hash name; the same content is stored once.
 */
export function createAttachmentStore(dataDir: string) {
  const folder = path.join(path.resolve(dataDir), ATTACHMENTS_FOLDER);
  const pathOf = (sha256: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return path.join(folder, sha256);
  };

  return {
    pathOf,
    has(sha256: string): boolean {
      return fs.existsSync(pathOf(sha256));
    },
    write(sha256: string, bytes: Uint8Array): void {
      const target = pathOf(sha256);
      if (fs.existsSync(target)) return;
      writeFileDurably(target, bytes);
    },
    read(sha256: string): Buffer | null {
      const target = pathOf(sha256);
      return fs.existsSync(target) ? fs.readFileSync(target) : null;
    },
    remove(sha256: string): void {
      fs.rmSync(pathOf(sha256), { force: true });
    },
  };
}

export type AttachmentStore = ReturnType<typeof createAttachmentStore>;
