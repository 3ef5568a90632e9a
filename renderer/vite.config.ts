import path from 'node:path';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The start chunk (the first reads, see the `start` group below) as a script of its own, `async`, ahead of
 * the entry: an ES module runs only once every module it imports, however deep, has arrived and been parsed,
 * so imported by the entry alone it waited for React, Mantine and the screens (~0,3 s here) before it sent
 * anything. On its own, importing nothing, it runs as soon as it arrives; the entry's import of the same
 * file finds it already run (one module per URL).
 */
function startChunkFirst(): Plugin {
  return {
    name: 'thidua-start-chunk-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const start = Object.values(context.bundle ?? {}).find((file) => file.type === 'chunk' && file.name === 'start');
        const entry = /(\s*)(<script type="module" crossorigin src=)/;
        if (!start || !entry.test(html)) throw new Error('vite.config.ts: no start chunk (codeSplitting group "start") or no entry script');
        return html.replace(entry, `$1<script type="module" async crossorigin src="./${start.fileName}"></script>$1$2`);
      },
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), startChunkFirst()],
  resolve: {
    alias: { '@shared': path.resolve(here, '../shared') },
  },
  css: {
    postcss: path.resolve(here),
  },
  build: {
    outDir: path.resolve(here, '../dist/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The first reads (start-reads.ts and what it imports): a chunk free of React and Mantine that the
            // entry runs at once, so the answers are computed while the app's own code loads.
            {
              name: 'start',
              test: /[\\/]renderer[\\/]src[\\/](start-reads|api[\\/](client|prefetch|activity|messages)|app[\\/](route-data|app-running)|components[\\/]year-param|features[\\/](dashboard[\\/](prefetch|figures)|recommendations[\\/]overdue-input|documents[\\/]register-input|units[\\/]unit-filters))\.ts$|[\\/]shared[\\/](format[\\/](date|number)|contract[\\/]unit-paging|domain[\\/]units)\.ts$/,
              priority: 3,
            },
            // Libraries two or more screens use, in one file with the app's shell: each screen then
            // needs its own chunk and little else, instead of a waterfall of small shared pieces.
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, minShareCount: 2, priority: 2 },
            // The app's own components, hooks and texts that several screens share.
            { name: 'common', test: /[\\/](renderer[\\/]src|shared)[\\/]/, minShareCount: 3, priority: 1 },
          ],
        },
      },
    },
  },
});
