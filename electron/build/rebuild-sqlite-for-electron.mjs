// Builds better-sqlite3 for Electron's ABI into resources/native/electron/, leaving the Node build
// in node_modules untouched, so `npm test` (Node) and `npm start` (Electron) never undo each other.
// Needs internet (Electron headers); on the offline dev machines it stops with one clear line.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const target = path.join(root, 'resources', 'native', 'electron', 'better_sqlite3.node');

if (fs.existsSync(target) && !process.argv.includes('--force')) process.exit(0);

const staging = path.join(root, '.tmp', 'electron-sqlite');
const moduleDir = path.join(staging, 'node_modules', 'better-sqlite3');
fs.rmSync(staging, { recursive: true, force: true });
fs.mkdirSync(path.dirname(moduleDir), { recursive: true });
fs.cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), moduleDir, { recursive: true });
fs.writeFileSync(
  path.join(staging, 'package.json'),
  JSON.stringify({ name: 'electron-sqlite', private: true, dependencies: { 'better-sqlite3': '*' } }),
);

try {
  const { rebuild } = await import('@electron/rebuild');
  const electronVersion = require('electron/package.json').version;
  await rebuild({ buildPath: staging, electronVersion, force: true, onlyModules: ['better-sqlite3'] });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node'), target);
  console.log(`better-sqlite3 cho Electron: ${target}`);
} catch (error) {
  console.error(
    `Không biên dịch được better-sqlite3 cho Electron (cần Internet để tải Electron headers): ${error instanceof Error ? error.message : error}`,
  );
  process.exit(1);
}
