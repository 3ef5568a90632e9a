import fs from 'node:fs';
import path from 'node:path';

import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { PRINT_PARTITION } from '../../electron/main/desktop/electron-shell';
import { documentSettingsFor } from '../../shared/domain/settings';
import { createElectronMock, type ElectronMock, FakeSession } from '../mocks/electron';
import { makeTempDir, repoRoot } from '../support/temp-dir';

// The real main/index.ts against the electron mock, with the dialog and the print session the
// shared mock does not model added here: Save as and Print go IPC -> service -> Electron shell.

let temp: ReturnType<typeof makeTempDir>;
let electron: ElectronMock;
let dialogOptions: SaveDialogOptions[];
let partitions: Map<string, FakeSession>;
let chosen: string;
let openOptions: OpenDialogOptions[];
let picked: string[];
let openedPaths: string[];

async function startShell(): Promise<void> {
  vi.resetModules();
  electron = createElectronMock();
  dialogOptions = [];
  partitions = new Map();
  openOptions = [];
  picked = [];
  openedPaths = [];
  Object.assign(electron.dialog, {
    showSaveDialog: (_parent: unknown, options: SaveDialogOptions) => {
      dialogOptions.push(options);
      return Promise.resolve({ canceled: false, filePath: chosen });
    },
    showOpenDialog: (_parent: unknown, options: OpenDialogOptions) => {
      openOptions.push(options);
      return Promise.resolve({ canceled: picked.length === 0, filePaths: picked });
    },
  });
  Object.assign(electron, {
    shell: {
      openPath: (file: string) => {
        openedPaths.push(file);
        return Promise.resolve('');
      },
    },
  });
  Object.assign(electron.session, {
    fromPartition: (name: string) => {
      if (!partitions.has(name)) partitions.set(name, new FakeSession());
      return partitions.get(name);
    },
  });
  vi.doMock('electron', () => electron);
  electron.state.appPath = repoRoot;
  for (const name of ['appData', 'documents', 'temp']) {
    fs.mkdirSync(path.join(temp.dir, name));
    electron.state.paths.set(name, path.join(temp.dir, name));
  }
  await import('../../electron/main/index');
  await new Promise((resolve) => setImmediate(resolve));
}

/** A call from our window's main frame, as the preload makes it. */
function invoke(channel: string, input: unknown): Promise<unknown> {
  const window = electron.state.windows[0];
  const handler = electron.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(handler({ sender: { id: window.webContents.id }, senderFrame: { url: 'app://thidua/index.html' } }, input));
}

beforeEach(async () => {
  temp = makeTempDir('desktop-ipc');
  chosen = path.join(temp.dir, 'documents', 'Danh sách đơn vị.pdf');
  await startShell();
  const setup = await invoke('setup.initialize', {
    provinceCode: '62',
    operatorName: 'Nguyễn Thị Hoa',
    documentSettings: documentSettingsFor('Tỉnh Kon Tum'),
  });
  expect(setup).toMatchObject({ ok: true });
});
afterEach(() => {
  electron.app.emit('window-all-closed');
  temp.cleanup();
});

describe('Save as and Print in the Electron shell', () => {
  it('says native dialogs exist', async () => {
    expect(await invoke('app.capabilities', {})).toEqual({ ok: true, data: { nativeDialogs: true } });
  });

  it('saves a draft through the native dialog into the file the user chose', async () => {
    const answer = await invoke('documents.saveAs', { template: 'unit-directory', params: {}, fileName: 'Danh sách đơn vị.pdf' });
    expect(answer).toEqual({ ok: true, data: { saved: true, path: chosen } });
    expect(dialogOptions[0].defaultPath).toBe(path.join(temp.dir, 'documents', 'Danh sách đơn vị.pdf'));
    expect(fs.readFileSync(chosen).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('opens an issued document in a viewer window of the print session', async () => {
    // The movement report of 2022 for one district's communes (the unit directory is a working list, never issued).
    type Answer<T> = { ok: true; data: T };
    const movements = (await invoke('movements.list', {})) as Answer<{ id: number; document: { number: string } }[]>;
    const movementId = movements.data.find((movement) => movement.document.number === '2017/KH-UBND')?.id;
    const districts = (await invoke('units.list', { kind: 'district', pageSize: 200 })) as Answer<{
      rows: { id: number; code: string | null }[];
    }>;
    const district = districts.data.rows.find((unit) => unit.code === '618');
    const communes = (await invoke('units.list', { kind: 'commune', districtId: district?.id, pageSize: 200 })) as Answer<{
      rows: { id: number }[];
    }>;
    const rows = communes.data.rows.map((unit) => ({ unitId: unit.id, criteriaMet: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], version: null }));
    expect(await invoke('criteria.setDistrictYear', { districtId: district?.id, year: 2022, rows })).toMatchObject({ ok: true });
    const issued = (await invoke('documents.issue', {
      template: 'movement-report',
      params: { movementId, year: 2022 },
      date: '2026-12-05',
    })) as Answer<{ id: number }>;
    expect(await invoke('documents.print', { documentId: issued.data.id })).toEqual({ ok: true, data: { opened: true } });
    const viewer = electron.state.windows[1];
    expect(viewer.options).toMatchObject({
      title: '01/BC-HĐTĐKT Báo cáo kết quả phong trào thi đua “Kon Tum chung sức xây dựng nông thôn mới” năm 2022',
    });
    expect(viewer.options.webPreferences).toMatchObject({ partition: PRINT_PARTITION, plugins: true, sandbox: true });
    expect(viewer.loadedUrl).toMatch(/^file:\/\/.*\.pdf$/);
    // The print session was locked down before the window loaded anything.
    expect(partitions.get(PRINT_PARTITION)?.beforeRequest).not.toBeNull();
  });
});

describe('Attachments in the Electron shell', () => {
  it("attaches the files chosen in the native open dialog to a submission and opens one with the system's program", async () => {
    const movements = (await invoke('movements.list', {})) as { data: { id: number }[] };
    const milestones = (await invoke('milestones.list', { movementId: movements.data[0].id })) as {
      data: { id: number; requiresSubmission: boolean }[];
    };
    const milestone = milestones.data.find((m) => m.requiresSubmission);
    const expected = (await invoke('submissions.list', { milestoneId: milestone?.id })) as { data: { unitId: number }[] };
    const saved = (await invoke('submissions.set', {
      milestoneId: milestone?.id,
      unitId: expected.data[0].unitId,
      receivedDate: '2022-07-30',
      version: null,
    })) as {
      data: { id: number };
    };
    const file = path.join(temp.dir, 'documents', 'Kế hoạch.pdf');
    fs.writeFileSync(file, '%PDF-1.7 kế hoạch');
    picked = [file];
    const added = (await invoke('attachments.choose', { ownerKind: 'submission', ownerId: saved.data.id })) as {
      ok: true;
      data: { id: number; name: string; sha256: string }[];
    };
    expect(added.data.map((a) => a.name)).toEqual(['Kế hoạch.pdf']);
    expect(openOptions[0]).toMatchObject({ title: 'Chọn tệp đính kèm', properties: ['openFile', 'multiSelections'] });
    expect(fs.existsSync(path.join(temp.dir, 'appData', 'ThiDua', 'attachments', added.data[0].sha256))).toBe(true);

    expect(await invoke('attachments.open', { id: added.data[0].id })).toEqual({ ok: true, data: { opened: true } });
    expect(openedPaths).toHaveLength(1);
    expect(path.basename(openedPaths[0])).toBe('Kế hoạch.pdf');
    expect(fs.readFileSync(openedPaths[0], 'utf8')).toBe('%PDF-1.7 kế hoạch');

    picked = [];
    expect(await invoke('attachments.choose', { ownerKind: 'submission', ownerId: saved.data.id })).toEqual({ ok: true, data: [] });
  });
});
