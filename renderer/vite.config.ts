import path from 'node:path';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The start chunk (start-reads.ts: the first screen's reads) as a script of its own that runs as soon as
 * it has arrived. Only imported by the entry, it would wait for the whole module graph (React, Mantine and
 * the app, ~1,5 MB to fetch and compile) before it ran; an async module script whose graph is itself runs
 * at once, and the entry's import of the same URL then finds it evaluated. The reads thus go out while the
 * browser still fetches and compiles the rest, and main computes them meanwhile.
 */
function startChunkFirst(): Plugin {
  return {
    name: 'thidua-start-chunk-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const start = Object.values(ctx.bundle ?? {}).find((item) => item.type === 'chunk' && item.name === 'start');
        if (!start || start.type !== 'chunk' || start.imports.length > 0)
          throw new Error('vite.config.ts: the start chunk is missing or imports another chunk (it must run on its own)');
        const src = `./${start.fileName}`;
        const lines = html.split('\n').filter((line) => line.trim() !== `<link rel="modulepreload" crossorigin href="${src}">`);
        const entry = lines.findIndex((line) => line.trim().startsWith('<script type="module"'));
        if (entry < 0) throw new Error('vite.config.ts: no entry script in index.html');
        lines.splice(entry, 0, `    <script type="module" async crossorigin src="${src}"></script>`);
        return lines.join('\n');
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
              test: /[\\/]renderer[\\/]src[\\/](start-reads|api[\\/](client|prefetch|activity|messages)|app[\\/]route-data|components[\\/]year-param|features[\\/](dashboard[\\/]prefetch|recommendations[\\/]overdue-input|documents[\\/]register-input|units[\\/]unit-filters))\.ts$|[\\/]shared[\\/](format[\\/](date|number)|contract[\\/]unit-paging|domain[\\/]units)\.ts$/,
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
