import fs from 'node:fs';
import path from 'node:path';

import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell as electronShell } from 'electron';

import { type AppContext, createAppContext } from './app-context';
import { DamagedDatabaseError } from './db/connection';
import { createElectronShell, PRINT_PARTITION } from './desktop/electron-shell';
import { registerIpc } from './ipc-electron';
import { APP_FOLDER_NAME } from './paths';
import { registerAppProtocol, rendererDirFrom } from './protocol';
import { APP_ORIGIN, APP_SCHEME, lockDownContents, lockDownSession, secureWebPreferences } from './security';
import { newestRestorableBackup, recoveryMessages, restoreAtStartup } from './startup-recovery';

// Must run before 'ready': app:// behaves like a standard secure origin (fetch, relative URLs).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// Before the single-instance lock and 'ready': both the lock and Chromium's profile live in userData,
// so setting it later would split the app's data between two folders.
app.setPath('userData', path.join(app.getPath('appData'), APP_FOLDER_NAME));

let mainWindow: BrowserWindow | null = null;
let context: AppContext | null = null;

/** The Electron build of better-sqlite3, kept apart from the Node build that tests and the host use. */
function electronSqliteBinding(): string | undefined {
  const candidates = [
    path.join(process.resourcesPath ?? '', 'native', 'better_sqlite3.node'),
    path.join(app.getAppPath(), 'resources', 'native', 'electron', 'better_sqlite3.node'),
  ];
  return candidates.find((file) => fs.existsSync(file));
}

function resourcesDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'app-resources') : path.join(app.getAppPath(), 'resources');
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1100,
    minHeight: 700,
    title: 'Thi đua',
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, 'preload.cjs'), { devTools: !app.isPackaged }),
  });
  lockDownContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

/**
 * The start-up error screen: the reason, and for a database that cannot be used the newest sound
 * backup to restore (the unusable file is kept aside). Returns the context opened after a restore.
 */
function offerRestore(error: unknown, open: () => AppContext): AppContext | null {
  const message = error instanceof Error ? error.message : String(error);
  const backup = error instanceof DamagedDatabaseError ? newestRestorableBackup(app.getPath('userData')) : null;
  if (!backup) {
    dialog.showErrorBox('Thi đua', message);
    return null;
  }
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Thi đua',
    message,
    detail: recoveryMessages.offer(backup),
    buttons: ['Khôi phục bản sao lưu', 'Thoát'],
    defaultId: 0,
    cancelId: 1,
  });
  if (choice !== 0) return null;
  try {
    restoreAtStartup(app.getPath('userData'), backup.id);
    return open();
  } catch (again) {
    dialog.showErrorBox('Thi đua', again instanceof Error ? again.message : String(again));
    return null;
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));

  void app.whenReady().then(() => {
    lockDownSession(session.defaultSession);
    registerAppProtocol(protocol, rendererDirFrom(app.getAppPath()));
    const shell = createElectronShell({
      dialog,
      openPath: (filePath) => electronShell.openPath(filePath),
      openWindow: (options) => new BrowserWindow(options),
      parentWindow: () => mainWindow,
      documentsDir: () => app.getPath('documents'),
      tempDir: () => app.getPath('temp'),
      printSession: () => session.fromPartition(PRINT_PARTITION),
    });
    const open = () =>
      createAppContext({
        dataDir: app.getPath('userData'),
        resourcesDir: resourcesDir(),
        nativeBinding: electronSqliteBinding(),
        shell,
        automaticBackups: true,
        log: (message, error) => console.error(message, error),
      });
    try {
      context = open();
    } catch (error) {
      context = offerRestore(error, open);
      if (!context) {
        app.quit();
        return;
      }
    }
    registerIpc(ipcMain, context.handlers, () => mainWindow);
    mainWindow = createWindow();
    mainWindow.on('closed', () => (mainWindow = null));
  });

  app.on('window-all-closed', () => {
    const closing = context;
    context = null;
    // The exit backup runs before the process ends; a failed one is logged and the app still quits.
    void (closing ? closing.shutdown() : Promise.resolve()).finally(() => app.quit());
  });
}
