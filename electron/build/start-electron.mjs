// npm start: builds, prepares better-sqlite3 for Electron, and launches the Electron app. Where Electron's binary could not be installed (offline
// machines, CI), says so in one line and runs the same app through the browser host instead (npm run start:browser), so that
// `npm install` then `npm start` opens the app on any machine.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

/** Where Electron's package puts its binary (its own index.js: path.txt names it, ELECTRON_OVERRIDE_DIST_PATH moves it), if it is there. */
function electronBinary() {
  try {
    const pkgDir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(pkgDir, 'path.txt');
    const name = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const binary = override ? path.join(override, name ?? 'electron') : name && path.join(pkgDir, 'dist', name);
    return binary && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.error(
    'Không tìm thấy chương trình Electron trên máy này (chưa tải được khi cài đặt): mở phần mềm trong trình duyệt thay thế (như "npm run start:browser").',
  );
  await import('./start-browser.mjs');
} else {
  launchElectron(binary);
}

function launchElectron(binary) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  for (const script of ['build', 'rebuild:electron-sqlite']) {
    const result = spawnSync(npm, ['run', '--silent', script], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  const child = spawn(binary, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
