import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { expect, test } from './fixtures';
import { gotoRoute, UnitsPage } from './pages';

test.use({ province: '62' });

const shots = process.env.THIDUA_SHOTS_DIR ?? path.join(os.tmpdir(), 'thidua-shots');

const HEADER = 'Mã,Tên đơn vị,Loại,Cấp trên,Vùng DTTS,Tên gọi khác,Điện thoại,Email,Địa chỉ,Ghi chú,Trạng thái';
const csv = (lines: string[]) => ({
  name: 'danh-ba.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8'),
});

test('imports the registry file: preview with the rows refused, then the new units once the file is right', async ({ page, app }) => {
  fs.mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  await gotoRoute(page, app, '/units');
  const units = new UnitsPage(page);
  await expect(units.count).toHaveText('127 đơn vị');

  await page.getByRole('button', { name: 'Nhập danh bạ' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh bạ đơn vị từ tệp' });
  const good = [
    ',Huyện Đắk Hà,Huyện,Tỉnh Kon Tum,,,,,,,Đang hoạt động',
    ',Xã Đắk Thử,Xã,Huyện Đắk Hà,Có,Đăk Thử,0260 3821 111,,,,',
    ',Thôn Một Mới,Thôn,Xã Đắk Thử,,,,,,,',
  ];
  await dialog
    .locator('input[type="file"]')
    .setInputFiles(csv([...good, ',Xã Lạ,Khu phố,Huyện Đắk Hà,,,,,,,', ',Thôn Mồ Côi,Thôn,Xã Không Có,,,,,,,']));
  await expect(dialog.getByRole('status')).toHaveText('5 dòng: 2 đơn vị mới, 1 đã có, 0 bỏ qua, 2 dòng lỗi');
  await expect(dialog.getByText('Không tìm thấy đơn vị cấp trên "Xã Không Có" trong danh bạ hay ở các dòng trên của tệp.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Nhập 2 đơn vị mới' })).toBeDisabled();
  await page.getByRole('switch', { name: 'Chỉ hiện các dòng lỗi' }).click({ force: true });
  await page.screenshot({ path: path.join(shots, 'units-import-errors.png') });

  await dialog.locator('input[type="file"]').setInputFiles(csv(good));
  await expect(dialog.getByRole('status')).toHaveText('3 dòng: 2 đơn vị mới, 1 đã có, 0 bỏ qua, 0 dòng lỗi');
  await page.screenshot({ path: path.join(shots, 'units-import-ready.png') });
  await dialog.getByRole('button', { name: 'Nhập 2 đơn vị mới' }).click();
  await expect(page.getByText('Đã nhập 2 đơn vị mới vào danh bạ')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(units.count).toHaveText('129 đơn vị');
  await units.search('dak thu');
  await expect(units.unitLink('Xã Đắk Thử')).toBeVisible();
});
