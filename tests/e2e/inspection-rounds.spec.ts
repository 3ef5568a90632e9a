import os from 'node:os';
import path from 'node:path';

import { expect, test } from './fixtures';
import { currentYear, dayOf, InspectionRoundsPage, PeopleDirectoryPage } from './inspection-pages';
import { MovementPage } from './pages';

test.use({ province: '62' });

/** Where the screenshots of this spec go (looked at by hand; not compared). */
const shots = process.env.THIDUA_SHOTS_DIR ?? path.join(os.tmpdir(), 'thidua-shots');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const AN = {
  fullName: 'Nguyễn Văn An',
  position: 'Phó Trưởng ban Ban Thi đua - Khen thưởng',
  agency: 'Sở Nội vụ tỉnh Kon Tum',
  phone: '0260 3862 123',
};
const BINH = { fullName: 'Trần Thị Bình', position: 'Chuyên viên', agency: 'Ban Thi đua - Khen thưởng' };
const CUONG = { fullName: 'Lê Văn Cường', position: 'Trưởng phòng Nghiệp vụ', agency: 'Ban Thi đua - Khen thưởng' };

test('plan a round: people, a round for this year, two teams, a schedule with its warnings, a self-assessment received', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  const year = currentYear();

  // The directory: two people, found again without diacritics.
  const people = await PeopleDirectoryPage.open(page, app);
  await expect(page.getByText('Danh bạ chưa có ai.')).toBeVisible();
  await people.add(AN);
  await people.add(BINH);
  await expect(people.row(AN.fullName)).toContainText('Sở Nội vụ tỉnh Kon Tum');
  await people.search('tran thi');
  await expect(people.table.getByRole('row')).toHaveCount(2);
  await expect(people.row(BINH.fullName)).toBeVisible();
  await people.search('');

  // A round for the current year covering the seed movement.
  const rounds = await InspectionRoundsPage.open(page, app);
  await expect(page.getByText(`Năm ${year} chưa có đợt kiểm tra nào.`)).toBeVisible();
  const title = `Kiểm tra công tác thi đua, khen thưởng năm ${year}`;
  const round = await rounds.create({
    year,
    title,
    periodFrom: dayOf(year, 6, 1),
    periodTo: dayOf(year, 11, 30),
    movements: [MovementPage.SEED],
    teamDecisionNumber: '45/QĐ-HĐTĐKT',
    teamDecisionDate: dayOf(year, 5, 20),
    purpose: 'Đánh giá kết quả thực hiện phong trào tại cơ sở.',
  });
  await expect(page.getByText(`Đã tạo đợt kiểm tra "${title}".`)).toBeVisible();
  await expect(page.getByRole('tabpanel')).toContainText(MovementPage.SEED);
  await expect(page.getByRole('tabpanel')).toContainText(`Số 45/QĐ-HĐTĐKT ngày ${dayOf(year, 5, 20)}`);

  // Team 1: a leader and a secretary from the directory; team 2: a new person added from the picker, and Bình again.
  await round.addTeam('Đoàn kiểm tra số 1', [
    { fullName: AN.fullName, role: 'Trưởng đoàn' },
    { fullName: BINH.fullName, role: 'Thư ký', search: 'binh' },
  ]);
  await expect(round.team('Đoàn kiểm tra số 1').getByRole('row').filter({ hasText: AN.fullName })).toContainText('Trưởng đoàn');
  await expect(round.team('Đoàn kiểm tra số 1').getByRole('row').filter({ hasText: BINH.fullName })).toContainText('Thư ký');
  await round.addTeam('Đoàn kiểm tra số 2', [
    { fullName: CUONG.fullName, role: 'Trưởng đoàn', create: CUONG },
    { fullName: BINH.fullName, role: 'Thành viên', search: 'tran thi binh' },
  ]);
  await expect(round.team('Đoàn kiểm tra số 2').getByRole('row').filter({ hasText: CUONG.fullName })).toContainText('Trưởng đoàn');

  // Two units the same day, one per team: Bình is booked in both places.
  const day = dayOf(year, 7, 15);
  await round.addVisit({
    unitSearch: 'dak mar',
    unitName: 'Xã Đắk Mar',
    date: day,
    team: 'Đoàn kiểm tra số 1',
    place: 'Hội trường UBND xã Đắk Mar',
  });
  await expect(page.getByText('Đã thêm Xã Đắk Mar vào lịch kiểm tra.')).toBeVisible();
  await expect(round.warnings).toHaveCount(0);
  await round.addVisit({ unitSearch: 'ha mon', unitName: 'Xã Hà Mòn', date: day, team: 'Đoàn kiểm tra số 2' });
  const doubleBooked = `Trần Thị Bình có lịch kiểm tra ở 2 nơi trong ngày ${day}: `;
  // Said right after saving, and kept above the schedule and on both rows.
  await expect(page.getByText(`Đã thêm Xã Hà Mòn vào lịch kiểm tra. ${doubleBooked}`, { exact: false })).toBeVisible();
  await expect(round.warnings).toContainText(doubleBooked);
  await expect(round.visitRows('Xã Đắk Mar')).toContainText('Trùng lịch thành viên');
  await expect(round.visitRows('Xã Hà Mòn').getByLabel(doubleBooked, { exact: false })).toBeVisible();

  // The same unit a second time in the round.
  await round.addVisit({ unitSearch: 'dak mar', unitName: 'Xã Đắk Mar', date: dayOf(year, 7, 16), team: 'Đoàn kiểm tra số 1' });
  await expect(round.warnings).toContainText('Đơn vị Xã Đắk Mar có 2 lần kiểm tra trong đợt này.');
  await expect(round.visitRows('Xã Đắk Mar')).toHaveCount(2);
  for (const row of await round.visitRows('Xã Đắk Mar').all()) await expect(row).toContainText('Kiểm tra 2 lần');
  await expect(round.visitRows('Xã Hà Mòn')).not.toContainText('Kiểm tra 2 lần');
  await expect(round.tab('Lịch kiểm tra')).toHaveText('Lịch kiểm tra (3)');
  await expect(round.tab('Lịch kiểm tra').getByTestId('schedule-warned')).toBeVisible();

  // The self-assessment report of Hà Mòn received, with its file and the unit's representative.
  const dialog = await round.editVisit('Xã Hà Mòn');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Đính kèm tệp…' }).click();
  await (await chooser).setFiles({ name: 'Báo cáo tự kiểm tra Hà Mòn.png', mimeType: 'image/png', buffer: PNG });
  await expect(dialog.getByRole('table', { name: 'Tệp đính kèm' })).toContainText('Báo cáo tự kiểm tra Hà Mòn.png');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await round.recordSelfAssessment('Xã Hà Mòn', dayOf(year, 7, 10), { fullName: 'Y Đức', position: 'Chủ tịch UBND xã' });
  // Two notifications show at a time: this one may wait for the earlier ones to close.
  await expect(page.getByText(`Đã lưu lịch kiểm tra của Xã Hà Mòn. ${doubleBooked}`, { exact: false })).toBeVisible({ timeout: 20_000 });
  await expect(round.visitRows('Xã Hà Mòn')).toContainText(`Đã nhận ${dayOf(year, 7, 10)}`);
  await page.screenshot({ path: path.join(shots, 'inspection-schedule.png'), fullPage: true });

  // The day-by-day view.
  await page.getByText('Theo ngày', { exact: true }).click();
  await expect(
    page
      .getByText(`Thứ Tư, ${day}`)
      .or(page.getByText(new RegExp(`, ${day}$`, 'u')))
      .first(),
  ).toBeVisible();
  await expect(page.getByText('2 đơn vị', { exact: true })).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'inspection-timeline.png'), fullPage: true });

  // Everything is stored: after a reload the round lists its visits and the rows link to the visit screen.
  await page.reload();
  await round.openTab('Lịch kiểm tra');
  await expect(round.visitRows('Xã Hà Mòn')).toContainText(`Đã nhận ${dayOf(year, 7, 10)}`);
  await expect(round.warnings).toContainText(doubleBooked);
  const link = round.visitRows('Xã Hà Mòn').getByRole('link', { name: 'Mở biên bản kiểm tra Xã Hà Mòn' });
  await expect(link).toHaveAttribute('href', /#\/inspections\/visits\/\d+$/u);
  const list = await InspectionRoundsPage.open(page, app);
  await expect(list.table.getByRole('row').filter({ hasText: title })).toContainText('0/3 hoàn thành');
  await list.table.getByRole('link', { name: title }).click();
  await expect(round.heading).toHaveText(title);
  await round.openVisit('Xã Hà Mòn');
});
