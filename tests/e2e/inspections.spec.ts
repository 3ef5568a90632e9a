import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { hostCall, rawCall } from './host-api';
import { currentYear, dayOf, InspectionRoundsPage, PeopleDirectoryPage, type RoundPage } from './inspection-pages';
import { InspectionVisitPage, seedRound } from './inspection-visit-pages';
import { MovementPage, PdfPreview } from './pages';

test.use({ province: '62' });

/** Where the PDFs and screenshots of this spec go (looked at by hand; not compared). */
const shots = process.env.THIDUA_SHOTS_DIR ?? path.join(os.tmpdir(), 'thidua-shots');

const LEADER = { fullName: 'Nguyễn Văn Hùng', position: 'Phó Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh', agency: 'UBND tỉnh Kon Tum' };
const SECRETARY = { fullName: 'Trần Thị Bình', position: 'Chuyên viên', agency: 'Ban Thi đua - Khen thưởng tỉnh' };
const TEAM = 'Đoàn kiểm tra số 1';
const RECOMMENDATION = 'Bổ sung sổ theo dõi khen thưởng theo thẩm quyền và lưu trữ hồ sơ đúng quy định';

/** Issues the draft open in `title`'s preview, saves the numbered PDF and returns its text (pdftotext, layout kept). */
async function issueAndRead(page: Page, draftTitle: string, numberSymbol: string, name: string): Promise<string> {
  const draft = new PdfPreview(page, draftTitle);
  await expect(draft.pages).toBeVisible();
  await draft.dialog.getByRole('button', { name: 'Cấp số và phát hành' }).click();
  await draft.dialog.getByRole('button', { name: 'Cấp số', exact: true }).click();
  const issued = new PdfPreview(page, `Văn bản số ${numberSymbol}`);
  await expect(issued.dialog).toBeVisible();
  const download = await issued.save();
  const file = path.join(shots, `${name}.pdf`);
  fs.copyFileSync(await download.path(), file);
  await issued.close();
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/gu, ' ');
}

/** One visit through the UI: start, every item's result, findings, maybe a recommendation, results, signed minutes. */
async function inspect(
  page: Page,
  app: { url: string },
  visitId: number,
  unitName: string,
  scores: Record<string, number | 'na'>,
  recommendation?: string,
): Promise<InspectionVisitPage> {
  const visit = await InspectionVisitPage.open(page, app, visitId, unitName);
  await visit.forward('Đang kiểm tra');
  await visit.expectStatus('Đang kiểm tra');
  for (const [code, points] of Object.entries(scores)) {
    if (points === 'na') await visit.setResult(code, 'Không áp dụng');
    else await visit.setResult(code, points > 0 ? 'Đạt' : 'Chưa đạt', points);
  }
  await visit.saveResults();
  await visit.saveFindings({
    strengths: `${unitName}: cấp ủy, chính quyền quan tâm chỉ đạo phong trào.`,
    shortcomings: 'Sổ sách theo dõi khen thưởng chưa đầy đủ.',
    causes: 'Cán bộ phụ trách thay đổi nhiều lần.',
  });
  if (recommendation) await visit.addRecommendation(recommendation, `31/12/${currentYear()}`);
  await visit.forward('Đã có kết quả');
  await visit.expectStatus('Đã có kết quả');
  await visit.forward('Đã ký biên bản');
  await visit.expectStatus('Đã ký biên bản');
  await visit.openTab('Kết quả kiểm tra');
  return visit;
}

test('the annual inspection: a round planned with two units and a team, results, signed minutes, the plan, minutes and report issued; next year the open recommendation is closed', async ({
  page,
  app,
}) => {
  test.setTimeout(300_000);
  fs.mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  const year = currentYear();

  // The team's people, in the directory.
  const people = await PeopleDirectoryPage.open(page, app);
  await people.add(LEADER);
  await people.add(SECRETARY);

  // A bad input is refused with a Vietnamese message and creates nothing: a period ending before it starts.
  const refused = await rawCall(page, app, 'inspections.create', {
    year,
    title: 'Đợt sai',
    periodFrom: `${year}-09-30`,
    periodTo: `${year}-06-01`,
  });
  expect(refused.ok).toBe(false);
  expect(JSON.stringify(refused.error)).toMatch(/Đến ngày|ngày/u);
  expect(await hostCall<unknown[]>(page, app, 'inspections.list', { year })).toEqual([]);

  // The round, its team, two units on the schedule: all through the screens.
  const rounds = await InspectionRoundsPage.open(page, app);
  const title = `Kiểm tra việc thực hiện phong trào và công tác thi đua, khen thưởng năm ${year}`;
  const round: RoundPage = await rounds.create({
    year,
    title,
    periodFrom: dayOf(year, 6, 1),
    periodTo: dayOf(year, 11, 30),
    movements: [MovementPage.SEED],
    teamDecisionNumber: '45/QĐ-HĐTĐKT',
    teamDecisionDate: dayOf(year, 5, 20),
    purpose: 'Đánh giá kết quả thực hiện phong trào tại cơ sở.',
  });
  await round.addTeam(TEAM, [
    { fullName: LEADER.fullName, role: 'Trưởng đoàn' },
    { fullName: SECRETARY.fullName, role: 'Thư ký', search: 'tran thi binh' },
  ]);
  // The round's only team is proposed for each unit.
  await round.addVisit({
    unitSearch: 'dak mar',
    unitName: 'Xã Đắk Mar',
    date: dayOf(year, 7, 15),
    place: 'Hội trường UBND xã Đắk Mar',
  });
  await round.addVisit({
    unitSearch: 'ha mon',
    unitName: 'Xã Hà Mòn',
    date: dayOf(year, 7, 16),
    place: 'Hội trường UBND xã Hà Mòn',
  });
  await expect(round.visitRows('Xã Đắk Mar')).toHaveCount(1);
  await expect(round.visitRows('Xã Đắk Mar')).toContainText(TEAM);
  await expect(round.visitRows('Xã Hà Mòn')).toContainText(TEAM);
  await expect(round.warnings).toHaveCount(0);
  await page.screenshot({ path: path.join(shots, 'inspections-round-schedule.png'), fullPage: true });

  // The plan, issued from the round page.
  await page.getByRole('button', { name: 'In kế hoạch kiểm tra' }).click();
  const plan = await issueAndRead(page, 'Kế hoạch kiểm tra', '01/KH-HĐTĐKT', 'inspection-plan');
  expect(plan).toContain('KẾ HOẠCH');
  expect(plan).toContain('Số: 01/KH-HĐTĐKT');
  expect(plan).toContain('Xã Đắk Mar');
  expect(plan).toContain('Xã Hà Mòn');
  expect(plan).toContain(LEADER.fullName);
  expect(plan).toContain('Trưởng đoàn');
  expect(plan).toContain(`15/07/${year}`);

  // Results for both units; an invalid transition first: minutes cannot be signed before results.
  const detail = await hostCall<{ id: number; visits: { id: number; unitName: string }[] }>(page, app, 'inspections.get', {
    id: (await hostCall<{ id: number }[]>(page, app, 'inspections.list', { year }))[0].id,
  });
  const visitOf = (name: string) => {
    const found = detail.visits.find((v) => v.unitName === name);
    if (!found) throw new Error(`no visit of ${name}`);
    return found.id;
  };
  const planned = await hostCall<{ status: string; version: number }>(page, app, 'inspections.visit', { id: visitOf('Xã Hà Mòn') });
  const early = await rawCall(page, app, 'inspections.transition', {
    visitId: visitOf('Xã Hà Mòn'),
    to: 'signed',
    version: planned.version,
  });
  expect(early.ok).toBe(false);
  expect(early.error?.message).toMatch(/\p{L}/u);
  expect((await hostCall<{ status: string }>(page, app, 'inspections.visit', { id: visitOf('Xã Hà Mòn') })).status).toBe(planned.status);
  const dakMar = await inspect(
    page,
    app,
    visitOf('Xã Đắk Mar'),
    'Xã Đắk Mar',
    { 'I.1': 10, 'I.2': 9, 'I.3': 18, 'I.4': 8, 'II.1': 10, 'II.2': 6, 'II.3': 9, 'II.4': 10, 'II.5': 'na', 'II.6': 4 },
    RECOMMENDATION,
  );
  await expect(dakMar.total).toHaveText('84 / 95');
  await page.screenshot({ path: path.join(shots, 'inspections-visit-signed.png'), fullPage: true });

  // The minutes of Đắk Mar, from its visit page: two signature blocks, the score, the recommendation.
  await page.getByRole('button', { name: 'In biên bản' }).click();
  const minutes = await issueAndRead(page, 'Biên bản kiểm tra tại Xã Đắk Mar', '02/BB-HĐTĐKT', 'inspection-minutes');
  expect(minutes).toContain('BIÊN BẢN');
  expect(minutes).toContain('Xã Đắk Mar');
  // The two signature blocks side by side (the unit's title wraps over two lines).
  expect(minutes).toMatch(/ĐẠI DIỆN ĐƠN VỊ\s+TRƯỞNG ĐOÀN KIỂM TRA\s+ĐƯỢC KIỂM TRA/u);
  expect(minutes).toContain('Tổng điểm đạt: 84/95 điểm; xếp loại: Tốt.');
  expect(minutes).toContain(LEADER.fullName);
  expect(minutes).toContain(RECOMMENDATION.slice(0, 31));

  const haMon = await inspect(page, app, visitOf('Xã Hà Mòn'), 'Xã Hà Mòn', {
    'I.1': 10,
    'I.2': 10,
    'I.3': 20,
    'I.4': 10,
    'II.1': 10,
    'II.2': 10,
    'II.3': 10,
    'II.4': 10,
    'II.5': 5,
    'II.6': 5,
  });
  await expect(haMon.total).toHaveText('100 / 100');
  await expect(haMon.band).toHaveText('Xuất sắc');

  // The report of the round, with both units' results and the recommendation by unit.
  const roundPage = await InspectionRoundsPage.open(page, app, year);
  await roundPage.table.getByRole('link', { name: title }).click();
  // The round's common findings and proposals, which the report carries.
  await page.getByRole('textbox', { name: 'Ưu điểm chung' }).fill('Các đơn vị ban hành kế hoạch kịp thời, phong trào lan tỏa rộng.');
  await page.getByRole('textbox', { name: 'Hạn chế, tồn tại chung' }).fill('Lưu trữ hồ sơ khen thưởng ở cơ sở chưa đầy đủ.');
  await page.getByRole('textbox', { name: 'Đề xuất, kiến nghị với Hội đồng' }).fill('Đề nghị Hội đồng tặng Giấy khen cho Xã Hà Mòn.');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu nhận xét chung của đợt kiểm tra.')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'In báo cáo kết quả' }).click();
  const report = await issueAndRead(page, 'Báo cáo kết quả kiểm tra', '03/BC-HĐTĐKT', 'inspection-report');
  expect(report).toContain('BÁO CÁO');
  expect(report).toContain('Số: 03/BC-HĐTĐKT');
  expect(report).toContain('Xã Đắk Mar');
  expect(report).toContain('Xã Hà Mòn');
  expect(report).toContain('Xuất sắc');
  expect(report).toContain('Các đơn vị ban hành kế hoạch kịp thời, phong trào lan tỏa rộng.');
  expect(report).toContain('Đề nghị Hội đồng tặng Giấy khen cho Xã Hà Mòn.');
  expect(report).toContain(RECOMMENDATION.slice(0, 31));

  // The register holds the three, numbered in order.
  await page.getByRole('link', { name: 'Sổ văn bản' }).click();
  for (const numberSymbol of ['01/KH-HĐTĐKT', '02/BB-HĐTĐKT', '03/BC-HĐTĐKT']) {
    await expect(page.getByRole('table', { name: 'Sổ văn bản đi' }).getByRole('row', { name: new RegExp(numberSymbol, 'u') })).toHaveCount(
      1,
    );
  }

  // Next year: the same unit's open recommendation appears on its new visit and is closed there.
  const next = await seedRound(page, app, year + 1, [
    (await hostCall<{ unitId: number }>(page, app, 'inspections.visit', { id: visitOf('Xã Đắk Mar') })).unitId,
  ]);
  const again = await InspectionVisitPage.open(page, app, next.visitIds[0], 'Xã Đắk Mar');
  await again.openTab('Kiến nghị');
  await expect(again.carriedRecommendations).toContainText(RECOMMENDATION);
  await again.closeCarried(RECOMMENDATION);
  const { rows: open } = await hostCall<{ rows: { text: string; status: string }[] }>(page, app, 'recommendations.list', {
    status: 'open',
  });
  expect(open.map((r) => r.text)).not.toContain(RECOMMENDATION);
  await page.screenshot({ path: path.join(shots, 'inspections-next-year-closed.png'), fullPage: true });
});
