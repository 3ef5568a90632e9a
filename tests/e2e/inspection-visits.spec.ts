import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { communes, hostCall, InspectionVisitPage, RecommendationsOverview, seedRound } from './inspection-visit-pages';
import { gotoRoute } from './pages';

test.use({ province: '62' });

/** Where the screenshots of this spec go (looked at by hand; not compared). */
const shots = process.env.THIDUA_SHOTS_DIR ?? path.join(os.tmpdir(), 'thidua-shots');

async function shoot(page: Page, name: string): Promise<void> {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: path.join(shots, `${name}-${viewport.width}x${viewport.height}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

const RECOMMENDATION = 'Bổ sung sổ theo dõi khen thưởng theo thẩm quyền và lưu trữ hồ sơ đúng quy định';

test('a visit: results with points and band, a refused signing, findings, a recommendation, reopening; closed at the next year’s visit', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  fs.mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(app.url);
  const year = new Date().getFullYear();
  const [unit, other] = await communes(page, app, 2);
  const first = await seedRound(page, app, year, [unit.id]);

  const visit = await InspectionVisitPage.open(page, app, first.visitIds[0], unit.name);
  await visit.expectStatus('Kế hoạch');
  await expect(page.getByText(/Kết quả chỉ được ghi khi lần kiểm tra ở bước "Đang kiểm tra"/u)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Số liệu theo dõi của phong trào' })).toContainText(String(year - 1));
  await visit.forward('Đang kiểm tra');
  await visit.expectStatus('Đang kiểm tra');

  // Every item but the required II.6; I.1 first given more than its maximum, refused before sending.
  await visit.setResult('I.1', 'Đạt', 12, 'Kế hoạch số 12/KH-UBND ngày 15/02');
  await expect(page.getByText('Điểm vượt mức tối đa 10')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByText('Hãy sửa các ô báo lỗi rồi lưu lại.')).toBeVisible();
  await visit.setResult('I.1', 'Đạt', 10);
  await visit.setResult('I.2', 'Đạt', 8);
  await visit.setResult('I.3', 'Đạt', 18, 'Theo số liệu tiêu chí của phong trào');
  await visit.setResult('I.4', 'Chưa đạt', 9);
  await visit.setResult('II.1', 'Đạt', 10);
  await visit.setResult('II.2', 'Đạt', 7);
  await visit.setResult('II.3', 'Đạt', 9);
  await visit.setResult('II.4', 'Đạt', 10);
  await visit.setResult('II.5', 'Không áp dụng');
  // 81 of 95 (II.5 left out): scaled to 85,3 of 100, "Tốt".
  await expect(visit.total).toHaveText('81 / 95');
  await expect(visit.band).toHaveText('Tốt');
  await expect(page.getByText('9 nội dung chưa lưu')).toBeVisible();
  await visit.saveResults();
  await expect(visit.total).toHaveText('81 / 95');
  await expect(page.getByText('Còn 1 nội dung bắt buộc chưa có kết quả')).toBeVisible();
  await shoot(page, 'inspection-visit-checklist');

  await visit.forward('Đã có kết quả');
  await visit.expectStatus('Đã có kết quả');
  await visit.forward('Đã ký biên bản');
  await expect(visit.refusal).toContainText(
    'Chưa thể ký biên bản: còn nội dung bắt buộc chưa có kết quả: II.6. Lưu trữ hồ sơ thi đua, khen thưởng.',
  );
  await visit.expectStatus('Đã có kết quả');
  await shoot(page, 'inspection-visit-refused');

  await visit.saveFindings({
    strengths: 'Cấp ủy, chính quyền quan tâm chỉ đạo; phong trào được phát động kịp thời.',
    shortcomings: 'Sổ sách theo dõi khen thưởng chưa đầy đủ.',
    causes: 'Cán bộ phụ trách thay đổi nhiều lần.',
  });
  await visit.addRecommendation(RECOMMENDATION, `31/12/${year}`);
  await expect(visit.ownRecommendations.getByRole('row', { name: new RegExp(RECOMMENDATION, 'u') })).toContainText('Chưa thực hiện');
  await shoot(page, 'inspection-visit-recommendations');

  await visit.openTab('Kết quả kiểm tra');
  await visit.setResult('II.6', 'Đạt', 5, 'Hồ sơ lưu tại Văn phòng UBND xã');
  await visit.saveResults();
  // 86 of 95, scaled 90,5 of 100: now "Xuất sắc".
  await expect(visit.total).toHaveText('86 / 95');
  await expect(visit.band).toHaveText('Xuất sắc');
  await visit.forward('Đã ký biên bản');
  await visit.expectStatus('Đã ký biên bản');
  await expect(visit.refusal).toBeHidden();

  // Reopening asks for a reason, kept in the history.
  await visit.workflow.getByRole('button', { name: 'Mở lại', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Mở lại lần kiểm tra' });
  await dialog.getByRole('button', { name: 'Mở lại', exact: true }).click();
  await expect(dialog.getByText('Mở lại cần ghi lý do')).toBeVisible();
  await shoot(page, 'inspection-visit-reopen');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  await visit.reopen('Đã có kết quả', 'Đơn vị bổ sung minh chứng nội dung II.2');
  await visit.expectStatus('Đã có kết quả');
  await visit.openTab('Diễn biến');
  const history = page.getByRole('table', { name: 'Diễn biến trạng thái' });
  await expect(history.getByRole('row').nth(1)).toContainText('Đã ký biên bản → Đã có kết quả');
  await expect(history.getByRole('row').nth(1)).toContainText('Đơn vị bổ sung minh chứng nội dung II.2');
  await shoot(page, 'inspection-visit-history');
  await visit.openTab('Thành phần dự');
  await expect(page.getByRole('table', { name: 'Thành phần đoàn kiểm tra' })).toContainText('Trưởng đoàn');
  await page.getByRole('button', { name: 'Thêm người dự' }).click();
  await page.getByRole('textbox', { name: 'Họ và tên người dự thứ 1' }).fill('Nguyễn Văn An');
  await page.getByRole('textbox', { name: 'Chức vụ người dự thứ 1' }).fill('Chủ tịch UBND xã');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu thành phần dự của đơn vị.')).toBeVisible();
  await shoot(page, 'inspection-visit-present');

  // The next year's round: the open recommendation appears on the same unit's visit and is closed there.
  const second = await seedRound(page, app, year + 1, [unit.id]);
  const next = await InspectionVisitPage.open(page, app, second.visitIds[0], unit.name);
  await next.openTab('Kiến nghị');
  await expect(next.carriedRecommendations).toContainText(RECOMMENDATION);
  await expect(next.carriedRecommendations).toContainText(`Đợt năm ${year}`);
  await shoot(page, 'inspection-visit-carried');
  await next.closeCarried(RECOMMENDATION);
  await expect(next.carriedRecommendations.getByRole('row', { name: new RegExp(RECOMMENDATION, 'u') })).toContainText('Đã hoàn thành');

  // A recommendation of last year's round, past its deadline: highlighted in the overview and on the dashboard.
  const earlier = await seedRound(page, app, year - 1, [other.id]);
  const late = 'Kiện toàn Hội đồng Thi đua - Khen thưởng xã';
  await hostCall(page, app, 'recommendations.create', {
    visitId: earlier.visitIds[0],
    text: late,
    responsibleUnitId: other.id,
    deadline: `${year - 1}-12-31`,
  });
  const overview = await RecommendationsOverview.open(page, app);
  await expect(overview.row(RECOMMENDATION)).toContainText('Đã hoàn thành');
  await expect(overview.row(late)).toHaveAttribute('data-overdue', 'true');
  await expect(overview.row(late)).toContainText('Quá hạn');
  await shoot(page, 'recommendations-overview');
  // Searched on the server without diacritics, with the server's count.
  await page.getByLabel('Tìm kiếm').fill('kien toan hoi dong');
  await expect(overview.table.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'kiến nghị' })).toContainText('1 kiến nghị');
  await page.getByLabel('Tìm kiếm').fill('');
  // By keyboard: a notification may lie over the checkbox at the top of the page.
  await page.getByRole('checkbox', { name: /Chỉ những kiến nghị quá hạn/u }).focus();
  await page.keyboard.press('Space');
  await expect(overview.table.getByRole('row')).toHaveCount(2);
  await expect(overview.row(late)).toBeVisible();
  await overview.table.getByRole('link', { name: `Mở lần kiểm tra tại ${other.name} năm ${year - 1}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Kiểm tra tại ${other.name}` })).toBeVisible();

  await gotoRoute(page, app, '/dashboard');
  const card = page.getByRole('region', { name: 'Kiến nghị quá hạn' });
  await expect(card).toContainText(late);
  await expect(card).toContainText('(1)');
  await card.scrollIntoViewIfNeeded();
  await shoot(page, 'dashboard-overdue-recommendations');
  await card.getByRole('link', { name: 'Xem tất cả kiến nghị' }).click();
  await expect(page.getByRole('checkbox', { name: /Chỉ những kiến nghị quá hạn/u })).toBeChecked();
});
