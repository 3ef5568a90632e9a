import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where generated databases are kept between runs: a key per generator source and migrations, so a change regenerates. */
export function cacheKey(repoRoot: string, name: string, extra: string): string {
  const hash = createHash('sha256');
  const dirs = [path.join(repoRoot, 'tests/bench/generate'), path.join(repoRoot, 'electron/main/db/migrations')];
  for (const dir of dirs) {
    for (const file of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, file);
      if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
    }
  }
  hash.update(name).update(extra);
  return `${name}-${hash.digest('hex').slice(0, 12)}`;
}

export const cacheRoot = () => path.join(os.tmpdir(), 'thidua-bench');

/** Copies a data folder (the database and its WAL; not the lock or backups) to a fresh temp folder to measure on. */
export function workingCopy(from: string, label: string): string {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), `thidua-bench-${label}-`));
  for (const file of fs.readdirSync(from)) {
    if (file.startsWith('thidua.sqlite')) fs.copyFileSync(path.join(from, file), path.join(to, file));
  }
  return to;
}

/** The cached data folder, built by `build` into a partial folder first so an interrupted run is never reused. */
export async function cachedDataset<T>(
  key: string,
  build: (dir: string) => Promise<T>,
): Promise<{ dir: string; info: T; cached: boolean }> {
  const dir = path.join(cacheRoot(), key);
  const done = path.join(dir, 'generated.json');
  if (fs.existsSync(done)) return { dir, info: JSON.parse(fs.readFileSync(done, 'utf8')) as T, cached: true };
  const partial = `${dir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  const info = await build(partial);
  fs.writeFileSync(path.join(partial, 'generated.json'), JSON.stringify(info, null, 2));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(partial, dir);
  return { dir, info, cached: false };
}
