import ExcelJS from 'exceljs';

import { expect, test } from './fixtures';
import { gotoRoute } from './pages';

test.use({ province: '62' });

/** Reads a downloaded workbook: its title and the rows under the "STT" header. */
async function workbookOf(path: string): Promise<{ title: string; header: string[]; rows: ExcelJS.CellValue[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  let header = 1;
  while (sheet.getCell(header, 1).value !== 'STT') header++;
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = header + 1; r <= sheet.rowCount; r++) rows.push((sheet.getRow(r).values as ExcelJS.CellValue[]).slice(1));
  return { title: String(sheet.getCell(1, 1).value), header: (sheet.getRow(header).values as string[]).slice(1), rows };
}

test('"Xuất Excel" on the movements list and on a movement’s milestones downloads typed workbooks', async ({ page, app }) => {
  await gotoRoute(page, app, '/movements');
  await expect(page.getByRole('link', { name: 'Kon Tum chung sức xây dựng nông thôn mới' })).toBeVisible();
  let downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  let download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Danh sách phong trào \d{4}-\d{2}-\d{2}\.xlsx$/u);
  const movements = await workbookOf(await download.path());
  expect(movements.title).toBe('DANH SÁCH PHONG TRÀO THI ĐUA');
  expect(movements.rows[0].slice(0, 5)).toEqual([1, 'Kon Tum chung sức xây dựng nông thôn mới', 'Chuyên đề', 2021, 2025]);
  expect(movements.rows[0][6]).toEqual(new Date(Date.UTC(2022, 5, 28)));

  await page.getByRole('link', { name: 'Kon Tum chung sức xây dựng nông thôn mới' }).click();
  await page.getByRole('tab', { name: 'Mốc thời gian' }).click();
  downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  download = await downloading;
  const milestones = await workbookOf(await download.path());
  expect(milestones.title).toBe('CÁC MỐC THỜI GIAN CỦA PHONG TRÀO: Kon Tum chung sức xây dựng nông thôn mới');
  expect(milestones.rows).toHaveLength(4);
  expect(milestones.rows[0][3]).toEqual(new Date(Date.UTC(2022, 6, 15)));
});
