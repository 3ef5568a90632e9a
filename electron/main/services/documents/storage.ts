import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { writeFileDurably } from '../files/durable-write';

/** Folder under the data folder where issued PDFs are kept, named by their SHA-256. */
export const DOCUMENTS_FOLDER = 'documents';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Issued PDFs, content-addressed: `<dataDir>/documents/<sha256>.pdf`. Paths in the register are
 * relative to the data folder, so a data folder copied elsewhere (backup, new PC) still opens.
 */
export function createDocumentStore(dataDir: string) {
  const root = path.resolve(dataDir);

  /** The absolute path of a register path, or null when it would leave the documents folder. */
  function resolve(relative: string): string | null {
    const absolute = path.resolve(root, relative);
    const folder = path.join(root, DOCUMENTS_FOLDER) + path.sep;
    return absolute.startsWith(folder) ? absolute : null;
  }

  return {
    resolve,
    /** Writes the bytes durably (flushed, then renamed into place) and returns the register path. */
    write(bytes: Uint8Array, hash: string): string {
      const relative = path.posix.join(DOCUMENTS_FOLDER, `${hash}.pdf`);
      writeFileDurably(path.join(root, DOCUMENTS_FOLDER, `${hash}.pdf`), bytes);
      return relative;
    },
    /** The stored bytes, or null when the file is gone. */
    read(relative: string): Buffer | null {
      const absolute = resolve(relative);
      if (!absolute || !fs.existsSync(absolute)) return null;
      return fs.readFileSync(absolute);
    },
    remove(relative: string): void {
      const absolute = resolve(relative);
      if (absolute) fs.rmSync(absolute, { force: true });
    },
  };
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;
