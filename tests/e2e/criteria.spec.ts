import os from 'node:os';
import path from 'node:path';

import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';

import { expect, test } from './fixtures';
import { CriteriaGridPage } from './pages';

test.use({ province: '62' });

/** The district table's "Bình quân tiêu chí" cell of a district on the dashboard. */
function dashboardAverage(page: Page, district: string) {
  const table = page.getByRole('table', { name: 'Kết quả theo huyện, thành phố' });
  // Columns: name, communes, NTM, advanced, model, average, under the threshold.
  return table.getByRole('row').filter({ hasText: district }).getByRole('cell').nth(5);
}

async function chooseDashboardYear(page: Page, year: number) {
  await page.getByRole('combobox', { name: 'Năm đánh giá' }).click();
  await page.getByRole('option', { name: String(year), exact: true }).click();
}

test('enter 2024 for Huyện Đắk Hà with the keyboard, keep it after reload and see the dashboard change', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 2 })).toBeVisible();
  await chooseDashboardYear(page, 2024);
  // Nothing entered for 2024 yet: the dashboard has no figures for the year.
  await expect(page.getByText('Chưa có số liệu năm 2024')).toBeVisible();

  await page.getByRole('link', { name: 'Tiêu chí nông thôn mới' }).click();
  const criteria = new CriteriaGridPage(page);
  await criteria.chooseDistrict('dak ha', 'Huyện Đắk Hà');
  await criteria.chooseYear(2024);
  const first = await criteria.commune(0);
  const second = await criteria.commune(1);
  const communes = await criteria.grid.getByRole('rowheader').count();
  await expect(criteria.count(first)).toHaveText('—');

  // The grid is one tab stop; arrows move, Space toggles, Home goes back to criterion 1.
  await criteria.cell(1, first).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Home');
  await page.keyboard.press('Space');
  await expect(criteria.cell(1, second)).toBeFocused();
  await expect(criteria.count(first)).toHaveText('3/19');
  await expect(criteria.count(second)).toHaveText('2/19');
  await expect(criteria.unsaved).toBeVisible();

  // Leaving with unsaved edits asks first; staying keeps them.
  await page.getByRole('link', { name: 'Tổng quan' }).click();
  const confirm = page.getByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Ở lại' }).click();
  await expect(criteria.grid).toBeVisible();
  await expect(criteria.count(first)).toHaveText('3/19');

  await criteria.save();
  await expect(page.getByText('Đã lưu kết quả tiêu chí năm 2024 của Huyện Đắk Hà')).toBeVisible();
  // The save answers the records it wrote and the grid shows them in place: nothing unsaved, and the next
  // saves go through at their new versions (a stale version would be refused).
  await expect(criteria.unsaved).toBeHidden();
  await expect(criteria.count(first)).toHaveText('3/19');
  await page.screenshot({ path: path.join(os.tmpdir(), 'thidua-criteria-saved.png'), fullPage: true });
  for (const expected of ['4/19', '3/19']) {
    await criteria.cell(4, first).focus();
    await page.keyboard.press('Space');
    await expect(criteria.count(first)).toHaveText(expected);
    await criteria.save();
    await expect(criteria.unsaved).toBeHidden();
  }
  await expect(page.getByText(/vừa được lưu ở nơi khác|đã được người khác sửa/u)).toHaveCount(0);

  await page.reload();
  await expect(criteria.grid).toBeVisible();
  await expect(criteria.count(first)).toHaveText('3/19');
  await expect(criteria.count(second)).toHaveText('2/19');
  await expect(criteria.cell(3, first)).toHaveAttribute('aria-checked', 'true');
  await expect(criteria.cell(2, second)).toHaveAttribute('aria-checked', 'false');
  await expect(criteria.unsaved).toBeHidden();

  // Every commune of the district now has a 2024 record: 5 criteria over all of them.
  await page.getByRole('link', { name: 'Tổng quan' }).click();
  await chooseDashboardYear(page, 2024);
  const average = (5 / communes).toFixed(2).replace('.', ',');
  await expect(dashboardAverage(page, 'Huyện Đắk Hà')).toHaveText(average);
});

test('a template with a bad cell is previewed with the row error and nothing is written', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Tiêu chí nông thôn mới' }).click();
  const criteria = new CriteriaGridPage(page);
  await criteria.chooseDistrict('dak ha', 'Huyện Đắk Hà');
  await criteria.chooseYear(2024);
  const first = await criteria.commune(0);
  const second = await criteria.commune(1);

  const download = await criteria.downloadTemplate();
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/u);
  const template = path.join(app.dataDir, 'mau.xlsx');
  await download.saveAs(template);

  // Fill the template as a user would, with one mistyped cell on the second commune's row.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  const sheet = workbook.worksheets[0];
  const header = sheet.getRow(4);
  const column = (label: string) => {
    let found = 0;
    header.eachCell((cell, index) => {
      // Criterion headers name the criterion: "TC1. Quy hoạch".
      if (cell.value === label || String(cell.value).startsWith(`${label}. `)) found = index;
    });
    if (!found) throw new Error(`Mẫu không có cột ${label}`);
    return found;
  };
  const nameColumn = column('Tên đơn vị');
  const rowOf = (name: string) => {
    for (let r = 5; r <= sheet.rowCount; r += 1) if (sheet.getRow(r).getCell(nameColumn).value === name) return r;
    throw new Error(`Mẫu không có dòng ${name}`);
  };
  const firstRow = rowOf(first);
  const secondRow = rowOf(second);
  sheet.getRow(firstRow).getCell(column('TC1')).value = 'x';
  sheet.getRow(firstRow).getCell(column('TC2')).value = 'x';
  sheet.getRow(secondRow).getCell(column('TC1')).value = 'x';
  sheet.getRow(secondRow).getCell(column('TC2')).value = 'đạt rồi';
  const filled = path.join(os.tmpdir(), `tieu-chi-loi-${process.pid}.xlsx`);
  await workbook.xlsx.writeFile(filled);

  await criteria.importFile(filled);
  await expect(criteria.preview).toContainText('1 dòng có lỗi');
  const bad = criteria.preview.getByRole('row').filter({ hasText: second });
  await expect(bad).toContainText(String(secondRow));
  await expect(bad).toContainText(`Dòng ${secondRow}, tiêu chí TC2 (Giao thông): giá trị 'đạt rồi' không hợp lệ`);
  await expect(criteria.preview.getByText('Tệp còn dòng có lỗi nên chưa ghi được dòng nào')).toBeVisible();
  await expect(criteria.preview.getByRole('button', { name: 'Ghi dữ liệu' })).toBeDisabled();
  await criteria.preview.getByRole('button', { name: 'Đóng', exact: true }).click();
  await expect(criteria.preview).toBeHidden();

  // Nothing written: not even the first commune's valid row.
  await page.reload();
  await expect(criteria.grid).toBeVisible();
  await expect(criteria.count(first)).toHaveText('—');
  await expect(criteria.cell(1, first)).toHaveAttribute('aria-checked', 'false');
});
