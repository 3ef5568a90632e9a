import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { loadWithCodeCache } from '../../electron/main/boot/code-cache';

const runs = (): string[] => ((globalThis as { codeCacheRuns?: string[] }).codeCacheRuns ??= []);

describe('loading a bundle through the code cache', () => {
  let dir: string;
  let cacheDir: string;
  const previous = process.env.NODE_COMPILE_CACHE;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-code-cache-'));
    cacheDir = path.join(dir, 'cache');
    process.env.NODE_COMPILE_CACHE = cacheDir;
    runs().length = 0;
  });

  afterEach(() => {
    if (previous === undefined) delete process.env.NODE_COMPILE_CACHE;
    else process.env.NODE_COMPILE_CACHE = previous;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function writeBundle(body: string): string {
    const file = path.join(dir, 'app.cjs');
    fs.writeFileSync(file, body);
    return file;
  }

  it('runs the bundle as CommonJS each time, writing the cache once and then reading it', () => {
    const file = writeBundle(`
      const path = require('node:path');
      globalThis.codeCacheRuns.push(path.basename(__filename) + ' ' + path.basename(__dirname) + ' ' + typeof module.exports);
    `);
    loadWithCodeCache(file, 'hash-a');
    const cacheFiles = fs.readdirSync(cacheDir);
    expect(cacheFiles).toHaveLength(1);
    expect(cacheFiles[0]).toMatch(/^app\.cjs-[0-9a-f]{8}-hash-a-.*\.bin$/u);
    const written = fs.statSync(path.join(cacheDir, cacheFiles[0])).mtimeMs;
    loadWithCodeCache(file, 'hash-a');
    expect(runs()).toEqual([`app.cjs ${path.basename(dir)} object`, `app.cjs ${path.basename(dir)} object`]);
    // Accepted by V8 on the second start: not written again.
    expect(fs.statSync(path.join(cacheDir, cacheFiles[0])).mtimeMs).toBe(written);
  });

  it('keeps only the cache of the current build of a bundle', () => {
    const file = writeBundle(`globalThis.codeCacheRuns.push('a');`);
    loadWithCodeCache(file, 'hash-a');
    writeBundle(`globalThis.codeCacheRuns.push('b, a new build');`);
    loadWithCodeCache(file, 'hash-b');
    expect(runs()).toEqual(['a', 'b, a new build']);
    expect(fs.readdirSync(cacheDir)).toEqual([expect.stringMatching(/^app\.cjs-[0-9a-f]{8}-hash-b-.*\.bin$/u)]);
  });

  it('leaves alone the caches of the same bundle in another folder', () => {
    const other = path.join(dir, 'other');
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, 'app.cjs'), `globalThis.codeCacheRuns.push('other copy');`);
    loadWithCodeCache(path.join(other, 'app.cjs'), 'hash-a');
    loadWithCodeCache(writeBundle(`globalThis.codeCacheRuns.push('this copy');`), 'hash-b');
    expect(runs()).toEqual(['other copy', 'this copy']);
    expect(fs.readdirSync(cacheDir)).toHaveLength(2);
  });

  it('runs the bundle without a cache when the cache folder cannot be made', () => {
    fs.writeFileSync(cacheDir, 'a file where the folder would be');
    const file = writeBundle(`globalThis.codeCacheRuns.push('ran');`);
    loadWithCodeCache(file, 'hash-a');
    expect(runs()).toEqual(['ran']);
  });
});
