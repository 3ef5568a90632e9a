// Bundles the Node-side entry points with esbuild: the Electron main process and preload, and the
// browser host. Heavy runtime modules stay external and load from node_modules; better-sqlite3's JavaScript
// is bundled, its native addon loads from node_modules (see sqliteAddon).
// The main process and the host are each a bundle (main-app.cjs, host-app.cjs) behind a small entry
// (main.cjs, host.cjs) that loads it through V8's code cache (electron/main/boot/code-cache.ts),
// keyed by the bundle's SHA-256 so a new build never runs code compiled from an old one.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const external = ['electron', 'pdfmake', 'exceljs', 'archiver', 'unzipper', 'better-sqlite3/package.json'];

/**
 * better-sqlite3's JavaScript (a dozen files Node would find, read and compile at every start) is bundled,
 * so it comes out of the code cache with the rest; its native addon still loads from node_modules. Its
 * `bindings` lookup (which searches from the calling file, now the bundle) becomes the addon's path in the
 * installed package. Electron passes its own build as `nativeBinding` and never gets here.
 */
const sqliteAddon = {
  name: 'sqlite-addon',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^bindings$/ }, (args) =>
      /[\\/]better-sqlite3[\\/]/.test(args.importer) ? { path: 'bindings', namespace: 'sqlite-addon' } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'sqlite-addon' }, () => ({
      contents: `const path = require('node:path');
module.exports = (name) => require(path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', name));`,
      loader: 'js',
    }));
  },
};

/**
 * zod's namespace re-exports its error messages in some fifty languages (a fifth of the bundle, each run at
 * load); the app words every message in Vietnamese itself (shared/contract/zod-messages.ts), so the Node
 * bundles keep only zod's default English one (its fallback) and load the rest of zod unchanged.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer)
        ? { path: path.join(path.dirname(args.importer), '..', 'locales', 'en.js'), namespace: 'zod-locales' }
        : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: path.dirname(args.path),
    }));
  },
};

/**
 * `import fs from 'node:fs'` makes esbuild copy the module's hundred exports into an ES module object in every
 * file that imports it (some forty copies of fs and path at each start). Importing them through one module of
 * the bundle makes that copy once; the same Node modules either way.
 */
const nodeModulesOnce = {
  name: 'node-modules-once',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^node:(fs|path)$/ }, (args) =>
      args.namespace === 'file' ? { path: args.path, namespace: 'node-once' } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'node-once' }, (args) => ({
      contents: `export * from '${args.path}';\nexport { default } from '${args.path}';`,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external,
  plugins: [zodEnglishOnly, sqliteAddon, nodeModulesOnce],
};

/**
 * The app bundle (whitespace and syntax minified, names kept for stack traces), then its loader
 * carrying the bundle's hash. In the bundle, import() of the lazily
 * loaded modules (pdfmake, exceljs, archiver, unzipper: all CommonJS) becomes require() when first
 * needed: code V8 restores from its cache cannot run a real import().
 */
async function withLoader(entry, loader, outDir, name) {
  const bundle = path.join(root, outDir, `${name}-app.cjs`);
  await build({
    ...common,
    minifyWhitespace: true,
    minifySyntax: true,
    supported: { 'dynamic-import': false },
    entryPoints: [path.join(root, entry)],
    outfile: bundle,
  });
  const hash = createHash('sha256').update(fs.readFileSync(bundle)).digest('hex').slice(0, 32);
  await build({
    ...common,
    entryPoints: [path.join(root, loader)],
    outfile: path.join(root, outDir, `${name}.cjs`),
    define: { BUNDLE_HASH: JSON.stringify(hash) },
  });
}

await Promise.all([
  withLoader('electron/main/index.ts', 'electron/main/boot/main.ts', 'dist/electron', 'main'),
  // The preload runs sandboxed: everything it needs but `electron` is bundled into it.
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/preload/index.ts')],
    outfile: path.join(root, 'dist/electron/preload.cjs'),
    external: ['electron'],
  }),
  withLoader('electron/host/index.ts', 'electron/host/boot.ts', 'dist/host', 'host'),
  // Reads backup copies off the main thread (db/repositories/backups.ts looks for it beside the bundle).
  ...['dist/electron', 'dist/host'].map((dir) =>
    build({
      ...common,
      entryPoints: [path.join(root, 'electron/main/db/inspect-worker.ts')],
      outfile: path.join(root, dir, 'inspect-worker.cjs'),
    }),
  ),
]);
console.log('Đã biên dịch main, preload và máy chủ trình duyệt vào dist/.');
