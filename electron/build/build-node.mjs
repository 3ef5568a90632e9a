// Bundles the Node-side entry points with esbuild: the Electron main process and preload, and the
// browser host. Native and heavy runtime modules stay external and load from node_modules.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const external = ['electron', 'better-sqlite3', 'pdfmake', 'exceljs', 'archiver', 'unzipper'];

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external,
};

await Promise.all([
  build({ ...common, entryPoints: [path.join(root, 'electron/main/index.ts')], outfile: path.join(root, 'dist/electron/main.cjs') }),
  // The preload runs sandboxed: everything it needs but `electron` is bundled into it.
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/preload/index.ts')],
    outfile: path.join(root, 'dist/electron/preload.cjs'),
    external: ['electron'],
  }),
  build({ ...common, entryPoints: [path.join(root, 'electron/host/index.ts')], outfile: path.join(root, 'dist/host/host.cjs') }),
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
