import fs from 'node:fs';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { CriteriaGridPage, UnitsPage } from './pages';

test.use({ province: '62' });

/** Where the screenshots of these screens go, to be looked at (set THIDUA_SHOTS to keep them elsewhere). */
const shots = process.env.THIDUA_SHOTS ?? path.join('test-results', 'shots');

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, name), fullPage });
}

async function chooseDashboardYear(page: Page, year: number) {
  await page.getByRole('combobox', { name: 'Năm đánh giá' }).click();
  await page.getByRole('option', { name: String(year), exact: true }).click();
}

test('a new database: the dashboard names the missing baseline, past recognitions are entered in bulk, then edited and removed', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 2 })).toBeVisible();
  await chooseDashboardYear(page, 2022);
  await expect(page.getByText('Chưa có số liệu năm 2022')).toBeVisible();
  await expect(page.getByText(/Chưa có quyết định công nhận nông thôn mới nào đến hết năm 2022/u)).toBeVisible();
  await expect(page.getByText('0/85')).toHaveCount(0);
  await shoot(page, 'dashboard-empty.png');

  await page.getByRole('link', { name: 'Nhập các quyết định công nhận' }).click();
  await expect(page.getByRole('tab', { name: 'Công nhận các năm' })).toHaveAttribute('aria-selected', 'true');
  await new CriteriaGridPage(page).chooseDistrict('dak ha', 'Huyện Đắk Hà');
  const table = page.getByRole('table', { name: 'Mức công nhận năm 2022 - Huyện Đắk Hà' });
  await expect(table).toBeVisible();
  const rows = table.getByRole('row');
  const names: string[] = [];
  for (let i = 1; i <= 4; i += 1) names.push(((await rows.nth(i).getByRole('cell').nth(2).textContent()) ?? '').trim());

  for (const name of names.slice(0, 3)) await page.getByRole('checkbox', { name: `Chọn ${name}` }).check();
  await page.getByLabel('Số quyết định').fill('1234/QĐ-UBND');
  await page.getByLabel('Ngày quyết định').fill('30/12/2022');
  await page.getByLabel('Thẩm quyền ký').fill('Chủ tịch UBND tỉnh');
  await page.getByRole('button', { name: 'Áp dụng cho 3 xã đã chọn' }).click();
  await page.getByRole('combobox', { name: `Mức công nhận năm 2022 của ${names[3]}` }).selectOption('ntm-advanced');
  await expect(page.getByText(/nhưng chưa có quyết định "Đạt chuẩn nông thôn mới" năm trước đó/u)).toBeVisible();
  await expect(page.getByText('4 xã có thay đổi chưa lưu')).toBeVisible();
  await shoot(page, 'bulk-recognitions.png');

  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Một số mức công nhận có vẻ chưa hợp lý' });
  await confirm.getByRole('button', { name: 'Vẫn lưu' }).click();
  await expect(page.getByText('Đã lưu mức công nhận năm 2022 của 4 xã thuộc Huyện Đắk Hà')).toBeVisible();
  await expect(table.getByText('Số 1234/QĐ-UBND ngày 30/12/2022 (Chủ tịch UBND tỉnh)')).toHaveCount(3);
  // The save answers the decisions it wrote, shown in place: nothing left unsaved.
  await expect(page.getByText('4 xã có thay đổi chưa lưu')).toHaveCount(0);
  await shoot(page, 'bulk-recognitions-saved.png');

  await page.getByRole('tab', { name: 'Vùng đồng bào DTTS' }).click();
  await page.getByRole('checkbox', { name: `${names[0]} thuộc vùng đồng bào DTTS` }).check();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu vùng đồng bào DTTS của 1 đơn vị')).toBeVisible();
  await shoot(page, 'bulk-ethnic.png');

  await page.getByRole('link', { name: 'Tổng quan' }).click();
  await chooseDashboardYear(page, 2022);
  // Four decisions, no criteria record: the NTM figure is real now, the criteria figures are reported missing.
  await expect(page.getByRole('button', { name: '4/85' }).first()).toBeVisible();
  await expect(page.getByText('Còn thiếu số liệu gốc')).toBeVisible();
  await expect(page.getByText(/Chưa có kết quả tiêu chí năm 2022 của xã nào/u)).toBeVisible();
  await shoot(page, 'dashboard-partial.png', false);

  await page.getByRole('link', { name: 'Đơn vị' }).first().click();
  const units = new UnitsPage(page);
  await units.search(names[0]);
  const unit = await units.open(names[0]);
  await page.getByRole('button', { name: 'Sửa quyết định năm 2022' }).click();
  const dialog = unit.dialog;
  await expect(dialog.getByLabel('Số quyết định')).toHaveValue('1234/QĐ-UBND');
  await dialog.getByRole('combobox', { name: 'Mức công nhận' }).click();
  await page.getByRole('option', { name: 'Đạt chuẩn nông thôn mới kiểu mẫu' }).click();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByText(/chưa có quyết định công nhận "Đạt chuẩn nông thôn mới nâng cao" nào trước năm 2022/u)).toBeVisible();
  await shoot(page, 'recognition-dialog.png', false);
  await dialog.getByRole('button', { name: 'Vẫn lưu' }).click();
  const recognitions = page.getByRole('table', { name: 'Mức công nhận theo năm' });
  await expect(recognitions.getByText('Đạt chuẩn nông thôn mới kiểu mẫu')).toBeVisible();
  await expect(page.getByText(/: Đạt chuẩn nông thôn mới kiểu mẫu \(theo quyết định năm 2022\)$/u)).toBeVisible();

  await page.getByRole('button', { name: 'Xóa quyết định năm 2022' }).click();
  const remove = page.getByRole('dialog', { name: 'Xóa quyết định công nhận' });
  await expect(remove.getByText(/Xóa quyết định công nhận năm 2022 \(Đạt chuẩn nông thôn mới kiểu mẫu\)/u)).toBeVisible();
  await shoot(page, 'recognition-remove.png', false);
  await remove.getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(page.getByText('Chưa có quyết định công nhận nào.')).toBeVisible();
});
