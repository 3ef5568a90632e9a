import fs from 'node:fs';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { contentSecurityPolicy } from '../../electron/main/csp';
import { DATABASE_FILE_NAME } from '../../electron/main/db/connection';
import { APP_FOLDER_NAME } from '../../electron/main/paths';
import { CHANNEL_NAMES } from '../../shared/contract';
import { createElectronMock, type ElectronMock, emitPreventable, FakeWebContents } from '../mocks/electron';
import { makeTempDir, repoRoot } from '../support/temp-dir';

// electron/main/index.ts and the preload run for real against the mock: what they ask of Electron is recorded.
// Each test gets a fresh mock (vi.doMock after resetModules) and a fresh copy of the shell.

let temp: ReturnType<typeof makeTempDir>;
let electron: ElectronMock;

function freshElectron(): ElectronMock {
  vi.resetModules();
  const mock = createElectronMock();
  vi.doMock('electron', () => mock);
  return mock;
}

/** A fresh mock and a fresh copy of the shell, started as Electron would (the ready promise resolves). */
async function startShell(configure: (state: ElectronMock['state']) => void = () => {}): Promise<void> {
  electron = freshElectron();
  electron.state.appPath = repoRoot;
  electron.state.paths.set('appData', temp.dir);
  configure(electron.state);
  await import('../../electron/main/index');
  await new Promise((resolve) => setImmediate(resolve));
}

beforeEach(() => {
  temp = makeTempDir('shell');
});
afterEach(() => {
  electron?.app.emit('window-all-closed');
  temp.cleanup();
});

describe('electron/main/index.ts', () => {
  it('opens one locked-down window on app://thidua with the database in the user data folder', async () => {
    await startShell();
    expect(electron.state.errorBoxes).toEqual([]);
    expect(electron.state.windows).toHaveLength(1);
    const window = electron.state.windows[0];
    expect(window.loadedUrl).toBe('app://thidua/index.html');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect(emitPreventable(window.webContents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });

    const userData = path.join(temp.dir, APP_FOLDER_NAME);
    expect(electron.app.getPath('userData')).toBe(userData);
    // The lock and Chromium's profile both live in userData: it is set before either.
    expect(electron.state.calls).toEqual(['setPath:userData', 'requestSingleInstanceLock', 'whenReady']);
    expect(fs.existsSync(path.join(userData, DATABASE_FILE_NAME))).toBe(true);
  });

  it('registers app:// as a privileged scheme and serves it with the CSP', async () => {
    await startShell();
    expect(electron.protocol.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) as unknown },
    ]);
    expect(electron.protocol.handlers.has('app')).toBe(true);
  });

  it('locks down the default session: permissions denied, remote requests cancelled, CSP added', async () => {
    await startShell();
    const session = electron.session.defaultSession;
    const permission = vi.fn();
    session.permissionRequestHandler?.({}, 'media', permission);
    expect(permission).toHaveBeenCalledWith(false);
    let cancel: boolean | undefined;
    session.beforeRequest?.({ url: 'https://example.com/' }, (r) => (cancel = r.cancel));
    expect(cancel).toBe(true);
    const headers = vi.fn();
    session.headersReceived?.({ url: 'app://thidua/', responseHeaders: {} }, headers);
    expect(headers).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy(false)] } });
  });

  it('serves every contract channel over IPC, to our window only', async () => {
    await startShell();
    expect([...electron.ipcMain.registrations].sort()).toEqual([...CHANNEL_NAMES].sort());
    const window = electron.state.windows[0];
    const handler = electron.ipcMain.handlers.get('setup.status');
    const ours = await handler?.({ sender: { id: window.webContents.id }, senderFrame: { url: 'app://thidua/index.html' } }, undefined);
    expect(ours).toEqual({ ok: true, data: { initialized: false } });
    const foreign = await handler?.({ sender: { id: window.webContents.id + 1 }, senderFrame: { url: 'app://thidua/' } }, undefined);
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('locks down every web contents created later (devtools, popups)', async () => {
    await startShell();
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(emitPreventable(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('quits at once when another instance holds the single-instance lock', async () => {
    await startShell((state) => (state.singleInstanceLock = false));
    expect(electron.state.quitCalls).toBe(1);
    expect(electron.state.windows).toEqual([]);
    expect(electron.ipcMain.registrations).toEqual([]);
  });

  it('shows the database problem in Vietnamese and quits, without opening a window', async () => {
    const userData = path.join(temp.dir, APP_FOLDER_NAME);
    fs.mkdirSync(userData, { recursive: true });
    fs.writeFileSync(path.join(userData, DATABASE_FILE_NAME), 'không phải cơ sở dữ liệu'.repeat(100));
    await startShell();
    expect(electron.state.errorBoxes).toHaveLength(1);
    expect(electron.state.errorBoxes[0].content).toContain('không phải là cơ sở dữ liệu');
    expect(electron.state.quitCalls).toBe(1);
    expect(electron.state.windows).toEqual([]);
  });
});

describe('electron/preload', () => {
  it('exposes exactly the contract channels as frozen functions that invoke them, never ipcRenderer', async () => {
    electron = freshElectron();
    const invoke = vi.spyOn(electron.ipcRenderer, 'invoke');
    await import('../../electron/preload/index');
    expect([...electron.state.exposed.keys()]).toEqual(['thidua']);
    const api = electron.state.exposed.get('thidua') as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
    await api['units.get']({ id: 5 });
    expect(invoke).toHaveBeenCalledWith('units.get', { id: 5 });
  });
});
