import os from 'node:os';
import path from 'node:path';

import { expect, test } from './fixtures';
import { choose, currentYear } from './inspection-pages';
import { field, type NominationRoundPage, NominationRoundsPage, proposalFile, ROUND_NAME } from './nomination-pages';
import { PdfPreview } from './pages';

test.use({ province: '62' });

/** Where the printed list goes (looked at by hand; not compared). */
const shots = process.env.THIDUA_SHOTS_DIR ?? path.join(os.tmpdir(), 'thidua-shots');

test('a round: import a district list, return a dossier for supplement, complete it, read its eligibility', async ({ page, app }) => {
  test.setTimeout(180_000);
  const rounds = await NominationRoundsPage.open(page, app);
  await expect(page.getByText(/chưa có đợt xét nào/u)).toBeVisible();
  const round: NominationRoundPage = await rounds.create(ROUND_NAME);
  await expect(page.getByText('Đợt xét chưa có hồ sơ nào.', { exact: false })).toBeVisible();

  // The list: header under title rows, on the second sheet, shuffled columns, three kinds, one unknown form.
  const dialog = await round.previewImport(await proposalFile(app.dataDir));
  await expect(dialog.getByText('Dòng tiêu đề: dòng 4 của trang "Danh sách".')).toBeVisible();
  const rows = dialog.getByRole('table', { name: 'Các dòng đọc được' }).getByRole('row');
  await expect(rows).toHaveCount(5);
  await expect(rows.filter({ hasText: 'Y Thị Hoa' })).toContainText('Cá nhân');
  await expect(rows.filter({ hasText: 'UBND xã Đắk Mar' })).toContainText('Tập thể');
  await expect(rows.filter({ hasText: 'Hộ ông A Thút' })).toContainText('Hộ gia đình');
  await expect(dialog.getByText('4 dòng, 1 dòng có lỗi. Sửa lỗi trước khi nhập.')).toBeVisible();
  const commit = dialog.getByRole('button', { name: 'Nhập danh sách' });
  await expect(commit).toBeDisabled();
  // The unknown form mapped to one of the catalogue; the proposing unit chosen.
  await round.chooseUnit(
    dialog,
    '"Khen của tỉnh cho hộ hiến đất" là hình thức nào?',
    'Bằng khen của Chủ tịch UBND tỉnh',
    'bang khen chu tich',
  );
  await expect(dialog.getByText('4 dòng, không có lỗi.')).toBeVisible();
  await round.chooseUnit(dialog, 'Đơn vị đề nghị (đơn vị gửi danh sách)', 'Xã Đắk Mar', 'dak mar');
  await commit.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Đã nhập 4 hồ sơ (4 đối tượng mới).')).toBeVisible();
  await expect(round.table.getByRole('row')).toHaveCount(5);
  await expect(round.row('Hộ ông A Thút')).toContainText('Bằng khen của Chủ tịch UBND tỉnh');
  // The count is the server's; the name search runs there too, typed without diacritics, and stays in the address.
  await expect(page.getByRole('status').filter({ hasText: 'hồ sơ' })).toHaveText('4 hồ sơ');
  await page.getByLabel('Tìm theo tên').fill('thut');
  await expect(round.table.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'hồ sơ' })).toHaveText('1 hồ sơ');
  await expect(page).toHaveURL(/[?&]q=thut/u);
  await page.getByLabel('Tìm theo tên').fill('');
  await expect(round.table.getByRole('row')).toHaveCount(5);

  // The list as a workbook and as the council's document (kept for looking at: THIDUA_SHOTS_DIR).
  const workbook = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  expect((await workbook).suggestedFilename()).toMatch(/^Danh sách đề nghị khen thưởng .*\.xlsx$/u);
  await page.getByRole('button', { name: 'In danh sách' }).click();
  const pdf = new PdfPreview(page, 'Danh sách đề nghị khen thưởng');
  await expect(pdf.pages).toBeVisible();
  await (await pdf.save()).saveAs(path.join(shots, 'nomination-list.pdf'));
  await pdf.close();

  // Filters are read from the server: households only.
  await page.getByRole('combobox', { name: 'Đối tượng', exact: true }).click();
  await page.getByRole('option', { name: 'Hộ gia đình' }).click();
  await expect(round.table.getByRole('row')).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Đối tượng', exact: true }).click();
  await page.getByRole('option', { name: 'Tất cả' }).click();
  await expect(round.table.getByRole('row')).toHaveCount(5);

  // The dossier: received, returned with a reason, received again, documents ticked, complete.
  await round.table.getByRole('link', { name: 'Nguyễn Văn An', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Nguyễn Văn An' })).toBeVisible();
  await page.getByRole('button', { name: 'Đã tiếp nhận' }).click();
  await expect(page.getByText('Hồ sơ chuyển sang "Đã tiếp nhận".')).toBeVisible();
  await page.getByRole('button', { name: 'Cần bổ sung' }).click();
  const reason = page.getByRole('dialog', { name: 'Trả hồ sơ để bổ sung' });
  await reason.getByRole('button', { name: 'Trả hồ sơ' }).click();
  await expect(reason.getByText('Nhập lý do cần bổ sung')).toBeVisible();
  await reason.getByRole('textbox', { name: /Lý do cần bổ sung/u }).fill('Thiếu biên bản họp xét của xã.');
  await reason.getByRole('button', { name: 'Trả hồ sơ' }).click();
  await expect(reason).toBeHidden();
  const history = page.getByRole('table', { name: 'Quá trình xử lý hồ sơ' });
  await expect(history).toContainText('Lý do: Thiếu biên bản họp xét của xã.');
  await page.getByRole('button', { name: 'Đã tiếp nhận' }).click();
  await expect(history.getByRole('row')).toHaveCount(5);
  const checklist = page.getByRole('table', { name: 'Thành phần hồ sơ theo hình thức' });
  const boxes = checklist.getByRole('checkbox');
  const count = await boxes.count();
  for (let index = 0; index < count; index += 1) {
    // Controlled: ticked once the server has stored it.
    await boxes.nth(index).click();
    await expect(boxes.nth(index)).toBeChecked();
  }
  await page.getByRole('button', { name: 'Đủ hồ sơ' }).click();
  await expect(page.getByText('Hồ sơ chuyển sang "Đủ hồ sơ".')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Trình Hội đồng' })).toBeVisible();
  await expect(history).toContainText('Đủ hồ sơ');

  // Eligibility, explained from his history (none yet), with its legal basis.
  const eligibility = page.getByRole('region', { name: 'Điều kiện khen thưởng' });
  await expect(eligibility).toContainText('Chưa xác định được');
  await expect(eligibility).toContainText('Chưa có quá trình khen thưởng, xếp loại của đối tượng để đối chiếu');
  await expect(eligibility).toContainText(/Căn cứ: .*06\/2022\/QH15/u);

  // His history on the nominee page: one year of Chiến sĩ thi đua cơ sở, where the rule asks for two in a row.
  await page.getByRole('link', { name: 'Nguyễn Văn An', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Nguyễn Văn An/u })).toBeVisible();
  await expect(page.getByText('Chưa ghi nhận khen thưởng nào.')).toBeVisible();
  await page.getByRole('button', { name: 'Thêm khen thưởng' }).click();
  const award = page.getByRole('dialog', { name: 'Thêm khen thưởng' });
  const lastYear = currentYear() - 1;
  await choose(page, award, 'Danh hiệu, hình thức', 'Chiến sĩ thi đua cơ sở', 'chien si thi dua co');
  await field(award, 'Năm').fill(String(lastYear));
  await field(award, 'Số quyết định').fill('120/QĐ-UBND');
  await award.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(award).toBeHidden();
  await expect(page.getByRole('table', { name: 'Quá trình khen thưởng' })).toContainText('Chiến sĩ thi đua cơ sở');
  await page.goBack();
  await expect(eligibility).toContainText('Chưa đủ điều kiện');
  await expect(eligibility).toContainText(`Chiến sĩ thi đua cơ sở (có: ${lastYear})`);
});
