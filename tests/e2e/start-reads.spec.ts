import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect, test } from '@playwright/test';

// The first screen's reads (renderer/src/start-reads.ts) go out before the browser runs React, Mantine and
// the screens, so that main computes them meanwhile: that holds only while the built entry runs the chunk
// that sends them before the others and that chunk imports nothing (vite.config.ts keeps it apart).
const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/renderer/assets');
const importsOf = (file: string) => [...fs.readFileSync(path.join(assets, file), 'utf8').matchAll(/from"\.\/([^"]+)"/g)].map((m) => m[1]);

test('the built entry runs the start-reads chunk before React and Mantine, and that chunk imports nothing', () => {
  const html = fs.readFileSync(path.join(assets, '..', 'index.html'), 'utf8');
  const entry = /<script type="module" crossorigin src="\.\/assets\/([^"]+)"/.exec(html)?.[1] as string;
  expect(entry).toMatch(/^index-.+\.js$/);
  const order = importsOf(entry).filter((file) => !file.startsWith('rolldown-runtime-'));
  expect(order[0]).toMatch(/^start-.+\.js$/);
  expect(order.some((file) => file.startsWith('vendor-'))).toBe(true);
  expect(importsOf(order[0])).toEqual([]);
  const start = fs.readFileSync(path.join(assets, order[0]), 'utf8');
  expect(start).toContain('setup.status');
  expect(start).toContain('dashboard.open');
  expect(start).toContain('dashboard.summary');
});

// The app is built for production whatever NODE_ENV the build inherits: `npm start` inside the test run rebuilds it with
// NODE_ENV=test, and development React (its JSX dev runtime in every screen) is slower and larger.
test('the built renderer is a production build: no JSX development runtime in any chunk', () => {
  const withDevRuntime = fs
    .readdirSync(assets)
    .filter((file) => file.endsWith('.js') && fs.readFileSync(path.join(assets, file), 'utf8').includes('jsxDEV'));
  expect(withDevRuntime).toEqual([]);
});
