import path from 'node:path';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
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
