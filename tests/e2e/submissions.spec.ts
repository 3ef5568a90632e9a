import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';

test.use({ province: '62' });

/** Where the screenshots of this spec go (looked at by hand; not compared). */
const shots = process.env.THIDUA_SHOTS_DIR ?? path.join(os.tmpdir(), 'thidua-shots');

async function api(page: Page, url: string, channel: string, input: unknown): Promise<unknown> {
  const token = new URL(url).searchParams.get('token') ?? '';
  const reply = await page.request.post(new URL(`/api/${channel}`, url).href, {
    data: input,
    headers: { Authorization: `Bearer ${token}` },
  });
  const body = (await reply.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
  return body.data;
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test('past milestones received in bulk, a file attached to a submission, the register with recipients and copies, a history', async ({
  page,
  app,
}) => {
  fs.mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Phong trào', exact: true }).click();
  await page
    .getByRole('link', { name: /Kon Tum chung sức xây dựng nông thôn mới/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Hồ sơ đơn vị nộp' }).click();
  const table = page.getByRole('table', { name: 'Văn bản các đơn vị phải nộp' });
  await expect(table.getByRole('row')).toHaveCount(11);
  await expect(table.locator('[data-overdue]')).toHaveCount(10);

  // Mark two units received on the milestone's date, then all the others.
  await table.getByRole('checkbox', { name: /^Chọn Huyện Đắk Hà$/ }).check();
  await table.getByRole('checkbox', { name: /^Chọn Huyện Sa Thầy$/ }).check();
  await page.getByRole('button', { name: 'Đánh dấu 2 đơn vị đã chọn' }).click();
  await page.getByRole('dialog', { name: 'Ghi nhận đã nhận hàng loạt' }).getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(page.getByText('Đã ghi nhận 2 đơn vị đã nộp.')).toBeVisible();
  await expect(table.locator('[data-overdue]')).toHaveCount(8);

  // Đắk Hà: a file attached by upload (the browser host), instead of a typed path.
  await table.getByRole('button', { name: 'Sửa văn bản của Huyện Đắk Hà' }).click();
  const dialog = page.getByRole('dialog', { name: 'Văn bản của Huyện Đắk Hà' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Đính kèm tệp…' }).click();
  await (await chooser).setFiles({ name: 'Kế hoạch 125-KH-UBND.png', mimeType: 'image/png', buffer: PNG });
  await expect(dialog.getByRole('table', { name: 'Tệp đính kèm' })).toContainText('Kế hoạch 125-KH-UBND.png');
  await page.screenshot({ path: path.join(shots, 'submission-attachment.png') });
  await dialog.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
  await expect(dialog.getByRole('table', { name: 'Lịch sử thay đổi' })).toContainText('Ngày nhận');
  await page.keyboard.press('Escape');
  await expect(table.getByRole('row', { name: /Huyện Đắk Hà/ })).toContainText('1 tệp');
  await page.screenshot({ path: path.join(shots, 'submissions-tab.png') });

  // The movement's own history.
  await page.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
  await expect(page.getByRole('table', { name: 'Lịch sử thay đổi' })).toContainText('Tạo mới');
  await page.screenshot({ path: path.join(shots, 'movement-history.png') });

  // A movement report in the register: its trích yếu names the movement; recipients and copies shown.
  const movementId = Number(/movements\/(\d+)/u.exec(page.url())?.[1]);
  const communes = (
    (await api(page, app.url, 'units.list', { kind: 'commune', pageSize: 200 })) as { rows: { id: number; adminType: string }[] }
  ).rows;
  const commune = communes.find((c) => c.adminType === 'Xã');
  await api(page, app.url, 'criteria.setUnitYear', { unitId: commune?.id, year: 2024, criteriaMet: [1, 2, 3, 4, 5], version: null });
  await api(page, app.url, 'documents.issue', {
    template: 'movement-report',
    params: { movementId, year: 2024 },
    date: '2026-12-05',
    signer: 'Nguyễn Văn Bình',
  });
  await page.getByRole('link', { name: 'Sổ văn bản' }).click();
  await page.getByRole('textbox', { name: /Tìm/ }).fill('nong thon moi 2024');
  const register = page.getByRole('table', { name: 'Sổ văn bản đi' });
  const row = register.getByRole('row', { name: /01\/BC-HĐTĐKT/ });
  await expect(row).toContainText('Báo cáo kết quả phong trào thi đua “Kon Tum chung sức xây dựng nông thôn mới” năm 2024');
  await expect(row).toContainText('Các thành viên Hội đồng Thi đua - Khen thưởng');
  await page.screenshot({ path: path.join(shots, 'register.png') });
  await row.getByRole('button', { name: 'Lịch sử thay đổi 01/BC-HĐTĐKT' }).click();
  await expect(page.getByRole('dialog', { name: /Lịch sử thay đổi: 01\/BC-HĐTĐKT/ })).toContainText('Cán bộ văn thư');
  await page.screenshot({ path: path.join(shots, 'document-history.png') });
});
