import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

import type { ZipEntry } from 'unzipper';
import { z } from 'zod';

import type { BackupFigure } from '../../../../shared/domain/backups';
import { AppError } from '../../../../shared/errors';
import { loadArchiver, loadUnzipper } from '../files/lazy-modules';
import { DATABASE_COPY } from './manifests';
import { backupMessages } from './messages';

const msg = backupMessages.archive;

export const ARCHIVE_MANIFEST = 'manifest.json';
const FORMAT = 'thidua-archive';
/** What an archive may hold besides its manifest: the database and content-addressed files; nothing else, no other path. */
const MEMBER = /^(thidua\.sqlite|documents\/[0-9a-f]{64}\.pdf|attachments\/[0-9a-f]{64})$/;
/** Limits checked on the zip's directory before anything is unpacked (a zip bomb never gets that far). */
export const ARCHIVE_LIMITS = { entries: 200_000, totalBytes: 16 * 1024 ** 3, manifestBytes: 64 * 1024 ** 2 };

const fileSchema = z
  .object({ path: z.string().regex(MEMBER), sizeBytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict();

const manifestSchema = z
  .object({
    format: z.literal(FORMAT),
    formatVersion: z.literal(1),
    createdAt: z.string(),
    schemaVersion: z.number().int().min(0),
    figures: z.array(z.object({ table: z.string(), label: z.string(), count: z.number() }).strict()),
    files: z.array(fileSchema),
  })
  .strict();

export type ArchiveManifest = z.output<typeof manifestSchema>;
export type ArchiveFile = z.output<typeof fileSchema>;

/** sha256 and size of a file, read as a stream. */
export async function hashFile(file: string): Promise<{ sha256: string; sizeBytes: number }> {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    sizeBytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), sizeBytes };
}

/**
 * Writes the zip: the database copy, every stored file it refers to (under its register path) and a manifest with each member's size and sha256, streamed to `target`.
 */
export async function writeArchive(options: {
  target: string;
  databaseCopy: string;
  /** Each stored file: where it is read from and its register path ("documents/<sha256>.pdf"). */
  files: { source: string; name: string }[];
  createdAt: string;
  schemaVersion: number;
  figures: BackupFigure[];
}): Promise<void> {
  const members: { source: string; name: string }[] = [{ source: options.databaseCopy, name: DATABASE_COPY }, ...options.files];
  const files: ArchiveFile[] = [];
  for (const member of members) files.push({ path: member.name, ...(await hashFile(member.source)) });
  const manifest: ArchiveManifest = {
    format: FORMAT,
    formatVersion: 1,
    createdAt: options.createdAt,
    schemaVersion: options.schemaVersion,
    figures: options.figures,
    files,
  };
  const archiver = await loadArchiver();
  const zip = archiver('zip', { zlib: { level: 6 } });
  const out = fs.createWriteStream(options.target);
  const done = pipeline(zip as unknown as NodeJS.ReadableStream, out);
  // archiver only warns when a file vanished under it; the archive would then lack it.
  let warning: Error | null = null;
  zip.on('warning', (error) => (warning = error));
  for (const member of members) zip.file(member.source, { name: member.name });
  zip.append(Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), { name: ARCHIVE_MANIFEST });
  await zip.finalize();
  await done;
  if (warning) throw warning;
  // The archive is what the user carries to the new PC: on disk before we say it is written.
  const fd = fs.openSync(options.target, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Streams an entry to `target`, refusing more bytes than declared; answers what it wrote. */
async function extractEntry(entry: ZipEntry, target: string, maxBytes: number): Promise<{ sha256: string; sizeBytes: number }> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const out = fs.createWriteStream(target);
  await pipeline(
    entry.stream(),
    async function* count(source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        sizeBytes += chunk.length;
        if (sizeBytes > maxBytes) throw new AppError('VALIDATION', msg.oversize);
        hash.update(chunk);
        yield chunk;
      }
    },
    out,
  );
  return { sha256: hash.digest('hex'), sizeBytes };
}

/**
 * Unpacks an archive into `staging` after checking it whole: only the members an archive may hold (no
 * other path, so no "../" can escape), within the limits, each listed in the manifest with its size,
 * and after unpacking each one's sha256. Answers the manifest; throws a Vietnamese VALIDATION otherwise.
 */
export async function unpackArchive(zipFile: string, staging: string): Promise<ArchiveManifest> {
  const { Open } = await loadUnzipper();
  let entries: ZipEntry[];
  try {
    entries = (await Open.file(zipFile)).files;
  } catch {
    throw new AppError('VALIDATION', msg.notZip);
  }
  const files = entries.filter((entry) => entry.type === 'File');
  if (files.length > ARCHIVE_LIMITS.entries) throw new AppError('VALIDATION', msg.oversize);
  const byPath = new Map<string, ZipEntry>();
  let total = 0;
  for (const entry of entries) {
    // A zip tool may list the two folders themselves; they carry nothing.
    if (entry.type === 'Directory' && (entry.path === 'documents/' || entry.path === 'attachments/')) continue;
    if (entry.path !== ARCHIVE_MANIFEST && !MEMBER.test(entry.path))
      throw new AppError('VALIDATION', msg.strangePath(entry.path.slice(0, 200)));
    if (byPath.has(entry.path)) throw new AppError('VALIDATION', msg.duplicate(entry.path));
    byPath.set(entry.path, entry);
    total += entry.uncompressedSize;
  }
  if (total > ARCHIVE_LIMITS.totalBytes) throw new AppError('VALIDATION', msg.oversize);
  const manifestEntry = byPath.get(ARCHIVE_MANIFEST);
  if (!manifestEntry || manifestEntry.uncompressedSize > ARCHIVE_LIMITS.manifestBytes) throw new AppError('VALIDATION', msg.noManifest);
  fs.mkdirSync(staging, { recursive: true });
  const manifestFile = path.join(staging, ARCHIVE_MANIFEST);
  await extractEntry(manifestEntry, manifestFile, ARCHIVE_LIMITS.manifestBytes);
  let manifest: ArchiveManifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(manifestFile, 'utf8')));
  } catch {
    throw new AppError('VALIDATION', msg.noManifest);
  }
  const listed = new Map(manifest.files.map((file) => [file.path, file]));
  if (!listed.has(DATABASE_COPY)) throw new AppError('VALIDATION', msg.missing(DATABASE_COPY));
  for (const file of manifest.files) {
    const entry = byPath.get(file.path);
    if (!entry) throw new AppError('VALIDATION', msg.missing(file.path));
    if (entry.uncompressedSize !== file.sizeBytes) throw new AppError('VALIDATION', msg.mismatch(file.path));
  }
  for (const name of byPath.keys())
    if (name !== ARCHIVE_MANIFEST && !listed.has(name)) throw new AppError('VALIDATION', msg.unlisted(name));
  for (const file of manifest.files) {
    const written = await extractEntry(byPath.get(file.path) as ZipEntry, path.join(staging, file.path), file.sizeBytes);
    // Content-addressed members must also be what their names say.
    const named = /([0-9a-f]{64})(\.pdf)?$/.exec(file.path)?.[1];
    if (written.sha256 !== file.sha256 || written.sizeBytes !== file.sizeBytes || (named && named !== written.sha256)) {
      throw new AppError('VALIDATION', msg.mismatch(file.path));
    }
  }
  return manifest;
}
