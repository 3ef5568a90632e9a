import fs from 'node:fs';
import path from 'node:path';

import type { IpcMain, Protocol, Session, WebContents } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { contentSecurityPolicy } from '../../electron/main/csp';
import { ipcMessages } from '../../electron/main/ipc/messages';
import type { HandlerMap } from '../../electron/main/ipc/types';
import { registerIpc } from '../../electron/main/ipc-electron';
import { registerAppProtocol } from '../../electron/main/protocol';
import { isAppUrl, isTrustedSender, lockDownContents, lockDownSession, secureWebPreferences } from '../../electron/main/security';
import { CHANNEL_NAMES } from '../../shared/contract';
import { type ElectronMock, emitPreventable, FakeIpcMain, FakeProtocol, FakeSession, FakeWebContents } from '../mocks/electron';
import { makeTempDir } from '../support/temp-dir';

// The shell's modules must never need the real electron at run time; any that did would meet this mock.
vi.mock('electron', async () => (await import('../mocks/electron')).createElectronMock());

const REMOTE = ['https://example.com/', 'http://127.0.0.1:5178/', 'file:///etc/passwd', 'app://evil/index.html', 'app://thidua.evil.com/'];

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page, with no Node and no webview', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      plugins: true,
      devTools: false,
    });
  });

  it('opens DevTools only when asked (a development run), never by default', () => {
    expect(secureWebPreferences('/app/preload.cjs').devTools).toBe(false);
    expect(secureWebPreferences('/app/preload.cjs', { devTools: true }).devTools).toBe(true);
  });
});

describe('isAppUrl', () => {
  it('accepts only app://thidua', () => {
    expect(isAppUrl('app://thidua/index.html')).toBe(true);
    expect(isAppUrl('app://thidua/units/12?tab=history')).toBe(true);
    for (const url of [...REMOTE, 'app://thidua@evil/', 'not a url', '']) expect(isAppUrl(url), url).toBe(false);
  });
});

describe('lockDownContents', () => {
  const contents = new FakeWebContents();
  lockDownContents(contents as unknown as WebContents);

  it('denies navigation away from the app and allows it inside', () => {
    for (const url of REMOTE) expect(emitPreventable(contents, 'will-navigate', url), url).toBe(true);
    expect(emitPreventable(contents, 'will-navigate', 'app://thidua/units')).toBe(false);
  });

  it('denies redirects away from the app', () => {
    for (const url of REMOTE) expect(emitPreventable(contents, 'will-redirect', url), url).toBe(true);
    expect(emitPreventable(contents, 'will-redirect', 'app://thidua/index.html')).toBe(false);
  });

  it('prevents every webview from attaching', () => {
    expect(emitPreventable(contents, 'will-attach-webview', {}, { src: 'app://thidua/index.html' })).toBe(true);
  });

  it('denies every new window, even to our own pages', () => {
    expect(contents.windowOpenHandler).not.toBeNull();
    for (const url of [...REMOTE, 'app://thidua/index.html']) expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
  });
});

describe('lockDownSession', () => {
  const session = new FakeSession();
  lockDownSession(session as unknown as Session);

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler?.({}, permission, 'app://thidua', {})).toBe(false);
    }
  });

  it('adds the CSP header to every response, keeping the others', () => {
    const callback = vi.fn();
    session.headersReceived?.({ url: 'app://thidua/index.html', responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy(false)] },
    });
  });

  it('cancels every request that is not the app itself', () => {
    const decide = (url: string) => {
      let answer: { cancel?: boolean } | undefined;
      session.beforeRequest?.({ url }, (response) => (answer = response));
      return answer?.cancel;
    };
    for (const url of [...REMOTE, 'ws://127.0.0.1:1234/', 'https://fonts.googleapis.com/css']) expect(decide(url), url).toBe(true);
    expect(decide('app://thidua/assets/index.js')).toBe(false);
    expect(decide('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(decide('blob:app://thidua/0f1e')).toBe(false);
    // The built-in PDF viewer of the preview, and no other extension.
    expect(decide('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toBe(false);
    expect(decide('chrome-extension://abcdefghijabcdefghijabcdefghijab/evil.html')).toBe(true);
  });
});

describe('the Content-Security-Policy', () => {
  for (const [label, policy] of [
    ['Electron', contentSecurityPolicy(false)],
    ['browser host', contentSecurityPolicy(true)],
  ] as const) {
    it(`${label}: nothing by default, scripts only from the app, no remote host`, () => {
      const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
      expect(directives['default-src']).toEqual(["'none'"]);
      expect(directives['script-src']).toEqual(["'self'"]);
      expect(directives['frame-ancestors']).toEqual(["'none'"]);
      expect(directives['base-uri']).toEqual(["'none'"]);
      expect(policy).not.toMatch(/https?:|wss?:|\*|unsafe-eval/);
      expect(directives['script-src']).not.toContain("'unsafe-inline'");
    });
  }

  it('lets only the browser host fetch its own origin (its API)', () => {
    expect(contentSecurityPolicy(false)).toContain("connect-src 'none'");
    expect(contentSecurityPolicy(true)).toContain("connect-src 'self'");
  });
});

describe('isTrustedSender', () => {
  it('trusts only our window, on our origin', () => {
    expect(isTrustedSender('app://thidua/index.html', 7, 7)).toBe(true);
    expect(isTrustedSender('app://thidua/index.html', 8, 7)).toBe(false);
    expect(isTrustedSender('app://thidua/index.html', 7, null)).toBe(false);
    expect(isTrustedSender(undefined, 7, 7)).toBe(false);
    for (const url of REMOTE) expect(isTrustedSender(url, 7, 7), url).toBe(false);
  });
});

describe('registerIpc', () => {
  const ipcMain = new FakeIpcMain();
  const window = { webContents: new FakeWebContents() };
  let currentWindow: typeof window | null = window;
  const spies = Object.fromEntries(CHANNEL_NAMES.map((name) => [name, vi.fn(() => `answer of ${name}`)]));
  registerIpc(ipcMain as unknown as IpcMain, spies as unknown as HandlerMap, () => currentWindow as never);

  const invoke = (channel: string, input: unknown, sender: { id: number; url?: string | null }) =>
    ipcMain.handlers.get(channel)?.({ sender: { id: sender.id }, senderFrame: sender.url === null ? null : { url: sender.url } }, input);

  it('registers exactly the contract channels, once each', () => {
    expect([...ipcMain.registrations].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('runs calls from our window through the wrapper', async () => {
    const result = await invoke('units.get', { id: 4 }, { id: window.webContents.id, url: 'app://thidua/index.html' });
    expect(result).toEqual({ ok: true, data: 'answer of units.get' });
    expect(spies['units.get']).toHaveBeenCalledWith({ id: 4 }, { transport: 'electron' });
  });

  it('answers FORBIDDEN to any other sender and does not call the handler', async () => {
    spies['units.get'].mockClear();
    const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: ipcMessages.forbidden } };
    expect(await invoke('units.get', { id: 4 }, { id: window.webContents.id + 1, url: 'app://thidua/index.html' })).toEqual(forbidden);
    expect(await invoke('units.get', { id: 4 }, { id: window.webContents.id, url: 'https://example.com/' })).toEqual(forbidden);
    expect(await invoke('units.get', { id: 4 }, { id: window.webContents.id, url: null })).toEqual(forbidden);
    currentWindow = null;
    expect(await invoke('units.get', { id: 4 }, { id: window.webContents.id, url: 'app://thidua/index.html' })).toEqual(forbidden);
    currentWindow = window;
    expect(spies['units.get']).not.toHaveBeenCalled();
  });
});

describe('registerAppProtocol', () => {
  const temp = makeTempDir('protocol');
  const rendererDir = path.join(temp.dir, 'renderer');
  const protocol = new FakeProtocol();
  beforeAll(() => {
    fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<div id="root"></div>');
    fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'export {};');
    fs.writeFileSync(path.join(temp.dir, 'secret.txt'), 'SECRET');
    registerAppProtocol(protocol as unknown as Protocol, rendererDir);
  });
  afterAll(() => temp.cleanup());

  const get = async (url: string) => {
    const handler = protocol.handlers.get('app');
    if (!handler) throw new Error('app: not registered');
    const response = await handler({ url });
    return { status: response.status, body: await response.text(), headers: response.headers };
  };

  it('serves the renderer with its content type and the CSP', async () => {
    const page = await get('app://thidua/index.html');
    expect(page).toMatchObject({ status: 200, body: '<div id="root"></div>' });
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy(false));
    expect((await get('app://thidua/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://thidua/units/3')).body).toBe('<div id="root"></div>');
  });

  it('refuses another host and every path out of the folder', async () => {
    for (const url of [
      'app://evil/index.html',
      'app://thidua/../secret.txt',
      'app://thidua/%2e%2e/secret.txt',
      'app://thidua/..%2fsecret.txt',
      'app://thidua/assets/..%2f..%2fsecret.txt',
      'app://thidua/..%5csecret.txt',
      'app://thidua/missing.js',
    ]) {
      const reply = await get(url);
      expect(reply.status, url).toBe(404);
      expect(reply.body).not.toContain('SECRET');
    }
  });
});

describe('the electron mock', () => {
  it('is what the shell would get for "electron"', async () => {
    const electron = (await import('electron')) as unknown as ElectronMock;
    expect(electron.ipcMain).toBeInstanceOf(FakeIpcMain);
    expect(electron.session.defaultSession).toBeInstanceOf(FakeSession);
  });
});
