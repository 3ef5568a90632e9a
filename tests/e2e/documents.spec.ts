import fs from 'node:fs';

import { expect, test } from './fixtures';
import { DocumentsRegisterPage, PdfPreview, UnitsPage } from './pages';

test.use({ province: '62' });

test('print the directory of one district, issue it as 01, find it in the register and save it again', async ({ page, app }) => {
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    const match = /\/api\/([\w.]+)$/u.exec(new URL(request.url()).pathname);
    if (match) apiCalls.push(match[1]);
  });
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();
  const units = new UnitsPage(page);
  await expect(units.count).toHaveText('113 đơn vị');

  const district = page.getByRole('combobox', { name: 'Huyện, thành phố' });
  await district.click();
  await district.fill('dak ha');
  await page.getByRole('option', { name: 'Huyện Đắk Hà', exact: true }).click();
  await expect(units.count).toContainText('Huyện Đắk Hà');
  await expect(units.unitLink('Thị trấn Đắk Hà')).toBeVisible();

  await page.getByRole('button', { name: 'In danh sách' }).click();
  const draft = new PdfPreview(page, 'Danh sách đơn vị');
  await expect(draft.dialog).toBeVisible();
  await expect(draft.pages).toBeVisible();
  await expect(draft.frame).toHaveAttribute('src', /^blob:/u);
  await expect(draft.dialog).toContainText('Bản xem trước chưa có số');

  await draft.issue('Nguyễn Văn Bình');
  const issued = new PdfPreview(page, 'Văn bản số 01/DS-HĐTĐKT');
  await expect(issued.dialog).toBeVisible();
  await expect(page.getByText('Đã cấp số 01/DS-HĐTĐKT và lưu vào sổ văn bản.')).toBeVisible();
  await expect(issued.pages).toBeVisible();
  await expect(issued.dialog.getByRole('button', { name: 'Cấp số và phát hành' })).toHaveCount(0);
  await issued.close();

  await page.getByRole('link', { name: 'Sổ văn bản' }).click();
  const register = new DocumentsRegisterPage(page);
  const row = register.row('01/DS-HĐTĐKT');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Danh sách đơn vị huyện Đắk Hà');
  await expect(row).toContainText('Nguyễn Văn Bình');

  const reopened = await register.open('01/DS-HĐTĐKT');
  await expect(reopened.pages).toBeVisible();
  await expect(reopened.frame).toHaveAttribute('src', /^blob:/u);

  // The browser host has no native dialog: Save downloads the stored PDF.
  const download = await reopened.save();
  expect(download.suggestedFilename()).toBe('01-DS-HĐTĐKT Danh sách đơn vị huyện Đắk Hà.pdf');
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // Headless Chromium kills a page that prints ("Headless Print Manager"), so Print is covered by the
  // component tests; here: the browser asked what the shell can do and never used main's native channels.
  expect(apiCalls).toContain('app.capabilities');
  expect(apiCalls).not.toContain('documents.saveAs');
  expect(apiCalls).not.toContain('documents.print');
});
