import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { votedSession } from './decision-pages';
import { expect, test } from './fixtures';
import { rawCall } from './host-api';
import { gotoRoute, PdfPreview } from './pages';

test.use({ province: '62' });

/** Where the screenshots and the draft go, to be looked at by hand. */
const shots = process.env.THIDUA_SHOTS_DIR ?? path.join(os.tmpdir(), 'thidua-shots');

test('a decision from the passed nominations: draft, issue, register numbers, handing over, the register, eligibility', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  fs.mkdirSync(shots, { recursive: true });
  const voted = await votedSession(page, app);

  // Before the decision, the 2026 proposal for a Bằng khen lacks the second year of Chiến sĩ thi đua cơ sở.
  await gotoRoute(page, app, `/nominations/${voted.higher}`);
  const eligibility = page.getByRole('region', { name: 'Điều kiện khen thưởng' });
  await expect(eligibility).toContainText('Chưa đủ 2 năm liên tục Chiến sĩ thi đua cơ sở (có: 2024)');

  await gotoRoute(page, app, '/decisions');
  await expect(page.getByText(/Chưa có quyết định khen thưởng nào/u)).toBeVisible();
  await page.getByRole('button', { name: 'Tạo quyết định' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo quyết định khen thưởng' });
  const candidates = dialog.getByRole('table', { name: 'Hồ sơ đã được Hội đồng biểu quyết đạt' });
  // Only what the council passed is offered: Trần Văn Bảo (9/15) is not.
  await expect(candidates.getByRole('row')).toHaveCount(3);
  await expect(candidates).toContainText('Nguyễn Văn An');
  await expect(candidates).toContainText('Lê Thị Cúc');
  await expect(candidates).not.toContainText('Trần Văn Bảo');
  await page.screenshot({ path: path.join(shots, 'decision-create.png') });

  // Nothing filled: the Vietnamese messages on the fields.
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(dialog.getByText('Số quyết định không được để trống')).toBeVisible();
  await expect(dialog.getByText('Chọn ít nhất một hồ sơ được khen thưởng')).toBeVisible();

  await dialog.getByRole('textbox', { name: 'Số quyết định' }).fill('812/QĐ-UBND');
  await dialog.getByRole('textbox', { name: 'Người ký' }).fill('Nguyễn Văn Hùng');
  await dialog.getByRole('textbox', { name: 'Thẩm quyền ký' }).fill('KT. CHỦ TỊCH — PHÓ CHỦ TỊCH');
  const date = dialog.getByRole('textbox', { name: 'Ngày quyết định' });
  await date.fill('01/06/2025');
  await date.press('Tab');
  await dialog.getByRole('checkbox', { name: 'Chọn Nguyễn Văn An — Chiến sĩ thi đua cơ sở' }).check();
  await dialog.getByRole('checkbox', { name: 'Chọn Lê Thị Cúc — Bằng khen của Chủ tịch UBND tỉnh' }).check();
  await expect(dialog.getByText('Đã chọn 2 hồ sơ')).toBeVisible();
  // A decision dated before the session that passed them is refused by the server, with its reason.
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(dialog.getByText('Ngày quyết định phải từ ngày họp Hội đồng xét hồ sơ của Nguyễn Văn An (20/06/2025) trở đi')).toBeVisible();
  await date.fill('05/07/2025');
  await date.press('Tab');
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Đã tạo dự thảo Quyết định số 812/QĐ-UBND.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Quyết định số 812/QĐ-UBND' })).toBeVisible();
  const awards = page.getByRole('table', { name: 'Danh sách khen thưởng của quyết định' });
  await expect(awards.getByRole('row')).toHaveCount(3);
  await expect(awards.getByRole('row').nth(1)).toContainText('Nguyễn Văn An');
  await expect(awards.getByRole('row').nth(2)).toContainText('Lê Thị Cúc');
  await page.screenshot({ path: path.join(shots, 'decision-draft-page.png'), fullPage: true });

  // The draft: the exact awardees and figures.
  await page.getByRole('button', { name: 'In dự thảo quyết định' }).click();
  const preview = new PdfPreview(page, 'Dự thảo Quyết định khen thưởng');
  await expect(preview.pages).toBeVisible();
  const draftFile = path.join(shots, 'decision-draft.pdf');
  fs.copyFileSync(await (await preview.save()).path(), draftFile);
  await preview.close();
  const draft = execFileSync('pdftotext', ['-layout', draftFile, '-'], { encoding: 'utf8' }).replace(/[ \t]+/gu, ' ');
  expect(draft).toContain('Khen thưởng 2 cá nhân đã có thành tích xuất sắc');
  expect(draft).toContain('- Chiến sĩ thi đua cơ sở: 1 cá nhân;');
  expect(draft).toContain('- Bằng khen của Chủ tịch UBND tỉnh: 1 cá nhân.');
  expect(draft).toMatch(/1 Nguyễn Văn An Xã Đắk Mar/u);
  expect(draft).toMatch(/1 Lê Thị Cúc Xã Đắk Mar/u);
  expect(draft).not.toContain('Trần Văn Bảo');
  expect(draft).toContain('Nguyễn Văn Hùng');

  // Issue, after confirming: register numbers 1 and 2 of 2025 in the decision's order.
  await page.getByRole('button', { name: 'Ban hành quyết định' }).click();
  const confirm = page.getByRole('dialog', { name: 'Ban hành quyết định khen thưởng' });
  await expect(confirm).toContainText('Số vào sổ đã cấp không bao giờ thay đổi hay dùng lại.');
  await confirm.getByRole('button', { name: 'Ban hành', exact: true }).click();
  await expect(page.getByText('Đã ban hành Quyết định số 812/QĐ-UBND.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ban hành quyết định' })).toBeHidden();
  await expect(awards.getByRole('row').nth(1)).toContainText('1/2025');
  await expect(awards.getByRole('row').nth(2)).toContainText('2/2025');

  // Handing over An's award: a date before the decision refused, then printed and handed over.
  await page.getByRole('button', { name: 'Ghi việc in, trao của Nguyễn Văn An' }).click();
  const handOver = page.getByRole('dialog', { name: 'In và trao khen thưởng: Nguyễn Văn An' });
  await handOver.getByRole('textbox', { name: 'Ngày in' }).fill('01/07/2025');
  await handOver.getByRole('textbox', { name: 'Ngày trao' }).fill('20/07/2025');
  await handOver.getByRole('textbox', { name: 'Người nhận' }).fill('Nguyễn Văn An');
  await handOver.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(handOver.getByText('Ngày in không được trước ngày quyết định (05/07/2025)')).toBeVisible();
  await handOver.getByRole('textbox', { name: 'Ngày in' }).fill('10/07/2025');
  await handOver.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(handOver).toBeHidden();
  await expect(page.getByText('Đã ghi việc in, trao khen thưởng của Nguyễn Văn An.')).toBeVisible();
  await expect(awards.getByRole('row').nth(1)).toContainText('10/07/2025');
  await expect(awards.getByRole('row').nth(1)).toContainText('20/07/2025');
  await page.screenshot({ path: path.join(shots, 'decision-issued-page.png'), fullPage: true });

  // The server refuses the same mistakes, in Vietnamese.
  const decisionId = Number(new URL(page.url()).hash.split('/').pop());
  const decision = (await rawCall<{ items: { id: number; version: number }[] }>(page, app, 'decisions.get', { id: decisionId })).data;
  const cuc = decision?.items[1];
  const refused = await rawCall(page, app, 'awards.handOver', {
    awardId: cuc?.id,
    version: cuc?.version,
    printedOn: '2025-07-20',
    handedOverOn: '2025-07-10',
  });
  expect(refused.error?.message).toBe('Ngày trao không được trước ngày in');
  const notPassed = await rawCall(page, app, 'decisions.create', {
    number: '900/QĐ-UBND',
    date: '2025-07-05',
    signerName: 'Nguyễn Văn Hùng',
    signerAuthority: 'CHỦ TỊCH',
    nominationIds: [voted.bao],
  });
  expect(notPassed.error?.message).toBe(
    'Hồ sơ của Trần Văn Bảo chưa được Hội đồng biểu quyết đạt: không đưa vào quyết định khen thưởng được',
  );

  // The register: both awards with consecutive numbers; searched without diacritics.
  await page.getByRole('link', { name: 'Sổ khen thưởng' }).click();
  const register = page.getByRole('table', { name: 'Sổ khen thưởng' });
  await expect(register.getByRole('row')).toHaveCount(3);
  await expect(register.getByRole('row').nth(1)).toContainText('2/2025');
  await expect(register.getByRole('row').nth(1)).toContainText('Lê Thị Cúc');
  await expect(register.getByRole('row').nth(2)).toContainText('1/2025');
  await expect(register.getByRole('row').nth(2)).toContainText('Nguyễn Văn An');
  await expect(register.getByRole('row').nth(2)).toContainText('812/QĐ-UBND ngày 05/07/2025');
  await page.screenshot({ path: path.join(shots, 'award-register.png'), fullPage: true });
  await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill('nguyen van an');
  await expect(register.getByRole('row')).toHaveCount(2);
  await expect(register).toContainText('Nguyễn Văn An');
  await page.getByRole('textbox', { name: 'Tìm kiếm' }).fill('');
  await expect(register.getByRole('row')).toHaveCount(3);

  // CSV: UTF-8 with BOM, Vietnamese headers; XLSX alongside.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất CSV' }).click();
  const csv = fs.readFileSync((await (await csvDownload).path()) as string);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe(
    'Số vào sổ,Năm,Họ và tên / Tên tập thể,Loại đối tượng,Hình thức khen thưởng,Đơn vị trình,Phong trào,Số quyết định,Ngày quyết định,Thẩm quyền,Ngày in,Ngày trao,Người nhận',
  );
  expect(lines[1]).toMatch(/^2,2025,Lê Thị Cúc,Cá nhân,Bằng khen của Chủ tịch UBND tỉnh,/u);
  expect(lines[2]).toMatch(/^1,2025,Nguyễn Văn An,.*,10\/07\/2025,20\/07\/2025,Nguyễn Văn An$/u);
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  expect((await xlsxDownload).suggestedFilename()).toMatch(/\.xlsx$/u);

  // The decisions list shows it issued, with one award handed over.
  await page.getByRole('link', { name: 'Quyết định khen thưởng' }).click();
  const list = page.getByRole('table', { name: 'Danh sách quyết định khen thưởng' });
  await expect(list.getByRole('row').nth(1)).toContainText('812/QĐ-UBND');
  await expect(list.getByRole('row').nth(1)).toContainText('Đã ban hành');
  await page.screenshot({ path: path.join(shots, 'decisions-list.png'), fullPage: true });

  // The issued award is in An's history: the 2026 proposal now has its two consecutive years.
  await gotoRoute(page, app, `/nominations/${voted.higher}`);
  await expect(eligibility).toContainText('Đủ 2 năm liên tục Chiến sĩ thi đua cơ sở (2024, 2025)');
  await gotoRoute(page, app, `/nominees/${voted.anNomineeId}`);
  await expect(page.getByRole('table', { name: 'Quá trình khen thưởng' })).toContainText('812/QĐ-UBND');
});
