import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect, test } from '@playwright/test';

// The first screen's reads (renderer/src/start-reads.ts) go out before the browser runs React, Mantine and
// the screens, so that main computes them meanwhile: that holds only while the chunk that sends them imports
// nothing (vite.config.ts keeps it apart), index.html runs it as a script of its own as soon as it arrives
// (before the entry's graph has been fetched and compiled), and the entry imports it first all the same.
const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/renderer/assets');
const importsOf = (file: string) => [...fs.readFileSync(path.join(assets, file), 'utf8').matchAll(/from"\.\/([^"]+)"/g)].map((m) => m[1]);

test('index.html runs the start-reads chunk on its own before the entry, which imports it first; that chunk imports nothing', () => {
  const html = fs.readFileSync(path.join(assets, '..', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script type="module"( async)? crossorigin src="\.\/assets\/([^"]+)"/g)].map((m) => ({
    async: Boolean(m[1]),
    file: m[2],
  }));
  expect(scripts.map((script) => script.file)).toEqual([expect.stringMatching(/^start-.+\.js$/), expect.stringMatching(/^index-.+\.js$/)]);
  expect(scripts.map((script) => script.async)).toEqual([true, false]);
  expect(html).not.toContain(`modulepreload" crossorigin href="./assets/${scripts[0].file}"`);
  const entry = scripts[1].file;
  const order = importsOf(entry).filter((file) => !file.startsWith('rolldown-runtime-'));
  expect(order[0]).toBe(scripts[0].file);
  expect(order.some((file) => file.startsWith('vendor-'))).toBe(true);
  expect(importsOf(order[0])).toEqual([]);
  const start = fs.readFileSync(path.join(assets, order[0]), 'utf8');
  expect(start).toContain('setup.status');
  expect(start).toContain('dashboard.open');
  expect(start).toContain('dashboard.summary');
});
