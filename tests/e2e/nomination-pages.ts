import path from 'node:path';

import { expect, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';

import { choose, currentYear, dayOf } from './inspection-pages';
import { gotoRoute } from './pages';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A field of a form by its label; a required field's label ends with " *". */
export function field(scope: Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${escape(label)}( \\*)?$`, 'u'));
}

/** A merit round of this year, its deadline at the end of October. */
export const ROUND_NAME = `Khen thưởng công trạng năm ${currentYear()}`;

/**
 * A proposal list as a district sends it: an instructions sheet first, the list under title rows and a merged
 * heading, shuffled columns with line breaks inside header cells, mixed kinds, values in any case, an empty row,
 * and one form written in the district's own words (mapped by the user).
 */
export async function proposalFile(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Hướng dẫn').getCell('A1').value = 'Điền danh sách ở trang "Danh sách", không đổi tên cột.';
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.mergeCells(1, 1, 1, 4);
  sheet.getCell(1, 1).value = 'UBND HUYỆN ĐẮK HÀ';
  sheet.mergeCells(2, 1, 2, 7);
  sheet.getCell(2, 1).value = 'DANH SÁCH ĐỐI TƯỢNG ĐỀ NGHỊ KHEN THƯỞNG';
  sheet.getRow(4).values = [
    'STT',
    'Hình thức\nkhen thưởng',
    'Họ và tên /\nTên tập thể',
    'Loại đối tượng',
    'Giới\ntính',
    'Năm sinh',
    'Chức vụ',
  ];
  const rows: (string | number | null)[][] = [
    [1, 'Bằng khen của Chủ tịch UBND tỉnh', 'Nguyễn Văn An', 'Cá nhân', 'NAM', 1975, 'Chủ tịch UBND xã'],
    [2, 'bang khen ubnd tinh', 'Y Thị Hoa', 'ca nhan', 'nu', 1988, 'Nông dân'],
    [null, null, null, null, null, null, null],
    [4, 'BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH', 'UBND xã Đắk Mar', 'TẬP THỂ', null, null, null],
    [5, 'Khen của tỉnh cho hộ hiến đất', 'Hộ ông A Thút', 'Hộ gia đình', null, null, null],
  ];
  rows.forEach((row, index) => {
    sheet.getRow(5 + index).values = row;
  });
  const file = path.join(dir, 'de-nghi-khen-thuong.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Khen thưởng: the rounds of a year. */
export class NominationRoundsPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, app: { url: string }): Promise<NominationRoundsPage> {
    await gotoRoute(page, app, '/nominations');
    await expect(page.getByRole('heading', { level: 2, name: 'Đợt xét khen thưởng' })).toBeVisible();
    return new NominationRoundsPage(page);
  }

  /** "Tạo đợt xét", filled and saved; the app then opens the round. */
  async create(name: string): Promise<NominationRoundPage> {
    await this.page.getByRole('button', { name: 'Tạo đợt xét' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Tạo đợt xét khen thưởng' });
    await field(dialog, 'Tên đợt xét').fill(name);
    const deadline = field(dialog, 'Hạn nộp hồ sơ');
    await deadline.fill(dayOf(currentYear(), 10, 31));
    await deadline.press('Tab');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(dialog).toBeHidden();
    const round = new NominationRoundPage(this.page);
    await expect(round.heading).toHaveText(name);
    return round;
  }
}

/** One round: its dossiers, filters, import. */
export class NominationRoundPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2 });
    this.table = page.getByRole('table', { name: 'Danh sách hồ sơ đề nghị khen thưởng' });
  }

  /** Opens "Nhập từ Excel" and reads the file; resolves with the dialog showing its preview. */
  async previewImport(file: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Nhập danh sách đề nghị từ Excel' });
    const chooser = this.page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Chọn tệp' }).click();
    await (await chooser).setFiles(file);
    await expect(dialog.getByRole('table', { name: 'Các dòng đọc được' })).toBeVisible();
    return dialog;
  }

  async chooseUnit(dialog: Locator, label: string, unitName: string, search: string): Promise<void> {
    await choose(this.page, dialog, label, unitName, search);
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}
