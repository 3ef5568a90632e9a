/**
 * A stand-in for the `electron` module, for tests of the shell under plain Node (Electron's binary
 * is not installed here). Use it with
 *   vi.mock('electron', async () => (await import('../mocks/electron')).createElectronMock());
 * and reach the recorded state through `(await import('electron')) as unknown as ElectronMock`.
 * It records what the shell asks for (handlers, options, URLs) so tests can play the browser's part.
 */
import { EventEmitter } from 'node:events';

type Callback<T> = (response: T) => void;

let nextContentsId = 100;

/** Fires an Electron-style event (first argument has preventDefault) and says whether it was prevented. */
export function emitPreventable(target: EventEmitter, name: string, ...args: unknown[]): boolean {
  let prevented = false;
  target.emit(name, { preventDefault: () => (prevented = true) }, ...args);
  return prevented;
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeSession {
  permissionRequestHandler: ((contents: unknown, permission: string, callback: Callback<boolean>) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  headersReceived: ((details: { url: string; responseHeaders?: Record<string, string[]> }, callback: Callback<unknown>) => void) | null =
    null;
  beforeRequest: ((details: { url: string }, callback: Callback<{ cancel?: boolean }>) => void) | null = null;
  readonly webRequest = {
    onHeadersReceived: (handler: NonNullable<FakeSession['headersReceived']>) => (this.headersReceived = handler),
    onBeforeRequest: (handler: NonNullable<FakeSession['beforeRequest']>) => (this.beforeRequest = handler),
  };

  setPermissionRequestHandler(handler: NonNullable<FakeSession['permissionRequestHandler']>): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: NonNullable<FakeSession['permissionCheckHandler']>): void {
    this.permissionCheckHandler = handler;
  }
}

export class FakeIpcMain {
  readonly handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  readonly registrations: string[] = [];

  handle(channel: string, handler: (event: unknown, input: unknown) => unknown): void {
    this.registrations.push(channel);
    this.handlers.set(channel, handler);
  }
}

export class FakeProtocol {
  readonly handlers = new Map<string, (request: { url: string }) => Response | Promise<Response>>();
  privileged: unknown[] = [];

  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.privileged.push(...schemes);
  }

  handle(scheme: string, handler: (request: { url: string }) => Response | Promise<Response>): void {
    this.handlers.set(scheme, handler);
  }
}

export function createElectronMock() {
  const state = {
    singleInstanceLock: true,
    appPath: process.cwd(),
    paths: new Map<string, string>(),
    quitCalls: 0,
    errorBoxes: [] as { title: string; content: string }[],
    windows: [] as FakeBrowserWindow[],
    exposed: new Map<string, unknown>(),
    /** Order of the app calls whose sequence matters (userData before the lock and before ready). */
    calls: [] as string[],
  };

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    constructor(readonly options: Record<string, unknown>) {
      super();
      state.windows.push(this);
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show(): void {}
    focus(): void {}
    restore(): void {}
    isMinimized(): boolean {
      return false;
    }
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: () => {
      state.calls.push('requestSingleInstanceLock');
      return state.singleInstanceLock;
    },
    quit: () => {
      state.quitCalls++;
    },
    whenReady: () => {
      state.calls.push('whenReady');
      return Promise.resolve();
    },
    getAppPath: () => state.appPath,
    getPath: (name: string) => {
      const value = state.paths.get(name);
      if (!value) throw new Error(`electron mock: no path set for ${name}`);
      return value;
    },
    setPath: (name: string, value: string) => {
      state.calls.push(`setPath:${name}`);
      state.paths.set(name, value);
    },
  });

  const ipcRenderer = { invoke: (channel: string, input: unknown) => Promise.resolve({ ok: true, data: { channel, input } }) };

  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog: { showErrorBox: (title: string, content: string) => state.errorBoxes.push({ title, content }) },
    ipcMain: new FakeIpcMain(),
    protocol: new FakeProtocol(),
    session: { defaultSession: new FakeSession() },
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => state.exposed.set(key, value) },
    ipcRenderer,
    state,
  };
}

export type ElectronMock = ReturnType<typeof createElectronMock>;
