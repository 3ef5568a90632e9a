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
  await gotoRoute(page, app, '/settings');
  const table = page.getByRole('table', { name: 'Các bản sao lưu' });
  // The host backed up at start.
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
