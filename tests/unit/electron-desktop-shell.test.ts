import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type {
  BaseWindow,
  BrowserWindowConstructorOptions,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  createElectronShell,
  type ElectronShellDeps,
  OPEN_FOLDER,
  PRINT_FOLDER,
  PRINT_PARTITION,
  type ViewerWindow,
} from '../../electron/main/desktop/electron-shell';
import { FakeSession } from '../mocks/electron';
import { makeTempDir } from '../support/temp-dir';

const PDF = Buffer.from('%PDF-1.7 thử nghiệm');

/** A viewer window as Electron would make it: records what it loads and fires 'closed' when closed. */
class FakeViewer implements ViewerWindow {
  loaded: string | null = null;
  shown = false;
  closedListeners: (() => void)[] = [];
  constructor(
    readonly options: BrowserWindowConstructorOptions,
    private readonly failLoad: boolean,
  ) {}
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return this.failLoad ? Promise.reject(new Error('ERR_FILE_NOT_FOUND')) : Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  close(): void {
    for (const listener of this.closedListeners) listener();
  }
  once(_event: 'closed', listener: () => void): this {
    this.closedListeners.push(listener);
    return this;
  }
}

let temp: ReturnType<typeof makeTempDir>;
let documentsDir: string;
let tempDir: string;
let dialogAnswer: SaveDialogReturnValue;
let dialogCalls: { parent: BaseWindow | null; options: SaveDialogOptions }[];
let viewers: FakeViewer[];
let failLoad: boolean;
let session: FakeSession;
let parent: BaseWindow | null;
let openAnswer: OpenDialogReturnValue;
let openCalls: { parent: BaseWindow | null; options: OpenDialogOptions }[];
let opened: string[];
let openFailure: string;

function shell() {
  const deps: ElectronShellDeps = {
    dialog: {
      showSaveDialog: ((a: BaseWindow | SaveDialogOptions, b?: SaveDialogOptions) => {
        dialogCalls.push(b ? { parent: a as BaseWindow, options: b } : { parent: null, options: a as SaveDialogOptions });
        return Promise.resolve(dialogAnswer);
      }) as ElectronShellDeps['dialog']['showSaveDialog'],
      showOpenDialog: ((a: BaseWindow | OpenDialogOptions, b?: OpenDialogOptions) => {
        openCalls.push(b ? { parent: a as BaseWindow, options: b } : { parent: null, options: a as OpenDialogOptions });
        return Promise.resolve(openAnswer);
      }) as ElectronShellDeps['dialog']['showOpenDialog'],
    },
    openPath: (filePath) => {
      opened.push(filePath);
      return Promise.resolve(openFailure);
    },
    openWindow: (options) => {
      const viewer = new FakeViewer(options, failLoad);
      viewers.push(viewer);
      return viewer;
    },
    parentWindow: () => parent,
    documentsDir: () => documentsDir,
    tempDir: () => tempDir,
    printSession: () => session as unknown as ReturnType<ElectronShellDeps['printSession']>,
  };
  return createElectronShell(deps);
}

beforeEach(() => {
  temp = makeTempDir('desktop');
  documentsDir = path.join(temp.dir, 'Tài liệu');
  tempDir = path.join(temp.dir, 'tmp');
  fs.mkdirSync(documentsDir);
  fs.mkdirSync(tempDir);
  dialogCalls = [];
  openCalls = [];
  opened = [];
  openFailure = '';
  viewers = [];
  failLoad = false;
  session = new FakeSession();
  parent = { id: 1 } as unknown as BaseWindow;
});
afterEach(() => temp.cleanup());

describe('saveFile', () => {
  it('asks with a PDF filter, modal to the app window, starting in Documents, and writes the bytes there', async () => {
    const target = path.join(documentsDir, 'Danh sách.pdf');
    dialogAnswer = { canceled: false, filePath: target };
    expect(await shell().saveFile('01-DS-HĐTĐKT Danh sách đơn vị.pdf', PDF)).toBe(target);
    expect(dialogCalls).toHaveLength(1);
    expect(dialogCalls[0].parent).toBe(parent);
    expect(dialogCalls[0].options).toMatchObject({
      defaultPath: path.join(documentsDir, '01-DS-HĐTĐKT Danh sách đơn vị.pdf'),
      filters: [{ name: 'Tệp PDF', extensions: ['pdf'] }],
    });
    expect(fs.readFileSync(target).equals(PDF)).toBe(true);
    // Written through a temp file that is gone afterwards.
    expect(fs.readdirSync(documentsDir)).toEqual(['Danh sách.pdf']);
  });

  it('never lets a suggested name carry a folder into the default path', async () => {
    dialogAnswer = { canceled: true, filePath: '' };
    await shell().saveFile('../../ngoai.pdf', PDF);
    expect(dialogCalls[0].options.defaultPath).toBe(path.join(documentsDir, 'ngoai.pdf'));
  });

  it('replaces an existing file the user chose to overwrite', async () => {
    const target = path.join(documentsDir, 'cũ.pdf');
    fs.writeFileSync(target, 'bản cũ dài hơn bản mới rất nhiều ký tự');
    dialogAnswer = { canceled: false, filePath: target };
    await shell().saveFile('cũ.pdf', PDF);
    expect(fs.readFileSync(target).equals(PDF)).toBe(true);
  });

  it('answers null and writes nothing when the dialog is cancelled; works without a parent window', async () => {
    parent = null;
    dialogAnswer = { canceled: true, filePath: '' };
    expect(await shell().saveFile('a.pdf', PDF)).toBeNull();
    expect(dialogCalls[0].parent).toBeNull();
    expect(fs.readdirSync(documentsDir)).toEqual([]);
  });
});

describe('printPdf', () => {
  it('opens the PDF in a sandboxed viewer window of its own session and removes the file when it closes', async () => {
    await shell().printPdf(PDF, '01/DS-HĐTĐKT Danh sách đơn vị');
    expect(viewers).toHaveLength(1);
    const viewer = viewers[0];
    expect(viewer.options.webPreferences).toMatchObject({
      partition: PRINT_PARTITION,
      plugins: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(viewer.options.webPreferences?.preload).toBeUndefined();
    expect(viewer.options.title).toBe('01/DS-HĐTĐKT Danh sách đơn vị');
    expect(viewer.shown).toBe(true);
    const loaded = viewer.loaded ?? '';
    const folder = path.join(tempDir, PRINT_FOLDER);
    const [run] = fs.readdirSync(folder);
    const file = path.join(folder, run, '01-DS-HĐTĐKT Danh sách đơn vị.pdf');
    expect(loaded).toBe(pathToFileURL(file).href);
    expect(fs.readFileSync(file).equals(PDF)).toBe(true);

    viewer.close();
    await vi.waitFor(() => expect(fs.existsSync(path.join(folder, run))).toBe(false));
  });

  it('locks the viewer session down once: no permission, nothing remote, only its own PDFs on disk', async () => {
    const desktop = shell();
    await desktop.printPdf(PDF, 'A');
    await desktop.printPdf(PDF, 'B');
    const permission = vi.fn();
    session.permissionRequestHandler?.({}, 'media', permission);
    expect(permission).toHaveBeenCalledWith(false);
    expect(session.permissionCheckHandler?.()).toBe(false);
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      session.beforeRequest?.({ url }, (answer) => (cancel = answer.cancel));
      return cancel;
    };
    expect(cancelled(viewers[0].loaded ?? '')).toBe(false);
    expect(cancelled(viewers[1].loaded ?? '')).toBe(false);
    expect(cancelled('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toBe(false);
    expect(cancelled('https://example.com/')).toBe(true);
    expect(cancelled('http://127.0.0.1:5178/')).toBe(true);
    expect(cancelled(pathToFileURL(path.join(temp.dir, 'khac.pdf')).href)).toBe(true);
    expect(cancelled(pathToFileURL(path.join(tempDir, `${PRINT_FOLDER}-ke-ben`, 'a.pdf')).href)).toBe(true);
    expect(cancelled('không phải địa chỉ')).toBe(true);
  });

  it('removes PDFs a previous run left behind, once, before its first viewer', async () => {
    const stale = path.join(tempDir, PRINT_FOLDER, 'in-cu');
    fs.mkdirSync(stale, { recursive: true });
    fs.writeFileSync(path.join(stale, 'cũ.pdf'), PDF);
    const desktop = shell();
    await desktop.printPdf(PDF, 'A');
    expect(fs.existsSync(stale)).toBe(false);
    await desktop.printPdf(PDF, 'B');
    expect(fs.readdirSync(path.join(tempDir, PRINT_FOLDER))).toHaveLength(2);
  });

  it('closes the window and removes the file when the PDF does not load', async () => {
    failLoad = true;
    await expect(shell().printPdf(PDF, 'A')).rejects.toThrow('ERR_FILE_NOT_FOUND');
    expect(viewers[0].shown).toBe(false);
    await vi.waitFor(() => expect(fs.readdirSync(path.join(tempDir, PRINT_FOLDER))).toEqual([]));
  });
});

describe('chooseFiles', () => {
  const filters = [{ name: 'Tệp được nhận', extensions: ['pdf', 'png'] }];

  it('asks with the given filters for several files, modal to the app window, starting in Documents', async () => {
    const chosen = [path.join(documentsDir, 'a.pdf'), path.join(documentsDir, 'b.png')];
    openAnswer = { canceled: false, filePaths: chosen };
    expect(await shell().chooseFiles({ title: 'Chọn tệp đính kèm', filters })).toEqual(chosen);
    expect(openCalls).toHaveLength(1);
    expect(openCalls[0].parent).toBe(parent);
    expect(openCalls[0].options).toMatchObject({
      title: 'Chọn tệp đính kèm',
      defaultPath: documentsDir,
      filters,
      properties: ['openFile', 'multiSelections'],
    });
  });

  it('answers [] when the dialog is cancelled', async () => {
    parent = null;
    openAnswer = { canceled: true, filePaths: [] };
    expect(await shell().chooseFiles({ title: 'Chọn', filters })).toEqual([]);
    expect(openCalls[0].parent).toBeNull();
  });
});

describe('openFile', () => {
  it('writes a copy under the temp folder, keeping the extension, and opens it with the system program', async () => {
    await shell().openFile('Báo cáo: quý 1?.docx', PDF);
    expect(opened).toHaveLength(1);
    expect(opened[0].startsWith(path.join(tempDir, OPEN_FOLDER) + path.sep)).toBe(true);
    expect(path.basename(opened[0])).toBe('Báo cáo- quý 1-.docx');
    expect(fs.readFileSync(opened[0]).equals(PDF)).toBe(true);
  });

  it("fails with the system's reason when no program opens the file", async () => {
    openFailure = 'No application is associated with the specified file';
    await expect(shell().openFile('a.xls', PDF)).rejects.toThrow('No application is associated');
  });
});
