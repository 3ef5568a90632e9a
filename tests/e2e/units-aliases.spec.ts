import fs from 'node:fs';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { UnitsPage } from './pages';

test.use({ province: '62' });

const shots = process.env.THIDUA_SHOTS ?? path.join('test-results', 'shots');

async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, name), fullPage: true });
}

test('the registry exported to CSV, names typed into "Tên gọi khác", read back: the units answer to them', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Đơn vị' }).first().click();
  const units = new UnitsPage(page);
  await units.search('Đắk Ui');
  await expect(units.unitLink('Xã Đắk Ui')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất CSV' }).click();
  const file = path.join(app.dataDir, 'danh-ba.csv');
  await (await downloading).saveAs(file);
  // A colleague writes the names the news uses into the "Tên gọi khác" column (the 6th).
  const lines = fs.readFileSync(file, 'utf8').split('\r\n');
  const row = lines.findIndex((line) => line.startsWith('23509,'));
  expect(row).toBeGreaterThan(0);
  const cells = lines[row].split(',');
  cells[5] = 'Đăk Ui; UBND Đắk Uy';
  lines[row] = cells.join(',');
  fs.writeFileSync(file, lines.join('\r\n'));

  await page.getByRole('button', { name: 'Nhập tên gọi khác' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập tên gọi khác từ tệp danh bạ đơn vị' });
  await dialog.locator('input[type="file"]').setInputFiles(file);
  const table = dialog.getByRole('table', { name: 'Các dòng có tên gọi khác trong tệp' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('Xã Đắk Ui');
  await expect(table.getByRole('row').nth(1)).toContainText('Đăk Ui; Đắk Uy');
  await expect(dialog.getByRole('status')).toContainText('Sẽ thêm 2 tên gọi khác cho 1 đơn vị.');
  await shoot(page, 'units-alias-import-preview.png');
  await dialog.getByRole('button', { name: 'Thêm 2 tên gọi khác' }).click();
  await expect(page.getByText('Đã thêm 2 tên gọi khác cho 1 đơn vị.')).toBeVisible();

  // The search box now finds the unit by a name it did not know.
  await units.search('UBND xã Đắk Uy');
  await expect(units.unitLink('Xã Đắk Ui')).toBeVisible();
  await shoot(page, 'units-alias-import-found.png');
});
