import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Locator, Page } from '@playwright/test';

import { COMMUNE_QUERY, seedCouncil, seedNominations } from './council-pages';
import { expect, test } from './fixtures';
import { hostCall } from './host-api';
import { choose } from './inspection-pages';
import { field } from './nomination-pages';
import { gotoRoute, PdfPreview } from './pages';

test.use({ province: '62' });

/** Where the PDFs and screenshots of this spec go (looked at by hand; not compared). */
const shots = process.env.THIDUA_SHOTS_DIR ?? path.join(os.tmpdir(), 'thidua-shots');

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `council-${name}.png`), fullPage: true });
}

async function fillDate(scope: Locator, label: string, value: string): Promise<void> {
  const input = field(scope, label);
  await input.fill(value);
  await input.press('Tab');
}

/** Saves the preview open under `title` as PDF and returns its text, whitespace collapsed (a cell's wrapped line joins the next). */
async function savedText(page: Page, title: string, name: string): Promise<string> {
  const preview = new PdfPreview(page, title);
  await expect(preview.pages).toBeVisible();
  const download = await preview.save();
  const file = path.join(shots, `${name}.pdf`);
  fs.mkdirSync(shots, { recursive: true });
  fs.copyFileSync(await download.path(), file);
  await preview.close();
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
}

test('a session with quorum votes three dossiers: one below its threshold, one member withdrawn; minutes and submission carry the figures', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await seedCouncil(page, app);
  const [an, bao, cuc] = await seedNominations(page, app);
  const [commune] = await hostCall<{ name: string }[]>(page, app, 'units.search', { query: COMMUNE_QUERY, limit: 1 });

  // Members: one added from a person new to the directory (working at the proposing commune), one term ended.
  await gotoRoute(page, app, '/council/members');
  await expect(page.getByRole('heading', { level: 2, name: 'Thành viên Hội đồng Thi đua - Khen thưởng' })).toBeVisible();
  const members = page.getByRole('table', { name: 'Danh sách thành viên Hội đồng' });
  await expect(members.getByRole('row')).toHaveCount(16);
  await page.getByRole('button', { name: 'Thêm thành viên' }).click();
  const add = page.getByRole('dialog', { name: 'Thêm thành viên Hội đồng' });
  await add.getByRole('button', { name: 'Thêm người mới vào danh bạ' }).click();
  const person = page.getByRole('dialog', { name: 'Thêm người vào danh bạ' });
  await field(person, 'Họ và tên').fill('A Thút');
  await field(person, 'Chức vụ').fill('Phó Chủ tịch UBND xã');
  await field(person, 'Cơ quan, đơn vị công tác').fill(`UBND ${commune.name}`);
  await person.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(person).toBeHidden();
  await expect(field(add, 'Người trong danh bạ')).toHaveValue('A Thút');
  await fillDate(add, 'Ngày bắt đầu nhiệm kỳ', '01/01/2021');
  await add.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(add).toBeHidden();
  await expect(members.getByRole('row')).toHaveCount(17);
  await expect(members.getByRole('row').filter({ hasText: 'A Thút' })).toContainText('Ủy viên');

  await page.getByRole('button', { name: 'Sửa nhiệm kỳ của Đinh Văn Cũ' }).click();
  const end = page.getByRole('dialog', { name: 'Nhiệm kỳ của Đinh Văn Cũ' });
  await fillDate(end, 'Ngày kết thúc nhiệm kỳ', '31/12/2020');
  await end.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(end.getByText('Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu')).toBeVisible();
  await fillDate(end, 'Ngày kết thúc nhiệm kỳ', '31/12/2024');
  await end.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(end).toBeHidden();
  // As of today the ended term is gone: 15 members.
  await expect(members.getByRole('row')).toHaveCount(16);
  await expect(page.getByText('15 thành viên', { exact: true })).toBeVisible();
  await shot(page, 'members');

  // A session on 20/06/2025: the chairman and the secretary are filled in from that day's members.
  await page.getByRole('link', { name: 'Phiên họp Hội đồng' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Phiên họp Hội đồng Thi đua - Khen thưởng' })).toBeVisible();
  await page.getByRole('button', { name: 'Tạo phiên họp' }).click();
  const create = page.getByRole('dialog', { name: 'Tạo phiên họp' });
  await fillDate(create, 'Ngày họp', '20/06/2025');
  await field(create, 'Địa điểm').fill('Phòng họp số 1, UBND tỉnh');
  await expect(field(create, 'Chủ trì phiên họp')).toHaveValue('Nguyễn Văn Hùng (Chủ tịch)');
  await expect(field(create, 'Thư ký phiên họp')).toHaveValue('Y Hoa (Thư ký)');
  await shot(page, 'session-create');
  await create.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Phiên họp ngày 20/06/2025' })).toBeVisible();

  // The agenda: three dossiers at "Trình Hội đồng", found without diacritics.
  await page.getByRole('button', { name: 'Chọn hồ sơ' }).click();
  const picker = page.getByRole('dialog', { name: 'Chọn hồ sơ đưa vào chương trình' });
  for (const [query, name] of [
    ['nguyen van an', 'Nguyễn Văn An'],
    ['tran van bao', 'Trần Văn Bảo'],
    ['le thi cuc', 'Lê Thị Cúc'],
  ] as const) {
    await field(picker, 'Tìm hồ sơ').fill(query);
    const candidates = picker.getByRole('table', { name: 'Hồ sơ đang trình Hội đồng' }).getByRole('row');
    await expect(candidates).toHaveCount(2);
    await picker.getByRole('checkbox', { name: `Chọn hồ sơ của ${name}` }).check();
  }
  await expect(picker.getByText('Hồ sơ trong chương trình (Đã chọn 3 hồ sơ)')).toBeVisible();
  await shot(page, 'agenda-picker');
  await picker.getByRole('button', { name: 'Lưu chương trình' }).click();
  await expect(picker).toBeHidden();
  const agenda = page.getByRole('table', { name: 'Hồ sơ xét tại phiên họp' });
  await expect(agenda.getByRole('row')).toHaveCount(4);

  // Attendance short of the quorum: shown before voting, and a vote is refused with the service's words.
  const attendance = page.getByRole('region', { name: 'Thành phần dự họp' });
  const quorum = attendance.getByRole('status', { name: 'Điều kiện biểu quyết' });
  await expect(quorum).toHaveText('Có mặt 0/15 thành viên = 0,0% < 80% — chưa đủ điều kiện tiến hành biểu quyết');
  await attendance.getByRole('button', { name: 'Tất cả có mặt' }).click();
  for (const name of ['Dương Thị Yến', 'Lý Văn Tâm', 'Ngô Văn Sơn', 'Hồ Thị Thu']) {
    await attendance.getByRole('checkbox', { name: `${name} có mặt` }).uncheck();
  }
  await expect(quorum).toHaveText('Có mặt 11/15 thành viên = 73,3% < 80% — chưa đủ điều kiện tiến hành biểu quyết');
  await attendance.getByRole('button', { name: 'Lưu thành phần dự họp' }).click();
  await expect(page.getByText('Đã lưu thành phần dự họp.')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập kết quả biểu quyết: Nguyễn Văn An' }).click();
  let vote = page.getByRole('dialog', { name: 'Nhập kết quả biểu quyết: Nguyễn Văn An' });
  await field(vote, 'Số phiếu đồng ý').fill('11');
  await field(vote, 'Số phiếu không đồng ý').fill('0');
  await vote.getByRole('button', { name: 'Ghi kết quả' }).click();
  await expect(
    page.getByText(
      'Chưa đủ số thành viên có mặt để biểu quyết. Có mặt 11/15 thành viên = 73,3% < 80% — chưa đủ điều kiện tiến hành biểu quyết',
    ),
  ).toBeVisible();
  await vote.getByRole('button', { name: 'Hủy' }).click();
  await page.getByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' }).getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(vote).toBeHidden();

  // Two more present (13/15); an absent member's written opinion.
  await attendance.getByRole('checkbox', { name: 'Ngô Văn Sơn có mặt' }).check();
  await attendance.getByRole('checkbox', { name: 'Hồ Thị Thu có mặt' }).check();
  await attendance.getByRole('textbox', { name: 'Ý kiến bằng văn bản của Lý Văn Tâm' }).fill('Đồng ý với đề nghị khen thưởng.');
  await expect(quorum).toHaveText('Có mặt 13/15 thành viên = 86,7% ≥ 80% — đủ điều kiện tiến hành biểu quyết');
  await attendance.getByRole('button', { name: 'Lưu thành phần dự họp' }).click();
  await expect(attendance.getByRole('button', { name: 'Lưu thành phần dự họp' })).toBeDisabled();
  await shot(page, 'session-attendance');

  // Nguyễn Văn An: 12 of 15 members, 80% of all members required.
  await page.getByRole('button', { name: 'Nhập kết quả biểu quyết: Nguyễn Văn An' }).click();
  vote = page.getByRole('dialog', { name: 'Nhập kết quả biểu quyết: Nguyễn Văn An' });
  await expect(vote.getByRole('status')).toHaveText('Có mặt 13/15 thành viên = 86,7% ≥ 80% — đủ điều kiện tiến hành biểu quyết');
  await field(vote, 'Số phiếu đồng ý').fill('12');
  await field(vote, 'Số phiếu không đồng ý').fill('1');
  await vote.getByRole('button', { name: 'Ghi kết quả' }).click();
  await expect(vote).toBeHidden();
  const row = (name: string) => agenda.getByRole('row').filter({ hasText: name });
  await expect(row('Nguyễn Văn An')).toContainText('12/15 = 80,0% ≥ 80% tổng số thành viên — đạt');

  // Trần Văn Bảo: more ballots than members refused on the form; 11 of 15 falls below the threshold.
  await page.getByRole('button', { name: 'Nhập kết quả biểu quyết: Trần Văn Bảo' }).click();
  vote = page.getByRole('dialog', { name: 'Nhập kết quả biểu quyết: Trần Văn Bảo' });
  await field(vote, 'Số phiếu đồng ý').fill('14');
  await field(vote, 'Số phiếu không đồng ý').fill('2');
  await vote.getByRole('button', { name: 'Ghi kết quả' }).click();
  await expect(vote.getByText('Tổng số phiếu (16) vượt quá số thành viên Hội đồng được biểu quyết (15)')).toBeVisible();
  await field(vote, 'Số phiếu đồng ý').fill('11');
  await vote.getByRole('button', { name: 'Ghi kết quả' }).click();
  await expect(vote).toBeHidden();
  await expect(row('Trần Văn Bảo')).toContainText('11/15 = 73,3% < 80% tổng số thành viên — không đạt');
  await expect(row('Trần Văn Bảo')).toContainText('Không đạt');

  // Lê Thị Cúc: A Thút works at the proposing commune, suggested and withdrawn with a reason; the service counts
  // the 12 members present left to vote, so 13 ballots are refused with its words.
  await page.getByRole('button', { name: 'Nhập kết quả biểu quyết: Lê Thị Cúc' }).click();
  vote = page.getByRole('dialog', { name: 'Nhập kết quả biểu quyết: Lê Thị Cúc' });
  await expect(vote.getByText(`A Thút công tác tại đơn vị trình (${commune.name})`)).toBeVisible();
  await vote.getByRole('button', { name: 'Ghi A Thút không tham gia' }).click();
  await expect(field(vote, 'Thành viên 1')).toHaveValue('A Thút');
  await field(vote, 'Số phiếu đồng ý').fill('12');
  await field(vote, 'Số phiếu không đồng ý').fill('1');
  await vote.getByRole('button', { name: 'Ghi kết quả' }).click();
  await expect(vote.getByText('Nhập lý do không tham gia biểu quyết')).toBeVisible();
  await field(vote, 'Lý do của thành viên 1').fill('Công tác tại đơn vị trình');
  await vote.getByRole('button', { name: 'Ghi kết quả' }).click();
  await expect(vote.getByText('Tổng số phiếu (13) vượt quá số thành viên được biểu quyết (12)').first()).toBeVisible();
  await shot(page, 'vote-refused');
  await field(vote, 'Số phiếu đồng ý').fill('10');
  await field(vote, 'Số phiếu không đồng ý').fill('2');
  await vote.getByRole('button', { name: 'Ghi kết quả' }).click();
  await expect(vote).toBeHidden();
  const cucExplanation =
    'Không bắt buộc bỏ phiếu theo quy định; biểu quyết theo đa số: 10/12 = 83,3% > 50% số thành viên có mặt (không tính 1 thành viên không tham gia biểu quyết) — đạt';
  await expect(row('Lê Thị Cúc')).toContainText(cucExplanation);
  await expect(row('Lê Thị Cúc')).toContainText('Không tham gia biểu quyết: A Thút (Công tác tại đơn vị trình)');

  // A correction needs its reason; the earlier result stays in the history.
  await page.getByRole('button', { name: 'Sửa kết quả biểu quyết: Trần Văn Bảo' }).click();
  vote = page.getByRole('dialog', { name: 'Sửa kết quả biểu quyết: Trần Văn Bảo' });
  await expect(field(vote, 'Số phiếu đồng ý')).toHaveValue('11');
  await field(vote, 'Số phiếu không đồng ý').fill('1');
  await field(vote, 'Số phiếu không biểu quyết').fill('1');
  await vote.getByRole('button', { name: 'Ghi kết quả' }).click();
  await expect(vote.getByText('Hồ sơ đã có kết quả biểu quyết: sửa kết quả phải ghi lý do')).toBeVisible();
  await field(vote, 'Lý do sửa kết quả').fill('Kiểm phiếu lại: một phiếu trắng bị ghi nhầm là không đồng ý');
  await vote.getByRole('button', { name: 'Ghi kết quả' }).click();
  await expect(vote).toBeHidden();
  await expect(row('Trần Văn Bảo')).toContainText('Đã sửa 1 lần');
  await page.getByRole('button', { name: 'Sửa kết quả biểu quyết: Trần Văn Bảo' }).click();
  vote = page.getByRole('dialog', { name: 'Sửa kết quả biểu quyết: Trần Văn Bảo' });
  const history = vote.getByRole('table', { name: 'Lịch sử kết quả biểu quyết' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').nth(1)).toContainText('Kiểm phiếu lại: một phiếu trắng bị ghi nhầm là không đồng ý');
  await expect(history.getByRole('row').nth(1)).toContainText('Không biểu quyết 1');
  await expect(history.getByRole('row').nth(2)).toContainText('Đồng ý 11 · Không đồng ý 2 · Không biểu quyết 0');
  await shot(page, 'vote-history');
  await vote.getByRole('button', { name: 'Hủy' }).click();
  await expect(vote).toBeHidden();
  // Attendance cannot change once votes exist.
  await expect(attendance.getByText('Phiên họp đã có kết quả biểu quyết: thành phần dự họp không sửa được nữa.')).toBeVisible();
  await shot(page, 'session');

  // The documents: the minutes and the submission carry the exact figures.
  await page.getByRole('button', { name: 'In biên bản họp' }).click();
  const minutes = await savedText(page, 'Biên bản họp Hội đồng', 'council-minutes');
  expect(minutes).toContain('Có mặt 13/15 thành viên = 86,7% ≥ 80% — đủ điều kiện tiến hành biểu quyết');
  expect(minutes).toContain('12/15 = 80,0% ≥ 80% tổng số thành viên — đạt');
  expect(minutes).toContain('11/15 = 73,3% < 80% tổng số thành viên — không đạt');
  expect(minutes).toContain(cucExplanation);
  expect(minutes).toContain('Đồng ý với đề nghị khen thưởng.');
  await page.getByRole('button', { name: 'In tờ trình' }).click();
  const submission = await savedText(page, 'Tờ trình đề nghị khen thưởng', 'council-submission');
  expect(submission).toContain('12/15 = 80,0% ≥ 80% tổng số thành viên — đạt');
  expect(submission).toContain('Nguyễn Văn An');
  expect(submission).toContain('Lê Thị Cúc');
  expect(submission).not.toContain('Trần Văn Bảo');
  await page.getByRole('button', { name: 'In phiếu bầu' }).click();
  const ballot = await savedText(page, 'Phiếu bầu', 'council-ballot');
  for (const name of ['Nguyễn Văn An', 'Trần Văn Bảo', 'Lê Thị Cúc']) expect(ballot).toContain(name);

  // The result is what decisions read: passed for two, not for the third; shown on the dossier.
  const results = await hostCall<{ nominationId: number; passed: boolean }[]>(page, app, 'sessions.results', {
    nominationIds: [an, bao, cuc],
  });
  expect(Object.fromEntries(results.map((r) => [r.nominationId, r.passed]))).toEqual({ [an]: true, [bao]: false, [cuc]: true });
  await gotoRoute(page, app, `/nominations/${bao}`);
  await expect(page.getByText('Hội đồng: không đạt')).toBeVisible();
  await shot(page, 'nomination-badge');

  // The sessions list of 2025: attendance and results.
  await gotoRoute(page, app, '/council?year=2025');
  const sessions = page.getByRole('table', { name: 'Danh sách phiên họp Hội đồng' });
  await expect(sessions.getByRole('row').nth(1)).toContainText('13/15');
  await expect(sessions.getByRole('row').nth(1)).toContainText('2 đạt / 3 đã biểu quyết');
  await shot(page, 'sessions');
});

test('the session form offers only the chairman and vice-chairmen to chair, refuses one person in both seats and a quorum over 100%', async ({
  page,
  app,
}) => {
  await seedCouncil(page, app);
  await gotoRoute(page, app, '/council');
  await page.getByRole('button', { name: 'Tạo phiên họp' }).click();
  const create = page.getByRole('dialog', { name: 'Tạo phiên họp' });
  await fillDate(create, 'Ngày họp', '20/06/2025');
  await field(create, 'Địa điểm').fill('Phòng họp số 1');
  // Only the chairman and vice-chairmen are offered to chair.
  await field(create, 'Chủ trì phiên họp').click();
  await expect(page.getByRole('option')).toHaveCount(3);
  await page.keyboard.press('Escape');
  await choose(page, create, 'Chủ trì phiên họp', 'Lê Văn Bình (Phó Chủ tịch)');
  await choose(page, create, 'Thư ký phiên họp', 'Lê Văn Bình (Phó Chủ tịch)');
  await create.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(create.getByText('Người chủ trì và thư ký phiên họp phải là hai người khác nhau')).toBeVisible();
  await field(create, 'Tỷ lệ có mặt tối thiểu để biểu quyết (%)').fill('120');
  await choose(page, create, 'Thư ký phiên họp', 'Y Hoa (Thư ký)');
  await create.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(create.getByText('Tỷ lệ có mặt tối thiểu phải lớn hơn 0 và không quá 100%')).toBeVisible();
});
