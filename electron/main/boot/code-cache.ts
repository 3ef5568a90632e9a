import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

/**
 * Loads the app's bundle (1.7 MB of JavaScript) with V8's code cache: compiling it and the functions
 * the start runs costs more than everything else the start does. The cache is written on the first
 * start after a build and used by the next ones; a cache that is missing, unwritable or rejected only
 * makes that start as slow as without one. Node 22 and Electron compile through Node's own cache
 * (module.enableCompileCache); Node 20 through a vm.Script given the cached data.
 */
export function loadWithCodeCache(file: string, bundleHash: string): void {
  // The plain way, as `require(file)` would, where no cache can be used.
  const requireFile = () => createRequire(file)(file) as unknown;
  const dir = cacheDir();
  if (!dir || !bundleHash) {
    requireFile();
    return;
  }
  const enable = (Module as unknown as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (typeof enable === 'function') {
    try {
      enable(dir);
    } catch {
      // Without the cache the start only compiles everything again.
    }
    requireFile();
    return;
  }
  const prefix = `${path.basename(file)}-${pathKey(file)}-`;
  runWithCachedData(file, path.join(dir, `${prefix}${bundleHash}-${process.version}-${process.arch}.bin`), prefix);
}

/** Tells apart copies of the app in different folders, which share the cache folder (FNV-1a of the path). */
function pathKey(file: string): string {
  let hash = 0x811c9dc5;
  for (const char of path.resolve(file)) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** Beside other programs' caches in the temporary folder; NODE_COMPILE_CACHE moves it, as for Node's own. */
function cacheDir(): string | null {
  const dir = process.env.NODE_COMPILE_CACHE || path.join(os.tmpdir(), 'thidua-compile-cache');
  try {
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  } catch {
    return null;
  }
}

function readCache(cacheFile: string): Buffer | undefined {
  try {
    return fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/**
 * Written whole under a temporary name and renamed: a start running meanwhile never reads half a cache.
 * The caches of earlier builds of the same bundle in the same folder (`prefix`) are removed (each is about 1 MB).
 */
function writeCache(cacheFile: string, data: Buffer, prefix: string): void {
  const partial = `${cacheFile}.${process.pid}.partial`;
  try {
    fs.writeFileSync(partial, data);
    fs.renameSync(partial, cacheFile);
    const dir = path.dirname(cacheFile);
    for (const name of fs.readdirSync(dir)) {
      if (name.startsWith(prefix) && name.endsWith('.bin') && path.join(dir, name) !== cacheFile) {
        fs.rmSync(path.join(dir, name), { force: true });
      }
    }
  } catch {
    fs.rmSync(partial, { force: true });
  }
}

/** What `require(file)` does for a CommonJS file, with V8's compiled code taken from (and written to) `cacheFile`. */
function runWithCachedData(file: string, cacheFile: string, prefix: string): void {
  const source = fs.readFileSync(file, 'utf8');
  const cachedData = readCache(cacheFile);
  // No import() callback: code restored from the cache loses it, so the build turns the bundle's
  // import() into require() (electron/build/build-node.mjs).
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const wrapper = script.runInThisContext({ displayErrors: true }) as (
    exports: unknown,
    require: NodeJS.Require,
    module: unknown,
    filename: string,
    dirname: string,
  ) => void;
  const loaded = { exports: {}, filename: file, id: file, loaded: false };
  wrapper.call(loaded.exports, loaded.exports, createRequire(file), loaded, file, path.dirname(file));
  loaded.loaded = true;
  // After the bundle ran its start (everything up to the server listening): the functions it
  // compiled meanwhile go into the cache too.
  if (!cachedData || script.cachedDataRejected) writeCache(cacheFile, script.createCachedData(), prefix);
}
