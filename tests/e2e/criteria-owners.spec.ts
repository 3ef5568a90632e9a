import ExcelJS from 'exceljs';

import { expect, test } from './fixtures';
import { enterCriteria, gotoRoute, MovementPage, PdfPreview } from './pages';

test.use({ province: '62' });

test('assigns an agency to a criterion, sees its page with results and issues its reminder letter', async ({ page, app }) => {
  // The national commune set comes with the QĐ 318 defaults, flagged as such.
  await gotoRoute(page, app, '/criteria/sets');
  const criteria = page.getByRole('table', { name: /^Tiêu chí của Bộ tiêu chí quốc gia về xã nông thôn mới/u });
  const roads = criteria.getByRole('row').filter({ hasText: 'Giao thông' }).first();
  await expect(roads).toContainText('Sở Giao thông vận tải');
  await expect(roads).toContainText('Mặc định theo QĐ 318/QĐ-TTg');

  // Roads get a second agency: the default flag goes.
  await roads.getByRole('button', { name: 'Giao cơ quan phụ trách tiêu chí Giao thông' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cơ quan phụ trách tiêu chí 2. Giao thông' });
  const field = dialog.getByRole('combobox', { name: 'Cơ quan phụ trách' });
  await field.fill('xay dung');
  await page.getByRole('option', { name: 'Sở Xây dựng' }).click();
  await dialog.getByRole('heading').click();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(roads).toContainText('Sở Xây dựng');
  await expect(roads).not.toContainText('Mặc định theo QĐ 318/QĐ-TTg');

  // A year of records, then the results by criterion on the movement page.
  await enterCriteria(page, app, 2024);
  const movement = await MovementPage.openSeed(page, app);
  await movement.openTab('Kết quả theo tiêu chí');
  const results = page.getByRole('table', { name: 'Kết quả từng tiêu chí năm 2024' });
  const roadsResult = results.getByRole('row').filter({ hasText: 'Giao thông' }).first();
  await expect(roadsResult).toContainText('Sở Xây dựng');
  // Only Huyện Đắk Hà has records: its 10 rural communes.
  await expect(roadsResult).toContainText(/\d\/10/u);
  await roadsResult.getByRole('button', { name: /^Xem \d+ xã chưa đạt tiêu chí Giao thông$/u }).click();
  const short = page.getByRole('dialog', { name: 'Xã chưa đạt tiêu chí 2. Giao thông năm 2024' });
  await expect(short.getByRole('table', { name: 'Theo huyện, thành phố' })).toContainText('Huyện Đắk Hà');
  await short.getByRole('button', { name: 'Đóng', exact: true }).click();

  // The agency's page: its criteria (roads and the defaults it had: planning, housing).
  await roadsResult.getByRole('link', { name: 'Sở Xây dựng' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sở Xây dựng' })).toBeVisible();
  const own = page.getByRole('table', { name: 'Tiêu chí phụ trách' });
  await expect(own.getByRole('row')).toHaveCount(4);
  await expect(own).toContainText('Quy hoạch');
  await expect(own).toContainText('Giao thông');
  await expect(own).toContainText('Nhà ở dân cư');
  await expect(page.getByRole('table', { name: 'Số xã đạt từng tiêu chí qua các năm' })).toContainText('2024');

  // Its own workbook: only its three criteria, every commune short.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải Excel kết quả năm 2024 các tiêu chí do Sở Xây dựng phụ trách' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Kết quả tiêu chí 2024 Sở Xây dựng.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  expect(String(sheet.getCell(2, 1).value)).toMatch(/Các tiêu chí do Sở Xây dựng phụ trách$/u);
  expect([4, 5, 6, 7].map((row) => sheet.getRow(row).getCell(2).value)).toEqual(['Quy hoạch', 'Giao thông', 'Nhà ở dân cư', null]);

  // The Công văn đôn đốc: previewed, numbered, then listed with its reply pending.
  await page.getByRole('button', { name: 'Lập công văn đôn đốc' }).click();
  const preview = new PdfPreview(page, 'Công văn đôn đốc Sở Xây dựng');
  await expect(preview.pages).toBeVisible();
  await preview.issue('Trần Văn Bình');
  // Numbered without a type abbreviation: a công văn.
  const stored = new PdfPreview(page, /^Văn bản số \d{2}\/HĐTĐKT$/u);
  await expect(stored.pages).toBeVisible();
  await stored.close();
  const letters = page.getByRole('table', { name: 'Công văn đôn đốc đã gửi' });
  await expect(letters).toContainText('Đôn đốc Sở Xây dựng thực hiện các tiêu chí nông thôn mới năm 2024');
  await expect(letters).toContainText('Chờ trả lời');

  // The reply, recorded as received.
  await letters.getByRole('button', { name: /^Ghi nhận trả lời công văn/u }).click();
  const reply = page.getByRole('dialog', { name: /^Văn bản trả lời công văn số/u });
  await reply.getByRole('textbox', { name: 'Số văn bản trả lời' }).fill('45/SXD-QH');
  await reply.getByRole('button', { name: 'Lưu trả lời' }).click();
  await expect(reply).toBeHidden();
  await expect(letters).toContainText('Số 45/SXD-QH');

  // Listed among the agencies with its letter.
  await page.getByRole('link', { name: 'Cơ quan phụ trách tiêu chí' }).first().click();
  await expect(
    page.getByRole('table', { name: 'Danh sách cơ quan phụ trách tiêu chí' }).getByRole('row').filter({ hasText: 'Sở Xây dựng' }),
  ).toContainText('Giao thông');
});
