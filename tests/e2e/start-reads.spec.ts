import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect, test } from '@playwright/test';

// The first screen's reads (renderer/src/start-reads.ts) go out before the browser has parsed and run React,
// Mantine and the screens, so that main computes them meanwhile: that holds only while the page runs the
// chunk that sends them as a script of its own (an ES module runs only after everything it imports has
// arrived), that chunk imports nothing, and the entry's own import of it is the first (vite.config.ts).
const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/renderer/assets');
const importsOf = (file: string) => [...fs.readFileSync(path.join(assets, file), 'utf8').matchAll(/from"\.\/([^"]+)"/g)].map((m) => m[1]);

test('the page runs the start-reads chunk on its own, ahead of the entry, and that chunk imports nothing', () => {
  const html = fs.readFileSync(path.join(assets, '..', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script ([^>]*)src="\.\/assets\/([^"]+)"/g)].map((m) => ({ attrs: m[1], file: m[2] }));
  expect(scripts.map((s) => s.file.replace(/-[\w-]{8}\.js$/, ''))).toEqual(['start', 'index']);
  const [start, entry] = scripts;
  expect(start.attrs).toContain('type="module"');
  expect(start.attrs).toContain('async');
  expect(entry.attrs).not.toContain('async');
  expect(importsOf(start.file)).toEqual([]);
  // The entry imports the same file (one module per URL, run once), before React and Mantine.
  const order = importsOf(entry.file).filter((file) => !file.startsWith('rolldown-runtime-'));
  expect(order[0]).toBe(start.file);
  expect(order.some((file) => file.startsWith('vendor-'))).toBe(true);
  const code = fs.readFileSync(path.join(assets, start.file), 'utf8');
  expect(code).toContain('setup.status');
  expect(code).toContain('dashboard.summary');
});
