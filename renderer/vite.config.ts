import path from 'node:path';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

const config: UserConfig = {
  root: here,
  base: './',
  plugins: [react()],
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
              test: /[\\/]renderer[\\/]src[\\/](start-reads|api[\\/](client|prefetch|activity|messages)|app[\\/](route-data|home-address)|components[\\/]year-param|features[\\/](dashboard[\\/]prefetch|recommendations[\\/]overdue-input|documents[\\/]register-input|units[\\/]unit-filters))\.ts$|[\\/]shared[\\/](format[\\/](date|number)|contract[\\/]unit-paging|domain[\\/]units)\.ts$/,
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
};

export default defineConfig(({ command }) => {
  // The renderer is always built for production: React's and plugin-react's development code follow NODE_ENV, which a
  // build started from a test run inherits as 'test' (`npm start` inside vitest rebuilt dist/renderer with development
  // React: 412 kB instead of 340 kB gzip before the first screen, screens 0,5 s slower, reused by the bench and e2e).
  if (command === 'build') process.env.NODE_ENV = 'production';
  return config;
});
