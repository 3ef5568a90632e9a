import fs from 'node:fs';

import { lineBox, pdfWords } from '../support/pdf-words';
import { E2E_AWARDEES, issuedDecision } from './certificate-pages';
import { expect, test } from './fixtures';
import { gotoRoute, PdfPreview } from './pages';

test.use({ province: '62', viewport: { width: 1280, height: 900 } });

const MM = 72 / 25.4;

async function downloaded(preview: PdfPreview): Promise<Buffer> {
  const download = await preview.save();
  const file = await download.path();
  return fs.readFileSync(file);
}

test('a layout edited on the screen prints its calibration page and a decision’s certificates where it says', async ({ page, app }) => {
  await page.goto(app.url);
  await issuedDecision(page, app);
  await gotoRoute(page, app, '/certificates/layouts');
  await expect(page.getByRole('heading', { name: 'Phôi bằng khen, giấy khen' })).toBeVisible();
  const editor = page.getByRole('table', { name: 'Vị trí các trường' });
  await expect(editor).toBeVisible();
  await expect(page.getByLabel('Tên mẫu phôi')).toHaveValue('Bằng khen của Chủ tịch UBND tỉnh (A4 ngang)');

  // A field outside the paper is refused with the contract's message on it.
  const width = page.getByLabel('Rộng (mm) của trường Người, tập thể được khen');
  await width.fill('300');
  await page.getByRole('button', { name: 'Lưu mẫu phôi' }).click();
  await expect(page.getByText('Trường "Người, tập thể được khen" vượt ra ngoài mép phải của giấy: 48 + 300 > 297 mm')).toBeVisible();
  await width.fill('200');
  await page.getByLabel('y (mm) của trường Người, tập thể được khen').fill('90,5');
  await page.getByRole('button', { name: 'Lưu mẫu phôi' }).click();
  await expect(page.getByText('Đã lưu mẫu phôi "Bằng khen của Chủ tịch UBND tỉnh (A4 ngang)".')).toBeVisible();
  // The preview draws the box at its new place: 90,5 of 210 mm from the top.
  // Read until both boxes are laid out: the preview draws again after the save (a box read meanwhile is null).
  const box = page.getByTestId('certificate-preview').locator('[data-field="awardee"]');
  await expect
    .poll(async () => {
      const sheet = await page.getByTestId('certificate-preview').boundingBox();
      const field = await box.boundingBox();
      if (!sheet || !field) return null;
      return Math.abs((field.y - sheet.y) / sheet.height - 90.5 / 210);
    })
    .toBeLessThan(0.01);

  // A picture of the blank (any PNG; here a screenshot) shows under the boxes in the preview, never in print.
  const picture = await page.screenshot({ clip: { x: 0, y: 0, width: 594, height: 420 } });
  await page.locator('input[type="file"]').setInputFiles({ name: 'phoi-bang-khen.png', mimeType: 'image/png', buffer: picture });
  await expect(page.getByText('Đã lưu ảnh phôi.')).toBeVisible();
  await expect(page.getByTestId('certificate-preview').locator('img')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bỏ ảnh phôi' })).toBeVisible();
  if (process.env.SCREENSHOT_DIR)
    await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/certificate-layouts-with-picture.png`, fullPage: true });

  await page.getByRole('button', { name: 'In trang căn chỉnh' }).click();
  const calibration = new PdfPreview(page, 'Trang căn chỉnh: Bằng khen của Chủ tịch UBND tỉnh (A4 ngang)');
  await expect(calibration.pages).toHaveText('1 trang');
  await expect(calibration.dialog.getByRole('button', { name: 'Cấp số và phát hành' })).toHaveCount(0);
  const [calibrationPage] = pdfWords(await downloaded(calibration));
  expect(lineBox(calibrationPage, 'TRANG CĂN CHỈNH: Bằng khen của Chủ tịch UBND tỉnh (A4 ngang)')).not.toBeNull();
  const label = lineBox(calibrationPage, 'Người, tập thể được khen');
  expect(Math.abs((label?.yMin ?? 0) / MM - (90.5 + 0.6))).toBeLessThan(0.5);
  await calibration.close();

  // The batch of the issued decision, picked from the register.
  await expect(page.getByRole('textbox', { name: 'Tìm số quyết định, người được khen' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Quyết định đã ban hành' })).toHaveValue('812/QĐ-UBND ngày 05/07/2025');
  await page.getByRole('button', { name: 'In bằng khen trên phôi' }).click();
  const dialog = page.getByRole('dialog', { name: 'In bằng khen, giấy khen trên phôi' });
  await expect(dialog.getByRole('combobox', { name: 'Mẫu phôi' })).toHaveValue('Bằng khen của Chủ tịch UBND tỉnh (A4 ngang)');
  await dialog.getByRole('button', { name: 'Xem bản in' }).click();
  const batch = new PdfPreview(page, 'Bằng khen theo Quyết định số 812/QĐ-UBND');
  await expect(batch.pages).toHaveText('2 trang');
  const pages = pdfWords(await downloaded(batch));
  expect(pages).toHaveLength(2);
  E2E_AWARDEES.forEach((name, index) => {
    const awardee = lineBox(pages[index], `${index === 0 ? 'Ông' : 'Bà'} ${name}`);
    expect(awardee, name).not.toBeNull();
    // Centred in its box (48 + 200 mm) on the line saved above, no printer offset set.
    expect(Math.abs(((awardee?.xMin ?? 0) + (awardee?.xMax ?? 0)) / 2 / MM - 148)).toBeLessThan(0.5);
    expect(Math.abs((awardee?.yMin ?? 0) / MM - 90.5)).toBeLessThan(0.5);
    expect(lineBox(pages[index], `Số vào sổ: ${index + 1}/2025`)).not.toBeNull();
  });
});
