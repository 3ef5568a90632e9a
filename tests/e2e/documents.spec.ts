import fs from 'node:fs';

import { expect, test } from './fixtures';
import { DocumentsRegisterPage, PdfPreview, UnitsPage } from './pages';

test.use({ province: '62' });

/** A call to the browser host's API with the run's token: test data the screens under test only read. */
async function api<T>(appUrl: string, channel: string, input: unknown): Promise<T> {
  const url = new URL(appUrl);
  const response = await fetch(`${url.origin}/api/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${url.searchParams.get('token')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; data: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
  return body.data;
}

test('print the directory of one district as a working list: no number, no issue, saved as PDF', async ({ page, app }) => {
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    const match = /\/api\/([\w.]+)$/u.exec(new URL(request.url()).pathname);
    if (match) apiCalls.push(match[1]);
  });
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();
  const units = new UnitsPage(page);
  await expect(units.count).toHaveText('127 đơn vị');

  const district = page.getByRole('combobox', { name: 'Huyện, thành phố' });
  await district.click();
  await district.fill('dak ha');
  await page.getByRole('option', { name: 'Huyện Đắk Hà', exact: true }).click();
  await expect(units.count).toContainText('Huyện Đắk Hà');

  await page.getByRole('button', { name: 'In danh sách' }).click();
  const list = new PdfPreview(page, 'Danh sách đơn vị');
  await expect(list.pages).toBeVisible();
  await expect(list.frame).toHaveAttribute('src', /^blob:/u);
  await expect(list.dialog).toContainText('Danh sách làm việc: in không có số và không ghi vào sổ văn bản.');
  await expect(list.dialog.getByRole('button', { name: 'Cấp số và phát hành' })).toHaveCount(0);

  const download = await list.save();
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await list.close();

  // Nothing went into the register.
  await page.getByRole('link', { name: 'Sổ văn bản' }).click();
  await expect(page.getByText('Chưa có văn bản nào phù hợp với bộ lọc.')).toBeVisible();
  expect(apiCalls).not.toContain('documents.issue');
});

test('issue the movement report as 01/BC-HĐTĐKT signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", find it in the register and save it again', async ({
  page,
  app,
}) => {
  // 2022 criteria of Huyện Ia H' Drai's communes, so the report has a year to print.
  const units = (
    await api<{ rows: { id: number; code: string | null; kind: string; adminType: string; districtId: number | null }[] }>(
      app.url,
      'units.list',
      { pageSize: 200 },
    )
  ).rows;
  const district = units.find((unit) => unit.code === '618');
  const communes = units.filter((unit) => unit.kind === 'commune' && unit.adminType === 'Xã' && unit.districtId === district?.id);
  await api(app.url, 'criteria.setDistrictYear', {
    districtId: district?.id,
    year: 2022,
    rows: communes.map((commune) => ({ unitId: commune.id, criteriaMet: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13], version: null })),
  });

  await page.goto(app.url);
  await page.getByRole('combobox', { name: 'Năm đánh giá' }).click();
  await page.getByRole('option', { name: '2022', exact: true }).click();
  await page.getByRole('button', { name: 'In báo cáo' }).click();
  const draft = new PdfPreview(page, 'Báo cáo kết quả phong trào thi đua “Kon Tum chung sức xây dựng nông thôn mới” năm 2022');
  await expect(draft.pages).toBeVisible();
  await expect(draft.dialog).toContainText('Bản xem trước chưa có số');

  await draft.dialog.getByRole('button', { name: 'Cấp số và phát hành' }).click();
  const signature = draft.dialog.getByLabel('In trên văn bản');
  await expect(signature).toContainText('TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG');
  await draft.dialog.getByRole('button', { name: 'Phó Chủ tịch ký thay' }).click();
  await expect(signature).toContainText('KT. CHỦ TỊCH');
  await expect(signature).toContainText('PHÓ CHỦ TỊCH');
  await draft.dialog.getByLabel('Người ký', { exact: true }).fill('Trần Thị Mỹ Dung');
  await draft.dialog.getByRole('button', { name: 'Cấp số', exact: true }).click();

  const issued = new PdfPreview(page, 'Văn bản số 01/BC-HĐTĐKT');
  await expect(issued.dialog).toBeVisible();
  await expect(page.getByText('Đã cấp số 01/BC-HĐTĐKT và lưu vào sổ văn bản.')).toBeVisible();
  await expect(issued.dialog.getByRole('button', { name: 'Cấp số và phát hành' })).toHaveCount(0);
  await issued.close();

  await page.getByRole('link', { name: 'Sổ văn bản' }).click();
  const register = new DocumentsRegisterPage(page);
  const row = register.row('01/BC-HĐTĐKT');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Báo cáo kết quả phong trào thi đua “Kon Tum chung sức xây dựng nông thôn mới” năm 2022');
  await expect(row).toContainText('Trần Thị Mỹ Dung');

  const reopened = await register.open('01/BC-HĐTĐKT');
  await expect(reopened.pages).toBeVisible();
  const download = await reopened.save();
  expect(download.suggestedFilename()).toBe(
    '01-BC-HĐTĐKT Báo cáo kết quả phong trào thi đua “Kon Tum chung sức xây dựng nông thôn mới” năm 2022.pdf',
  );
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const { rows: entries } = await api<{ rows: { numberSymbol: string; signature: unknown }[] }>(app.url, 'documents.list', {});
  expect(entries).toEqual([
    expect.objectContaining({
      numberSymbol: '01/BC-HĐTĐKT',
      signature: { prefix: 'KT.', authority: 'Chủ tịch', position: 'Phó Chủ tịch', signer: 'Trần Thị Mỹ Dung' },
    }),
  ]);
});
