import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ListPage } from '../../shared/contract/paging';
import type { ImportPreview, Nomination, NominationRound } from '../../shared/domain/nominations';
import { ruralCommunes } from '../support/movements-fixture';
import { PROPOSAL_HEADER, PROPOSAL_ROWS, proposalWorkbook, tongKetRound } from '../support/nominations-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let round: NominationRound;
beforeEach(async () => {
  app = openTestApp();
  round = await tongKetRound(app);
});
afterEach(() => app.close());

const call = async <T>(channel: string, input: unknown): Promise<T> => dataOf<T>(await app.callRaw(channel, input));
async function refused(channel: string, input: unknown) {
  const envelope = await app.callRaw(channel, input);
  if (envelope.ok) throw new Error(`${channel} should have been refused`);
  return envelope.error;
}

describe('proposal list import', () => {
  it('finds the list sheet and its header under title rows, maps shuffled columns and mixed kinds, skips empty rows', async () => {
    const base64 = await proposalWorkbook();
    const preview = await call<ImportPreview>('nominations.importPreview', { roundId: round.id, base64 });
    expect(preview.sheets).toEqual(['Hướng dẫn', 'Danh sách', 'Danh mục']);
    expect(preview.sheet).toBe('Danh sách');
    expect(preview.headerRow).toBe(5);
    expect(preview.columns).toMatchObject({ award: 'Hình thức khen thưởng', name: 'Họ và tên / Tên tập thể', kind: 'Loại đối tượng' });
    expect(preview.rows.map((r) => [r.rowNumber, r.nomineeKind, r.name, r.awardCode, r.gender, r.birthYear, r.errors])).toEqual([
      [6, 'individual', 'Nguyễn Văn An', 'BK_TINH', 'male', 1975, []],
      [7, 'individual', 'Y Thị Hoa', 'BK_TINH', 'female', 1988, []],
      [9, 'collective', 'UBND xã Đăk Ui', 'BK_TINH', null, null, []],
      [10, 'household', 'Hộ ông A Thút', 'GIAY_KHEN', null, null, []],
    ]);
    expect(preview.rows[0].classification).toBe('other-leader');
    expect(preview.rows[1].birthDate).toBe('1988-05-12');
    expect(preview.rows[2].classification).toBe('administrative');
    expect(app.count('nominations')).toBe(0);

    const unitId = ruralCommunes(app)[0].id;
    const result = await call<{ created: number; nominees: number }>('nominations.importCommit', {
      roundId: round.id,
      base64,
      proposingUnitId: unitId,
    });
    expect(result).toEqual({ created: 4, nominees: 4 });
    const list = (await call<ListPage<Nomination>>('nominations.list', { roundId: round.id })).rows;
    expect(list.map((n) => [n.nomineeName, n.nomineeKind, n.awardCode, n.status, n.proposingUnitId])).toEqual([
      ['UBND xã Đăk Ui', 'collective', 'BK_TINH', 'draft', unitId],
      ['Nguyễn Văn An', 'individual', 'BK_TINH', 'draft', unitId],
      ['Y Thị Hoa', 'individual', 'BK_TINH', 'draft', unitId],
      ['Hộ ông A Thút', 'household', 'GIAY_KHEN', 'draft', unitId],
    ]);
    // Exported, the list carries the columns the import reads back.
    const exported = await call<{ fileName: string; base64: string }>('nominations.exportXlsx', {
      roundId: round.id,
      nomineeKind: 'individual',
    });
    expect(exported.fileName).toBe(`Danh sách đề nghị khen thưởng ${round.name.replace(/"/g, '-')}.xlsx`);
    const other = await call<NominationRound>('rounds.create', {
      name: 'Đợt bổ sung',
      year: 2025,
      commendationKind: 'thematic',
      deadline: '2025-12-15',
    });
    const readBack = await call<ImportPreview>('nominations.importPreview', { roundId: other.id, base64: exported.base64 });
    expect(readBack.headerRow).toBe(3);
    expect(readBack.rows.map((r) => [r.name, r.nomineeKind, r.awardCode, r.gender, r.birthYear, r.errors])).toEqual([
      ['Nguyễn Văn An', 'individual', 'BK_TINH', 'male', 1975, []],
      ['Y Thị Hoa', 'individual', 'BK_TINH', 'female', 1988, []],
    ]);
    // The same list again: every row is already in the round, nothing is written.
    const again = await call<ImportPreview>('nominations.importPreview', { roundId: round.id, base64 });
    expect(again.rows.every((r) => r.errors.includes('Đối tượng đã được đề nghị hình thức này trong đợt'))).toBe(true);
    expect((await refused('nominations.importCommit', { roundId: round.id, base64, proposingUnitId: unitId })).message).toBe(
      'Còn 4 dòng có lỗi (dòng 6: Đối tượng đã được đề nghị hình thức này trong đợt); hãy sửa tệp rồi nhập lại. Chưa có dòng nào được ghi.',
    );
    expect(app.count('nominations')).toBe(4);
  });

  it('reads a list without a kind column: section headings, Nam/Nữ sub-columns under the year of birth', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DS');
    sheet.getCell('A1').value = 'DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN';
    sheet.mergeCells('A3:A4');
    sheet.getCell('A3').value = 'TT';
    sheet.mergeCells('B3:B4');
    sheet.getCell('B3').value = 'Tên tập thể/cá nhân/hộ gia đình';
    sheet.mergeCells('C3:D3');
    sheet.getCell('C3').value = 'Năm sinh';
    sheet.getCell('C4').value = 'Nam';
    sheet.getCell('D4').value = 'Nữ';
    sheet.mergeCells('E3:E4');
    sheet.getCell('E3').value = 'Danh hiệu thi đua /\nHình thức khen thưởng';
    const data: (string | number | null)[][] = [
      ['I', 'TẬP THỂ', null, null, null],
      [1, 'Thôn Kon Bdeh, xã Đăk Ui', null, null, 'Bằng khen Chủ tịch UBND tỉnh'],
      ['II', 'Cá nhân', null, null, null],
      [1, 'A Blong', 1970, null, 'BK UBND tỉnh'],
      [2, 'Y Nhung', null, 1985, 'Huy hiệu vàng'],
      [3, null, null, null, null],
      ['III', 'Hộ gia đình', null, null, null],
      [1, 'Ông A Phong', null, null, 'Bằng khen của Chủ tịch UBND tỉnh'],
    ];
    data.forEach((row, index) => {
      sheet.getRow(5 + index).values = row;
    });
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await call<ImportPreview>('nominations.importPreview', { roundId: round.id, base64 });
    expect(preview.headerRow).toBe(3);
    expect(preview.rows.map((r) => [r.rowNumber, r.nomineeKind, r.name, r.awardCode, r.gender, r.birthYear, r.errors])).toEqual([
      [6, 'collective', 'Thôn Kon Bdeh, xã Đăk Ui', 'BK_TINH', null, null, []],
      [8, 'individual', 'A Blong', 'BK_TINH', 'male', 1970, []],
      [9, 'individual', 'Y Nhung', '', 'female', 1985, ['Không nhận ra hình thức khen thưởng "Huy hiệu vàng"']],
      [12, 'household', 'Ông A Phong', 'BK_TINH', null, null, []],
    ]);
    expect(preview.unknownAwards).toEqual(['Huy hiệu vàng']);
    const error = await refused('nominations.importCommit', { roundId: round.id, base64, proposingUnitId: ruralCommunes(app)[0].id });
    expect(error.message).toBe(
      'Còn 1 dòng có lỗi (dòng 9: Không nhận ra hình thức khen thưởng "Huy hiệu vàng"); hãy sửa tệp rồi nhập lại. Chưa có dòng nào được ghi.',
    );
    expect(app.count('nominations') + app.count('nominees')).toBe(0);
    // The user maps the unknown form to one of the catalogue; a code the catalogue lacks is refused.
    const badMap = await refused('nominations.importPreview', { roundId: round.id, base64, awardMap: { 'Huy hiệu vàng': 'HUY_HIEU' } });
    expect(badMap.message).toBe('Không có danh hiệu, hình thức khen thưởng mã "HUY_HIEU" trong danh mục.');
    const mapped = await call<ImportPreview>('nominations.importPreview', {
      roundId: round.id,
      base64,
      awardMap: { 'huy hieu vang': 'GIAY_KHEN' },
    });
    expect(mapped.rows.find((r) => r.name === 'Y Nhung')).toMatchObject({ awardCode: 'GIAY_KHEN', errors: [] });
    expect(mapped.unknownAwards).toEqual([]);
    const committed = await call<{ created: number }>('nominations.importCommit', {
      roundId: round.id,
      base64,
      proposingUnitId: ruralCommunes(app)[0].id,
      awardMap: { 'Huy hiệu vàng': 'GIAY_KHEN' },
    });
    expect(committed.created).toBe(4);
  });

  it('turns bad values into row errors and refuses files that are not lists', async () => {
    const rows = [
      [1, 'Bằng khen của Chủ tịch UBND tỉnh', 'Nguyễn Văn An', 'cán bộ', 'Nam', 1975, null, null, null],
      [2, 'Bằng khen của Chủ tịch UBND tỉnh', 'Trần Bình', 'Cá nhân', 'không rõ', '31/02/1980', null, null, 'Phi công'],
      [3, 'Cờ thi đua của UBND tỉnh', 'Lê Cường', 'Cá nhân', 'Nam', 1980, null, null, null],
      [4, null, 'Phạm Dũng', 'Cá nhân', null, null, null, null, null],
      [5, 'Bằng khen của Chủ tịch UBND tỉnh', null, 'Cá nhân', 'Nam', null, null, null, null],
      [6, 'Bằng khen của Chủ tịch UBND tỉnh', 'Lê Văn Em', 'Cá nhân', null, 1990, null, null, null],
      [7, 'bằng khen của chủ tịch ubnd tỉnh', 'LÊ VĂN EM', 'Cá nhân', null, 1990, null, null, null],
    ];
    const preview = await call<ImportPreview>('nominations.importPreview', { roundId: round.id, base64: await proposalWorkbook(rows) });
    expect(preview.rows.map((r) => r.errors)).toEqual([
      ['Không nhận ra loại đối tượng "cán bộ" (cá nhân, tập thể, hộ gia đình)'],
      [
        'Không nhận ra giới tính "không rõ" (Nam, Nữ)',
        'Ngày sinh, năm sinh không hợp lệ: "31/02/1980"',
        'Không nhận ra phân loại "Phi công"',
      ],
      ['Cờ thi đua của UBND tỉnh không xét cho cá nhân'],
      ['Thiếu hình thức khen thưởng'],
      ['Thiếu tên đối tượng'],
      [],
      ['Trùng với dòng 11'],
    ]);
    const commit = await refused('nominations.importCommit', {
      roundId: round.id,
      base64: await proposalWorkbook([PROPOSAL_ROWS[0]]),
    });
    expect(commit.message).toBe('Hãy chọn đơn vị đề nghị trước khi nhập danh sách.');

    const noList = new ExcelJS.Workbook();
    noList.addWorksheet('Sheet1').getCell('A1').value = 'Báo cáo';
    const noListBase64 = Buffer.from(await noList.xlsx.writeBuffer()).toString('base64');
    expect((await refused('nominations.importPreview', { roundId: round.id, base64: noListBase64 })).message).toContain(
      'Không tìm thấy danh sách trong tệp',
    );
    expect(
      (await refused('nominations.importPreview', { roundId: round.id, base64: Buffer.from('not a workbook').toString('base64') })).message,
    ).toBe('Không đọc được tệp: tệp không phải bảng tính Excel (.xlsx) hợp lệ.');
    const wrongSheet = await refused('nominations.importPreview', {
      roundId: round.id,
      base64: await proposalWorkbook(),
      sheet: 'Không có',
    });
    expect(wrongSheet.message).toBe('Không có trang tính "Không có" trong tệp.');
    const chosen = await call<ImportPreview>('nominations.importPreview', {
      roundId: round.id,
      base64: await proposalWorkbook(),
      sheet: 'Danh sách',
    });
    expect(chosen.rows.length).toBe(4);
    const many = Array.from({ length: 3001 }, (_, i) => [i + 1, 'Giấy khen', `Người ${i + 1}`, 'Cá nhân', null, null, null, null, null]);
    expect(
      (await refused('nominations.importPreview', { roundId: round.id, base64: await proposalWorkbook(many, PROPOSAL_HEADER) })).message,
    ).toBe('Danh sách có quá 3000 dòng; hãy chia thành nhiều tệp.');
  });
});
