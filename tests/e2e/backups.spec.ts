import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { expect, test } from './fixtures';
import { hostCall } from './host-api';
import { gotoRoute } from './pages';

test.use({ province: '62' });

const shots = process.env.THIDUA_SHOTS_DIR ?? path.join(os.tmpdir(), 'thidua-shots');

test('backs up on demand, then restores a backup after previewing it: a unit added since is gone, the present kept as a backup', async ({
  page,
  app,
}) => {
  fs.mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  // The host backs up shortly after it starts (START_BACKUP_DELAY_MS); the screen lists it once made.
  await expect
    .poll(async () => (await hostCall<{ reason: string }[]>(page, app, 'backups.list', {})).map((entry) => entry.reason), {
      timeout: 15_000,
    })
    .toContain('start');
  await gotoRoute(page, app, '/settings');
  const table = page.getByRole('table', { name: 'Các bản sao lưu' });
  await expect(table.getByRole('row', { name: /Khi mở phần mềm/u })).toBeVisible();

  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByText('Đã sao lưu dữ liệu')).toBeVisible();
  const manual = table.getByRole('row', { name: /Sao lưu thủ công/u });
  await expect(manual).toBeVisible();
  await expect(manual.getByText('Nguyên vẹn')).toBeVisible();
  await page.getByRole('heading', { name: 'Sao lưu và khôi phục dữ liệu' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'backups-list.png'), fullPage: true });

  const parentId = ((await hostCall(page, app, 'units.search', { query: 'Thị trấn Đắk Hà', limit: 1 })) as { id: number }[])[0].id;
  await hostCall(page, app, 'units.create', { name: 'Thôn Sau Sao Lưu', kind: 'village', adminType: 'Thôn', parentId });

  await manual.getByRole('button', { name: /^Khôi phục bản sao lưu lúc/u }).click();
  const dialog = page.getByRole('dialog');
  const units = dialog.getByRole('row', { name: /^Đơn vị/u });
  await expect(units).toBeVisible();
  const [inBackup, now] = (await units.getByRole('cell').allTextContents()).slice(1).map((text) => Number(text.replace(/\./g, '')));
  expect(now).toBe(inBackup + 1);
  await page.screenshot({ path: path.join(shots, 'backups-restore.png') });
  await dialog.getByRole('button', { name: 'Khôi phục bản sao lưu này' }).click();
  // The app reloads on the restored data.
  await expect(page.getByRole('table', { name: 'Các bản sao lưu' }).getByRole('row', { name: /Trước khi khôi phục/u })).toBeVisible({
    timeout: 15_000,
  });
  const found = (await hostCall(page, app, 'units.search', { query: 'Thôn Sau Sao Lưu', limit: 5 })) as { name: string }[];
  expect(found.map((unit) => unit.name)).not.toContain('Thôn Sau Sao Lưu');
});

test('writes the portable archive into exports/ and downloads it, then imports it back after a confirmation', async ({ page, app }) => {
  fs.mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  await gotoRoute(page, app, '/settings');
  await page.getByRole('heading', { name: 'Chuyển dữ liệu sang máy khác' }).scrollIntoViewIfNeeded();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tạo tệp chuyển máy' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Dữ liệu Thi đua chuyển máy .*\.zip$/u);
  await expect(page.getByText('Đã tạo tệp chuyển máy')).toBeVisible();
  const written = fs.readdirSync(path.join(app.dataDir, 'exports')).filter((name) => name.endsWith('.zip'));
  expect(written).toEqual([download.suggestedFilename()]);
  const saved = path.join(os.tmpdir(), `thidua-archive-${Date.now()}.zip`);
  await download.saveAs(saved);
  expect(fs.readFileSync(saved)).toEqual(fs.readFileSync(path.join(app.dataDir, 'exports', written[0])));
  await page.screenshot({ path: path.join(shots, 'backups-archive.png'), fullPage: true });

  const parentId = ((await hostCall(page, app, 'units.search', { query: 'Thị trấn Đắk Hà', limit: 1 })) as { id: number }[])[0].id;
  await hostCall(page, app, 'units.create', { name: 'Thôn Sau Chuyển Máy', kind: 'village', adminType: 'Thôn', parentId });
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhập tệp chuyển máy' }).click();
  await (await choosing).setFiles(saved);
  const dialog = page.getByRole('dialog', { name: 'Nhập dữ liệu từ tệp chuyển máy' });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'backups-archive-import.png') });
  await dialog.getByRole('button', { name: 'Nhập và thay dữ liệu hiện tại' }).click();
  await expect(page.getByText('Đã nhập dữ liệu từ tệp chuyển máy')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('table', { name: 'Các bản sao lưu' }).getByRole('row', { name: /Trước khi khôi phục/u })).toBeVisible({
    timeout: 15_000,
  });
  const found = (await hostCall(page, app, 'units.search', { query: 'Thôn Sau Chuyển Máy', limit: 5 })) as { name: string }[];
  expect(found.map((unit) => unit.name)).not.toContain('Thôn Sau Chuyển Máy');
  fs.rmSync(saved, { force: true });
});
