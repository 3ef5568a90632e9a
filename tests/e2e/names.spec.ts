import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';

import { expect, test } from './fixtures';
import { CriteriaGridPage, UnitsPage } from './pages';

test.use({ province: '62' });

/** Where the screenshots of these screens go, to be looked at (set THIDUA_SHOTS to keep them elsewhere). */
const shots = process.env.THIDUA_SHOTS ?? path.join('test-results', 'shots');

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, name), fullPage });
}

test('a criteria file naming communes as the news does: "UBND xã ..." rows are taken, an approximate name is asked about, picked once and kept as an alias', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Tiêu chí nông thôn mới' }).click();
  const criteria = new CriteriaGridPage(page);
  await criteria.chooseDistrict('dak ha', 'Huyện Đắk Hà');
  await criteria.chooseYear(2024);

  const download = await criteria.downloadTemplate();
  const template = path.join(app.dataDir, 'mau.xlsx');
  await download.saveAs(template);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  const sheet = workbook.worksheets[0];
  const header = sheet.getRow(4);
  const column = (label: string) => {
    let found = 0;
    header.eachCell((cell, index) => {
      if (cell.value === label || String(cell.value).startsWith(`${label}. `)) found = index;
    });
    if (!found) throw new Error(`Mẫu không có cột ${label}`);
    return found;
  };
  const codeColumn = column('Mã đơn vị');
  const nameColumn = column('Tên đơn vị');
  // The list as a district office would send it: no codes, every commune as its People's Committee,
  // and one spelled as the province's news spells it (Ngọc Wang for the catalogue's Ngok Wang).
  let rows = 0;
  for (let r = 5; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const name = String(row.getCell(nameColumn).value ?? '');
    if (!name.startsWith('Xã ')) continue;
    rows += 1;
    row.getCell(codeColumn).value = null;
    row.getCell(nameColumn).value = name === 'Xã Ngok Wang' ? 'UBND xã Ngọc Wang' : `UBND ${name.replace(/^Xã/u, 'xã')}`;
    row.getCell(column('TC1')).value = 'x';
  }
  expect(rows).toBeGreaterThan(3);
  const filled = path.join(os.tmpdir(), `tieu-chi-ten-${process.pid}.xlsx`);
  await workbook.xlsx.writeFile(filled);

  await criteria.importFile(filled);
  const preview = criteria.preview;
  await expect(preview).toContainText(`${rows} dòng, 1 dòng có lỗi`);
  await expect(preview.getByRole('row').filter({ hasText: 'Xã Đắk Ui' }).first()).toContainText('Trong tệp: UBND xã Đắk Ui');
  const question = preview.getByRole('radiogroup', { name: '"UBND xã Ngọc Wang" là đơn vị nào?' });
  await expect(question).toBeVisible();
  await expect(question).toContainText('gần đúng: Ngọc ↔ Ngok');
  await expect(question).toContainText('Gần đúng');
  await expect(preview.getByRole('button', { name: 'Ghi dữ liệu' })).toBeDisabled();
  await expect(preview).toContainText('1 tên đơn vị chưa chắc chắn');
  await expect(preview.getByText('Tệp còn dòng có lỗi')).toHaveCount(0);
  await question.scrollIntoViewIfNeeded();
  await shoot(page, 'names-criteria-import-ask.png', false);

  await question.getByRole('radio', { name: /Xã Ngok Wang/u }).check();
  await expect(preview).toContainText(`${rows} dòng, 0 dòng có lỗi`);
  await expect(preview.getByText('Hợp lệ (đã chọn)')).toBeVisible();
  await preview.getByRole('button', { name: 'Lưu "UBND xã Ngọc Wang" làm tên gọi khác của Xã Ngok Wang' }).click();
  await expect(page.getByText('Đã lưu "xã Ngọc Wang" làm tên gọi khác của Xã Ngok Wang; lần nhập sau sẽ tự nhận ra.')).toBeVisible();
  await question.scrollIntoViewIfNeeded();
  await shoot(page, 'names-criteria-import-picked.png', false);
  await preview.getByRole('button', { name: 'Ghi dữ liệu' }).click();
  await expect(preview).toBeHidden();
  await expect(criteria.count('Xã Ngok Wang')).toHaveText(/^1\//u);

  // The same file again: the alias now answers without asking.
  await criteria.importFile(filled);
  await expect(preview).toContainText(`${rows} dòng, 0 dòng có lỗi`);
  await expect(preview.getByRole('radiogroup')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Đóng', exact: true }).click();

  // The unit page lists the alias with where it came from; one typed there is added, then removed after a confirmation.
  await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();
  const units = new UnitsPage(page);
  await units.search('UBND xã Ngọc Wang');
  await expect(units.table.getByRole('link').first()).toHaveText('Xã Ngok Wang');
  const unit = await units.open('Xã Ngok Wang');
  const aliases = page.getByRole('region', { name: 'Tên gọi khác' });
  await expect(aliases).toContainText('xã Ngọc Wang');
  await expect(aliases).toContainText('(Từ lần nhập dữ liệu)');
  await aliases.getByLabel('Thêm tên gọi khác').fill('Ngọk Wang');
  await aliases.getByRole('button', { name: 'Thêm' }).click();
  await expect(aliases).toContainText('Ngọk Wang(Nhập tay)');
  await expect(unit.history).toContainText('Tên gọi khác: Ngọk Wang');
  await shoot(page, 'names-unit-aliases.png');

  await aliases.getByRole('button', { name: 'Xóa tên gọi khác Ngọk Wang' }).click();
  const confirm = page.getByRole('dialog', { name: 'Xóa tên gọi khác?' });
  await expect(confirm).toContainText('Xóa "Ngọk Wang" khỏi các tên gọi khác của Xã Ngok Wang?');
  await confirm.getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(page.getByText('Đã xóa tên gọi khác "Ngọk Wang"')).toBeVisible();
  await expect(aliases).not.toContainText('Ngọk Wang');
  await expect(aliases).toContainText('xã Ngọc Wang');
  await expect(unit.history.getByRole('row').filter({ hasText: 'Tên gọi khác: Ngọk Wang' })).toHaveCount(2);
});

test('the unit search reads names as people write them', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();
  const units = new UnitsPage(page);
  for (const [query, first] of [
    ['UBND xã Đăk Ui', 'Xã Đắk Ui'],
    ['TT Plei Kần', 'Thị trấn Plei Kần'],
    ['xã Ngọc Wang, huyện Đăk Hà', 'Xã Ngok Wang'],
    ['Ủy ban nhân dân huyện Đăk Tô', 'Huyện Đắk Tô'],
    ['hdrai', "Huyện Ia H' Drai"],
  ]) {
    await units.search(query);
    await expect(units.table.getByRole('link').first(), query).toHaveText(first);
  }
});

test('the village import asks which commune an approximate name means', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();
  await page.getByRole('button', { name: 'Nhập thôn', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByLabel('Dữ liệu dán từ Excel')
    .fill('Thôn Kon Gung\txã Đăk Mar, huyện Đăk Hà\tx\tThôn\nThôn 6\tUBND xã Hà Mòn\tkhông\tThôn');
  await dialog.getByRole('button', { name: 'Kiểm tra' }).click();
  const question = dialog.getByRole('radiogroup', { name: '"xã Đăk Mar, huyện Đăk Hà" là đơn vị nào?' });
  await expect(question).toContainText('gần đúng: Đăk ↔ Đắk');
  await expect(dialog.getByRole('status')).toContainText('1 tên xã chưa chắc chắn');
  await shoot(page, 'names-village-import-ask.png', false);
  await question.getByRole('radio', { name: /Xã Đắk Mar/u }).check();
  await expect(dialog.getByRole('status')).toContainText('Cả 2 dòng hợp lệ');
  await dialog.getByRole('button', { name: 'Thêm 2 thôn' }).click();
  await expect(dialog).toBeHidden();
});
