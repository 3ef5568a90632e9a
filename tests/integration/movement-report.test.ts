import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { templateMessages } from '../../electron/main/pdf/templates/messages';
import { movementReportText } from '../../electron/main/pdf/templates/movement-report-text';
import type { DocumentPage } from '../../shared/contract/documents';
import type { DocumentEntry, DocumentPreview } from '../../shared/domain/documents';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../shared/domain/settings';
import { DATE_BLANK } from '../../shared/format/document-date';
import { NUMBER_BLANK } from '../../shared/format/document-number';
import { createAreaMovement, enterBaseline2022, ruralCommunes, seedMovementId } from '../support/movements-fixture';
import { checkLayout, type PdfPage, type PdfReadBack } from '../support/pdf-layout';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';
import { looksVietnamese } from '../support/vietnamese';

const ISSUER_LINES = ['UBND TỈNH KON TUM', 'HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG'];
const MARGINS = {
  top: DEFAULT_DOCUMENT_SETTINGS.marginTopMm,
  bottom: DEFAULT_DOCUMENT_SETTINGS.marginBottomMm,
  left: DEFAULT_DOCUMENT_SETTINGS.marginLeftMm,
  right: DEFAULT_DOCUMENT_SETTINGS.marginRightMm,
};
const ANNEX_HEADING = 'DANH SÁCH CÁC XÃ ĐẠT DƯỚI 15 TIÊU CHÍ';

let app: TestApp;
let movementId: number;
let counts: Map<number, number>;

beforeAll(async () => {
  app = openTestApp();
  movementId = await seedMovementId(app);
  counts = await enterBaseline2022(app);
});
afterAll(() => app.close());

const preview = (params: unknown) => app.callRaw('documents.preview', { template: 'movement-report', params });
const bytesOf = (result: DocumentPreview) => Buffer.from(result.pdf, 'base64');
const allText = (pdf: PdfReadBack) => pdf.pages.map((page) => page.text).join('\n');

/** The cells printed on the same line as a cell's text (a table row), left to right; [] when the text is absent. */
function rowOf(page: PdfPage, cell: string): string[] {
  const anchor = page.items.find((item) => item.text === cell);
  if (!anchor) return [];
  return page.items
    .filter((item) => item.text.trim() && Math.abs(item.baseline - anchor.baseline) < 1)
    .sort((a, b) => a.x - b.x)
    .map((item) => item.text);
}

const pageWith = (pdf: PdfReadBack | PdfPage[], cell: string) =>
  (Array.isArray(pdf) ? pdf : pdf.pages).find((page) => page.items.some((item) => item.text === cell));

async function refusal(params: unknown) {
  const envelope = await preview(params);
  if (envelope.ok) throw new Error('expected the report to be refused');
  expect(envelope.error.code).toBe('VALIDATION');
  expect(looksVietnamese(envelope.error.message)).toBe(true);
  return envelope.error;
}

describe('movement report on the real 2022 baseline (template movement-report)', () => {
  let draft: Awaited<ReturnType<typeof checkLayout>>;
  let pages: number;

  beforeAll(async () => {
    const result = dataOf<DocumentPreview>(await preview({ movementId, year: 2022 }));
    pages = result.pages;
    draft = await checkLayout(bytesOf(result), {
      marginsMm: MARGINS,
      orientation: 'portrait',
      issuerLines: ISSUER_LINES,
      fontFamily: 'Tinos',
      pageCount: result.pages,
      texts: [
        'BÁO CÁO',
        'Kết quả thực hiện phong trào thi đua "Kon Tum chung sức xây dựng nông thôn mới" năm 2022',
        'Thực hiện Kế hoạch số 2017/KH-UBND ngày 28 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh Kon Tum về tổ chức phong trào thi đua',
        'Năm 2022, toàn tỉnh có 35/85 xã đạt chuẩn nông thôn mới, bình quân đạt 15,88 tiêu chí/xã',
        'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
        'II. KẾT QUẢ THEO ĐƠN VỊ CẤP HUYỆN',
        'III. CÁC XÃ ĐẠT DƯỚI 15 TIÊU CHÍ',
        'Năm 2022, còn 30 xã đạt dưới 15 tiêu chí (có danh sách kèm theo).',
        'Đề nghị Ủy ban nhân dân các huyện, thành phố tập trung chỉ đạo, hỗ trợ các xã này',
        'Trên đây là báo cáo kết quả thực hiện phong trào thi đua "Kon Tum chung sức xây dựng nông thôn mới" năm 2022 trên địa bàn tỉnh Kon Tum./.',
        // The council's default signature block, its full name over two lines.
        'TM. HỘI ĐỒNG THI ĐUA -',
        'KHEN THƯỞNG',
        'CHỦ TỊCH',
        'Nơi nhận:',
        '- Ủy ban nhân dân tỉnh Kon Tum (b/c);',
        '- UBND các huyện, thành phố;',
        ANNEX_HEADING,
      ],
      exactSegments: ['Số:      /BC-HĐTĐKT', `(Kèm theo Báo cáo số ${NUMBER_BLANK}/BC-HĐTĐKT ngày ${DATE_BLANK}/${DATE_BLANK}/2025)`],
    });
  });

  it('passes the layout checker as a portrait draft with its annex', () => {
    expect(draft.problems).toEqual([]);
    expect(draft.pdf.pages).toHaveLength(pages);
    expect(pages).toBeGreaterThanOrEqual(2);
  });

  it('prints each target with goal, result, assessment and projection, target 3 as "35/85 xã"', () => {
    const page = pageWith(draft.pdf, '35/85 xã') as PdfPage;
    // The label wraps over several lines, one of which may share the row's baseline: compare the other columns.
    const columns = (cell: string) => {
      const row = rowOf(page, cell);
      return [row[0], ...row.slice(-4)];
    };
    expect(columns('35/85 xã')).toEqual(['3', 'Ít nhất 60 xã', '35/85 xã', 'Chưa đạt', '-']);
    expect(rowOf(page, 'Ít nhất 20 xã').slice(-4)).toEqual(['Ít nhất 20 xã', '0/85 xã', 'Chưa đạt', '-']);
    // "Chưa có số liệu" wraps in the narrow assessment column; the result column holds it on one line.
    expect(rowOf(page, 'Ít nhất 50%')).toEqual(expect.arrayContaining(['1', 'Ít nhất 50%', 'Chưa có số liệu', '-']));
    expect(rowOf(page, 'Hằng năm')).toContain('Chưa có số liệu');
    const five = pageWith(draft.pdf, 'Thấp nhất 11') as PdfPage;
    expect(rowOf(five, 'Thấp nhất 11')).toContain('Thấp nhất 11');
    expect(allText(draft.pdf)).toContain('tiêu chí; 30 xã');
  });

  it('words the yearly gain target as "xã không tăng tiêu chí", never "tăng dưới 1 tiêu chí"', () => {
    expect(movementReportText.targets.gainResult('3', '40', '1')).toBe('3/40 xã không tăng tiêu chí');
    expect(movementReportText.targets.gainResult('5', '40', '2')).toBe('5/40 xã tăng ít hơn 2 tiêu chí');
    expect(allText(draft.pdf)).not.toContain('tăng dưới');
  });

  it('repeats the targets header on the page the table continues on', () => {
    const first = pageWith(draft.pdf, '35/85 xã') as PdfPage;
    const last = pageWith(draft.pdf, 'Định tính') as PdfPage;
    expect(last.number).toBeGreaterThan(first.number);
    for (const page of [first, last]) {
      expect(page.items.some((item) => item.text === 'Chỉ tiêu')).toBe(true);
      expect(page.items.some((item) => item.text === 'Đánh giá')).toBe(true);
    }
  });

  it('adds the district table up to the province total: 85 communes, 35 NTM, 15,88 on average, 30 under 15', () => {
    const page = pageWith(draft.pdf, 'Toàn tỉnh') as PdfPage;
    expect(rowOf(page, 'Toàn tỉnh')).toEqual(['Toàn tỉnh', '85', '35', '0', '0', '15,88', '30']);
    // Districts in the province's official order, numbered.
    expect(rowOf(page, 'Thành phố Kon Tum')).toEqual(['1', 'Thành phố Kon Tum', '11', '11', '0', '0', '19,00', '0']);
    expect(rowOf(page, "Huyện Ia H' Drai")[0]).toBe('10');
  });

  it('lists exactly the 30 communes under 15 criteria in the annex, with their counts', () => {
    const start = draft.pdf.pages.findIndex((page) => page.segments.some((segment) => segment.text === ANNEX_HEADING));
    expect(start).toBeGreaterThan(0);
    const annex = draft.pdf.pages.slice(start);
    const communes = ruralCommunes(app);
    const under = communes.filter((commune) => (counts.get(commune.id) as number) < 15);
    expect(under).toHaveLength(30);
    for (const commune of under) {
      const page = pageWith(annex, commune.name);
      expect(page, commune.name).toBeDefined();
      expect(rowOf(page as PdfPage, commune.name).at(-1)).toBe(String(counts.get(commune.id)));
    }
    const numbered = annex.flatMap((page) => page.items.filter((item) => /^Xã /u.test(item.text) && rowOf(page, item.text).length === 3));
    expect(numbered).toHaveLength(30);
  });
});

describe('a movement of one district', () => {
  const districtId = (name: string) =>
    app.ctx.db.prepare("SELECT id FROM units WHERE kind = 'district' AND name = ?").pluck().get(name) as number;

  it('speaks of that district: its area in the text, "toàn huyện" and the total row, its committee, never the province', async () => {
    const dakHa = districtId('Huyện Đắk Hà');
    const districtMovement = await createAreaMovement(app, {
      name: 'Đắk Hà chung sức xây dựng nông thôn mới',
      number: '15/KH-UBND',
      issuer: 'Ủy ban nhân dân huyện Đắk Hà',
      scopeUnitId: dakHa,
    });
    const communes = ruralCommunes(app).filter((commune) => commune.districtId === dakHa).length;
    const result = dataOf<DocumentPreview>(await preview({ movementId: districtMovement, year: 2022 }));
    const { problems, pdf } = await checkLayout(bytesOf(result), {
      marginsMm: MARGINS,
      texts: [
        'kết quả thực hiện phong trào năm 2022 trên địa bàn huyện Đắk Hà như sau:',
        'Năm 2022, toàn huyện có',
        'năm 2022 trên địa bàn huyện Đắk Hà./.',
        // Its communes under the threshold are the district's to help; its committee launched it, so is sent it once.
        'Đề nghị Ủy ban nhân dân huyện Đắk Hà tập trung chỉ đạo, hỗ trợ các xã này',
        '- Ủy ban nhân dân huyện Đắk Hà (b/c);',
      ],
    });
    expect(problems).toEqual([]);
    const page = pageWith(pdf, 'Toàn huyện') as PdfPage;
    expect(rowOf(page, 'Toàn huyện').slice(0, 2)).toEqual(['Toàn huyện', String(communes)]);
    expect(allText(pdf)).not.toContain('Toàn tỉnh');
    expect(allText(pdf)).not.toContain('toàn tỉnh');
    expect(allText(pdf)).not.toContain('địa bàn tỉnh Kon Tum');
    expect(allText(pdf)).not.toContain('các huyện, thành phố');
    expect(allText(pdf)).not.toContain('UBND huyện Đắk Hà');
  });

  it("launched by the province, is sent to the district's committee besides", async () => {
    const dakHa = districtId('Huyện Đắk Hà');
    const districtMovement = await createAreaMovement(app, {
      name: 'Đắk Hà về đích nông thôn mới',
      number: '40/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Kon Tum',
      scopeUnitId: dakHa,
    });
    const result = dataOf<DocumentPreview>(await preview({ movementId: districtMovement, year: 2022 }));
    const { problems, pdf } = await checkLayout(bytesOf(result), {
      marginsMm: MARGINS,
      texts: ['- Ủy ban nhân dân tỉnh Kon Tum (b/c);', '- UBND huyện Đắk Hà;'],
    });
    expect(problems).toEqual([]);
    expect(allText(pdf)).not.toContain('các huyện, thành phố');
  });
});

describe('years and params the report refuses', () => {
  it('a year without any criteria record, in or before the period', async () => {
    for (const year of [2023, 2019]) {
      const error = await refusal({ movementId, year });
      const message = movementReportText.params.noRecords(year);
      expect(message).toContain(`Năm ${year} chưa có số liệu tiêu chí nào để lập báo cáo`);
      expect(error).toEqual({ code: 'VALIDATION', message, fields: [{ path: 'params.year', message }] });
    }
  });

  it('an unknown movement', async () => {
    const error = await refusal({ movementId: 987_654, year: 2022 });
    const message = movementReportText.params.movementNotFound;
    expect(error).toEqual({ code: 'VALIDATION', message, fields: [{ path: 'params.movementId', message }] });
  });

  it('a year out of range, a missing movement and an extra key, each named by its field', async () => {
    const badYear = await refusal({ movementId, year: 1800 });
    expect(badYear.message).toBe(templateMessages.badParams(movementReportText.title));
    expect(badYear.fields).toEqual([{ path: 'params.year', message: 'Năm báo cáo không được trước năm 2000' }]);

    const missing = await refusal({ year: 2022 });
    expect(missing.fields).toEqual([{ path: 'params.movementId', message: 'Chưa chọn phong trào thi đua' }]);

    const extra = await refusal({ movementId, year: 2022, districtId: 1 });
    expect(extra.fields).toEqual([{ path: 'params', message: templateMessages.unknownParams(['districtId']) }]);
    for (const field of [...(badYear.fields ?? []), ...(missing.fields ?? []), ...(extra.fields ?? [])]) {
      expect(looksVietnamese(field.message), field.message).toBe(true);
    }
    expect(app.count('documents')).toBe(0);
  });
});

describe('issuing the report', () => {
  it('numbers it 01/BC-HĐTĐKT in the register and prints that number in the report and its annex', async () => {
    const entry = dataOf<DocumentEntry>(
      await app.call('documents.issue', {
        template: 'movement-report',
        params: { movementId, year: 2022 },
        date: '2026-12-05',
        signer: 'Nguyễn Văn Bình',
        entity: 'movement',
        entityId: movementId,
      }),
    );
    expect(entry).toMatchObject({
      numberSymbol: '01/BC-HĐTĐKT',
      typeAbbreviation: 'BC',
      title: 'Báo cáo kết quả phong trào thi đua “Kon Tum chung sức xây dựng nông thôn mới” năm 2022',
      template: 'movement-report',
      params: { movementId, year: 2022 },
      entity: 'movement',
      entityId: movementId,
    });
    const { problems, pdf } = await checkLayout(fs.readFileSync(path.join(app.dir, entry.filePath)), {
      marginsMm: MARGINS,
      issuerLines: ISSUER_LINES,
      texts: [
        'Số: 01/BC-HĐTĐKT',
        'Kon Tum, ngày 05 tháng 12 năm 2026',
        '(Kèm theo Báo cáo số 01/BC-HĐTĐKT ngày 05/12/2026)',
        'Nguyễn Văn Bình',
      ],
    });
    expect(problems).toEqual([]);
    expect(pdf.pages).toHaveLength(entry.pages);
  });

  it('keeps its recipients and copies in the register, and the register finds it by its trích yếu without diacritics', async () => {
    const [entry] = dataOf<DocumentPage>(await app.call('documents.list', { template: 'movement-report' })).rows;
    expect(entry.recipients).toEqual([
      'Ủy ban nhân dân tỉnh Kon Tum (b/c)',
      'Các thành viên Hội đồng Thi đua - Khen thưởng',
      'UBND các huyện, thành phố',
    ]);
    expect(entry.copies).toBe(3);
    for (const query of ['ket qua phong trao kon tum chung suc', 'NONG THON MOI nam 2022', 'Kon Tum chung sức']) {
      const found = dataOf<DocumentPage>(await app.call('documents.list', { query })).rows;
      expect(
        found.map((d) => d.id),
        query,
      ).toEqual([entry.id]);
    }
    expect(dataOf<DocumentPage>(await app.call('documents.list', { query: 'nong thon moi 2023' }))).toMatchObject({ rows: [], total: 0 });
  });
});
