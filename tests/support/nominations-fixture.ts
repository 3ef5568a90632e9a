import type { NomineeCreated } from '../../shared/contract/nominees';
import type { NominationDetail, NominationRound, NomineeHistoryEntry } from '../../shared/domain/nominations';
import { ruralCommunes, seedMovementId } from './movements-fixture';
import { dataOf, type TestApp } from './test-app';

const call = async <T>(app: TestApp, channel: string, input: unknown): Promise<T> => dataOf<T>(await app.callRaw(channel, input));

/** The 2025 final review of the seed movement, open for proposals (commendation kind: thematic). */
export async function tongKetRound(app: TestApp, kind: 'thematic' | 'merit' = 'thematic'): Promise<NominationRound> {
  return call<NominationRound>(app, 'rounds.create', {
    name:
      kind === 'thematic' ? 'Tổng kết phong trào "Kon Tum chung sức xây dựng nông thôn mới" 2021-2025' : 'Khen thưởng công trạng năm 2025',
    year: 2025,
    commendationKind: kind,
    movementId: kind === 'thematic' ? await seedMovementId(app) : null,
    deadline: '2025-10-31',
  });
}

export async function individual(app: TestApp, name: string, birthYear = 1978): Promise<NomineeCreated> {
  return call<NomineeCreated>(app, 'nominees.create', {
    kind: 'individual',
    name,
    formOfAddress: 'Ông',
    gender: 'male',
    birthYear,
    ethnicity: 'Kinh',
    position: 'Chủ tịch UBND xã',
    workplace: 'UBND xã Đăk Ui',
    classification: 'direct-worker',
    unitId: ruralCommunes(app)[0].id,
  });
}

export async function award(app: TestApp, nomineeId: number, awardCode: string, year: number, commendationKind = 'merit') {
  return call<NomineeHistoryEntry>(app, 'nominees.addAward', { nomineeId, awardCode, year, commendationKind });
}

export async function rating(app: TestApp, nomineeId: number, year: number, value = 'HTXSNV') {
  return call<NomineeHistoryEntry>(app, 'nominees.addRecord', { kind: 'rating', nomineeId, year, rating: value });
}

export async function nominate(app: TestApp, roundId: number, nomineeId: number, awardCode: string): Promise<NominationDetail> {
  return call<NominationDetail>(app, 'nominations.create', {
    roundId,
    nomineeId,
    awardCode,
    proposingUnitId: ruralCommunes(app)[0].id,
    summary: 'Vận động nhân dân hiến 1.200 m² đất làm đường giao thông nông thôn.',
    landM2: 1200,
  });
}

export type ProposalRow = (string | number | null)[];

/** Columns as one unit sends them: shuffled, line breaks inside header cells, a kind column. */
export const PROPOSAL_HEADER = [
  'STT',
  'Hình thức\nkhen thưởng',
  'Họ và tên /\nTên tập thể',
  'Loại đối tượng',
  'Giới\ntính',
  'Năm sinh',
  'Chức vụ',
  'Đơn vị\ncông tác',
  'Phân loại\ncán bộ',
];

/** Mixed kinds, any case, with or without diacritics; an empty row and a gap in STT. */
export const PROPOSAL_ROWS: ProposalRow[] = [
  [1, 'Bằng khen của Chủ tịch UBND tỉnh', 'Nguyễn Văn An', 'Cá nhân', 'NAM', 1975, 'Chủ tịch UBND xã', 'UBND xã Đăk Ui', 'Lãnh đạo'],
  [2, 'bang khen ubnd tinh', 'Y Thị Hoa', 'ca nhan', 'nu', '12/05/1988', 'Nông dân', 'Thôn Kon Bdeh', 'Người trực tiếp sản xuất'],
  [null, null, null, null, null, null, null, null, null],
  [4, 'BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH', 'UBND xã Đăk Ui', 'TẬP THỂ', null, null, null, 'Huyện Đăk Hà', 'Cơ quan hành chính'],
  [5, 'Giấy khen', 'Hộ ông A Thút', 'Hộ gia đình', null, null, null, 'Thôn Kon Bdeh, xã Đăk Ui', null],
];

/** A workbook as units send it: an instructions sheet first, the list under title rows and merged cells, a catalogue sheet. */
export async function proposalWorkbook(rows: ProposalRow[] = PROPOSAL_ROWS, header: string[] = PROPOSAL_HEADER): Promise<string> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.getCell('A1').value = 'Hướng dẫn: điền danh sách ở trang "Danh sách", không đổi tên cột.';
  const sheet = workbook.addWorksheet('Danh sách');
  const width = header.length;
  sheet.mergeCells(1, 1, 1, 4);
  sheet.getCell(1, 1).value = 'UBND HUYỆN ĐĂK HÀ';
  sheet.mergeCells(2, 1, 2, width);
  sheet.getCell(2, 1).value = 'DANH SÁCH ĐỐI TƯỢNG ĐỀ NGHỊ KHEN THƯỞNG';
  sheet.mergeCells(3, 1, 3, width);
  sheet.getCell(3, 1).value = '(Kèm theo Tờ trình số 45/TTr-UBND ngày 10/10/2025)';
  sheet.getRow(5).values = header;
  rows.forEach((row, index) => {
    sheet.getRow(6 + index).values = row.map((v) => (v === null ? null : v));
  });
  const catalogue = workbook.addWorksheet('Danh mục');
  catalogue.getCell('A1').value = 'Hình thức';
  catalogue.getCell('A2').value = 'Bằng khen của Chủ tịch UBND tỉnh';
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}
