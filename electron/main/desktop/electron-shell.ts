import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { BaseWindow, BrowserWindowConstructorOptions, Dialog, OpenDialogOptions, SaveDialogOptions, Session } from 'electron';

import { safeFileName } from '../../../shared/format/file-name';
import type { DesktopShell } from './shell';

/** In-memory session of the print viewer windows (no "persist:" prefix: nothing of it is kept on disk). */
export const PRINT_PARTITION = 'thidua-print';
/** Folder under the system temp folder holding the PDFs open in viewer windows; each is removed when its window closes. */
export const PRINT_FOLDER = 'thidua-in';
/** Folder under the system temp folder holding copies of attachments opened with the system's programs. */
export const OPEN_FOLDER = 'thidua-mo';

const text = {
  saveTitle: 'Lưu văn bản PDF',
  saveFileTitle: 'Lưu tệp',
  pdfFilter: 'Tệp PDF',
};

/** The part of a BrowserWindow the viewer uses, so tests can stand in for Electron. */
export interface ViewerWindow {
  loadURL(url: string): Promise<void>;
  show(): void;
  close(): void;
  once(event: 'closed', listener: () => void): unknown;
}

export interface ElectronShellDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** Electron's `shell.openPath`: '' on success, else the system's error text. */
  openPath(filePath: string): Promise<string>;
  /** `new BrowserWindow(options)`; injected so this file never loads Electron itself. */
  openWindow(options: BrowserWindowConstructorOptions): ViewerWindow;
  /** The app's window, parent of the Save dialog (modal to it); null before it exists. */
  parentWindow(): BaseWindow | null;
  /** Where the Save dialog starts (the user's Documents folder); read when needed, after 'ready'. */
  documentsDir(): string;
  /** The system temp folder. */
  tempDir(): string;
  /** `session.fromPartition(PRINT_PARTITION)`; locked down by the shell before its first window opens. */
  printSession(): PrintSession;
}

type PrintSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>;

/** Writes through a temp file in the same folder then renames, so a failed write never leaves half a PDF. */
async function writeWhole(target: string, bytes: Uint8Array): Promise<void> {
  const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await fs.writeFile(temp, bytes, { flag: 'wx' });
    await fs.rename(temp, target);
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** Web preferences of a viewer window: as locked down as the app's own, plus the PDF viewer (`plugins`). */
export function viewerWindowOptions(title: string): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1100,
    height: 850,
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      partition: PRINT_PARTITION,
      devTools: false,
      // Chromium's built-in PDF viewer only loads where plugins are enabled (electron/electron#9901, #12337).
      plugins: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/**
 * The viewer windows' session: no permission is granted and nothing remote is fetched; the only
 * files it may read are the PDFs this shell wrote into the print folder. The PDF viewer's own
 * pages (chrome-extension:, chrome:) stay allowed, or it could not draw.
 */
export function lockDownPrintSession(session: PrintSession, tempDir: string): void {
  const root = path.join(tempDir, PRINT_FOLDER) + path.sep;
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowedInViewer(details.url, root) }));
}

/** Windows paths compare without case (Chromium may hand back "c:" for "C:"). */
function samePathCase(value: string): string {
  return process.platform === 'win32' ? value.toLowerCase() : value;
}

function allowedInViewer(url: string, root: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') return samePathCase(fileURLToPath(parsed)).startsWith(samePathCase(root));
  return ['chrome-extension:', 'chrome:', 'chrome-untrusted:', 'blob:', 'data:', 'devtools:'].includes(parsed.protocol);
}

/**
 * Save as: the native Save dialog, then the bytes written where the user chose.
 *
 * Print: the PDF opens in its own window in Chromium's built-in PDF viewer, where the user prints
 * with the viewer's printer button or Ctrl+P (the system print dialog). We deliberately do not call
 * webContents.print() ourselves: on a PDF it printed blank pages for years (electron/electron#30947,
 * fixed only in Electron 32 by #43309), and 'did-finish-load' fires before the viewer has the
 * document (#10512, #40797), so an automatic print races the viewer and can print nothing. The
 * viewer's own print button always prints the PDF as drawn, and the user sees what goes to paper.
 */
export function createElectronShell(deps: ElectronShellDeps): DesktopShell {
  let sessionReady = false;
  return {
    async saveFile(suggestedName, bytes, filter) {
      const options: SaveDialogOptions = {
        title: filter ? text.saveFileTitle : text.saveTitle,
        defaultPath: path.join(deps.documentsDir(), path.basename(suggestedName)),
        filters: [filter ?? { name: text.pdfFilter, extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = deps.parentWindow();
      const result = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await writeWhole(result.filePath, bytes);
      return result.filePath;
    },

    async chooseFiles({ title, filters }) {
      const options: OpenDialogOptions = {
        title,
        defaultPath: deps.documentsDir(),
        filters,
        properties: ['openFile', 'multiSelections'],
      };
      const parent = deps.parentWindow();
      const result = parent ? await deps.dialog.showOpenDialog(parent, options) : await deps.dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },

    async openFile(name, bytes) {
      // A copy in its own temp folder, so the program that opens it never edits the stored original.
      const root = path.join(deps.tempDir(), OPEN_FOLDER);
      await fs.mkdir(root, { recursive: true });
      const folder = await fs.mkdtemp(path.join(root, 'mo-'));
      const extension = path.extname(name);
      const file = path.join(folder, safeFileName([path.basename(name, extension)], extension || 'bin', 'tep-dinh-kem'));
      await fs.writeFile(file, bytes);
      const failure = await deps.openPath(file);
      if (failure) throw new Error(failure);
    },

    async printPdf(bytes, title) {
      const tempDir = deps.tempDir();
      const root = path.join(tempDir, PRINT_FOLDER);
      if (!sessionReady) {
        lockDownPrintSession(deps.printSession(), tempDir);
        // PDFs left by a run that ended with viewers open; none of this run's viewers exists yet (single instance).
        await fs.rm(root, { recursive: true, force: true });
        sessionReady = true;
      }
      await fs.mkdir(root, { recursive: true });
      const folder = await fs.mkdtemp(path.join(root, 'in-'));
      const file = path.join(folder, safeFileName([title], 'pdf'));
      await fs.writeFile(file, bytes);
      const viewer = deps.openWindow(viewerWindowOptions(title));
      viewer.once('closed', () => void fs.rm(folder, { recursive: true, force: true }));
      try {
        await viewer.loadURL(pathToFileURL(file).href);
      } catch (error) {
        viewer.close();
        throw error;
      }
      viewer.show();
    },
  };
}
