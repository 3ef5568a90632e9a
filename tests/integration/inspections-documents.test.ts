import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { inspectionDocText } from '../../electron/main/pdf/templates/inspections/text';
import type { DocumentEntry, DocumentPreview } from '../../shared/domain/documents';
import type { Recommendation, VisitDetail } from '../../shared/domain/inspections';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../shared/domain/settings';
import { type DocumentedRound, documentedRound, ROUND_TEXTS } from '../support/inspections-fixture';
import { ruralCommunes } from '../support/movements-fixture';
import { checkLayout, type PdfPage, type PdfReadBack } from '../support/pdf-layout';
import { makeTempDir } from '../support/temp-dir';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';
import { looksVietnamese } from '../support/vietnamese';

const ISSUER_LINES = ['UBND TỈNH KON TUM', 'HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG'];
const MARGINS = {
  top: DEFAULT_DOCUMENT_SETTINGS.marginTopMm,
  bottom: DEFAULT_DOCUMENT_SETTINGS.marginBottomMm,
  left: DEFAULT_DOCUMENT_SETTINGS.marginLeftMm,
  right: DEFAULT_DOCUMENT_SETTINGS.marginRightMm,
};

let app: TestApp;
let round: DocumentedRound;
let names: string[];

beforeAll(async () => {
  app = openTestApp();
  round = await documentedRound(app, 2025);
  names = round.details.map((visit) => visit.unitName);
});
afterAll(() => app.close());

async function preview(template: string, params: unknown): Promise<Buffer> {
  const result = dataOf<DocumentPreview>(await app.callRaw('documents.preview', { template, params }));
  expect(result.issuable).toBe(true);
  return Buffer.from(result.pdf, 'base64');
}

/** The PDF's text as pdftotext reads it (poppler), lines joined by spaces, so sentences that wrap still match. */
function pdftotext(bytes: Buffer): string {
  const { dir, cleanup } = makeTempDir('pdftotext');
  try {
    const file = path.join(dir, 'document.pdf');
    fs.writeFileSync(file, bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/gu, ' ');
  } finally {
    cleanup();
  }
}

/** The cells printed on the same line as a cell's text (a table row), left to right. */
function rowOf(page: PdfPage, cell: string): string[] {
  const anchor = page.items.find((item) => item.text === cell);
  if (!anchor) return [];
  return page.items
    .filter((item) => item.text.trim() && Math.abs(item.baseline - anchor.baseline) < 1)
    .sort((a, b) => a.x - b.x)
    .map((item) => item.text);
}

const pageWith = (pdf: PdfReadBack, cell: string) => pdf.pages.find((page) => page.items.some((item) => item.text === cell)) as PdfPage;

async function layout(bytes: Buffer, texts: string[], signatureLine?: string) {
  const checked = await checkLayout(bytes, { marginsMm: MARGINS, issuerLines: ISSUER_LINES, fontFamily: 'Tinos', texts, signatureLine });
  expect(checked.problems, checked.problems.join('\n')).toEqual([]);
  return checked.pdf;
}

describe('Kế hoạch kiểm tra (template inspection-plan)', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await preview('inspection-plan', { inspectionId: round.inspection.id });
    dump('inspection-plan', bytes);
  });

  it('passes the layout checker with the plan title, basis, purpose, schedule and team', async () => {
    const pdf = await layout(bytes, [
      'KẾ HOẠCH',
      'Kiểm tra công tác thi đua, khen thưởng năm 2025',
      'Số:      /KH-HĐTĐKT',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG, PHẠM VI KIỂM TRA',
      'III. THỜI GIAN, ĐỊA ĐIỂM KIỂM TRA',
      'IV. THÀNH PHẦN ĐOÀN KIỂM TRA',
      'V. TỔ CHỨC THỰC HIỆN',
      'TM. HỘI ĐỒNG THI ĐUA -',
      'CHỦ TỊCH',
      'Nơi nhận:',
    ]);
    const schedule = pageWith(pdf, names[0]);
    // A cell that wraps is centred vertically, off the row's baseline: the one-line cells are compared.
    expect(rowOf(schedule, names[0]).slice(0, 3)).toEqual(['1', '10/07/2025', names[0]]);
    expect(rowOf(schedule, names[1])).toEqual(['2', '11/07/2025', names[1], 'Tại trụ sở đơn vị', 'Đoàn kiểm tra số 1']);
    const team = pageWith(pdf, 'Trần Văn Bình');
    expect(rowOf(team, 'Trần Văn Bình')).toEqual(['1', 'Trần Văn Bình', 'Trưởng đoàn']);
    expect(rowOf(team, 'Phạm Minh Khôi').at(-1)).toBe('Thư ký');
  });

  it('reads as pdftotext gives it: legal basis, the movement covered, the checklist, the team decision, recipients', () => {
    const text = pdftotext(bytes);
    for (const expected of [
      'Căn cứ Kế hoạch số 2017/KH-UBND ngày 28 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh Kon Tum;',
      'Hội đồng Thi đua - Khen thưởng ban hành Kế hoạch kiểm tra công tác thi đua, khen thưởng năm 2025 như sau:',
      ROUND_TEXTS.purpose,
      'Kiểm tra việc tổ chức thực hiện phong trào thi đua “Kon Tum chung sức xây dựng nông thôn mới” gắn với công tác thi đua, khen thưởng của đơn vị',
      '- II.6. Lưu trữ hồ sơ thi đua, khen thưởng (5 điểm);',
      'Thời gian kiểm tra: từ ngày 01/06/2025 đến ngày 30/09/2025.',
      'Đoàn kiểm tra được thành lập theo Quyết định số 25/QĐ-HĐTĐKT ngày 20 tháng 5 năm 2025, gồm các thành viên sau:',
      '- Ủy ban nhân dân tỉnh Kon Tum (b/c);',
      '- Các đơn vị được kiểm tra;',
      '- Lưu: VT, TĐKT.',
    ]) {
      expect(text, expected).toContain(expected);
    }
  });
});

describe('Biên bản kiểm tra (template inspection-minutes)', () => {
  it('prints both sides present, the checklist with points, total 100/100 Xuất sắc, and two signatures side by side', async () => {
    const [first] = round.details;
    const bytes = await preview('inspection-minutes', { visitId: first.id });
    dump('inspection-minutes-1', bytes);
    const pdf = await layout(
      bytes,
      [
        'BIÊN BẢN',
        'Số:      /BB-HĐTĐKT',
        `Kiểm tra công tác thi đua, khen thưởng năm 2025 tại ${inSentence(names[0])}`,
        'I. THÀNH PHẦN',
        'II. KẾT QUẢ KIỂM TRA',
        'III. KIẾN NGHỊ',
        'TRƯỞNG ĐOÀN KIỂM TRA',
        'Nguyễn Văn Hùng',
        'Trần Văn Bình',
      ],
      'TRƯỞNG ĐOÀN KIỂM TRA',
    );
    const text = pdftotext(bytes);
    for (const expected of [
      `Hôm nay, ngày 10 tháng 7 năm 2025, tại Hội trường Ủy ban nhân dân xã, Đoàn kiểm tra số 1 thành lập theo Quyết định số 25/QĐ-HĐTĐKT ngày 20 tháng 5 năm 2025 tiến hành kiểm tra`,
      // pdftotext drops a hyphen that ends a line ("Thi đua -" / "Khen thưởng"): compare up to it.
      '- Trưởng đoàn: ông (bà) Trần Văn Bình, Phó Trưởng ban, Ban Thi đua',
      '- Thư ký: ông (bà) Phạm Minh Khôi, Chuyên viên, Ban Thi đua',
      '- Ông (bà) Nguyễn Văn Hùng, Chủ tịch UBND xã;',
      'Tổng điểm đạt: 100/100 điểm; xếp loại: Xuất sắc.',
      'Đoàn kiểm tra không có kiến nghị.',
      'Biên bản được lập thành 02 bản có giá trị như nhau',
      'nhất trí và ký tên dưới đây./.',
      'ĐẠI DIỆN ĐƠN VỊ ĐƯỢC',
      'CHỦ TỊCH UBND XÃ',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // The checklist: each item's result, points and maximum on its row; the total in bold.
    const page = pageWith(pdf, 'I.3');
    expect(rowOf(page, 'I.3').slice(-3)).toEqual(['Đạt', '20', '20']);
    expect(rowOf(pageWith(pdf, 'Tổng cộng'), 'Tổng cộng')).toEqual(['Tổng cộng', '100', '100']);
    // Two signatures side by side: the unit's on the left, the team leader's on the right, names on one line.
    const last = pdf.pages.at(-1) as PdfPage;
    const unitSigner = last.items.find((item) => item.text === 'Nguyễn Văn Hùng');
    const leaderSigner = last.items.find((item) => item.text === 'Trần Văn Bình');
    expect(unitSigner && leaderSigner).toBeTruthy();
    if (unitSigner && leaderSigner) {
      expect(Math.abs(unitSigner.baseline - leaderSigner.baseline)).toBeLessThan(1);
      expect(unitSigner.x).toBeLessThan(last.width / 2);
      expect(leaderSigner.x).toBeGreaterThan(last.width / 2);
    }
  });

  it('prints a partial visit: not applicable, a failed item, findings, the recommendation and the band Tốt', async () => {
    const second = round.details[1];
    expect(second.score).toEqual({ total: 76, max: 95, band: 'Tốt' });
    const bytes = await preview('inspection-minutes', { visitId: second.id });
    dump('inspection-minutes-2', bytes);
    const pdf = await layout(bytes, ['Chưa đạt', 'Không áp'], 'TRƯỞNG ĐOÀN KIỂM TRA');
    const text = pdftotext(bytes);
    for (const expected of [
      'Tổng điểm đạt: 76/95 điểm; xếp loại: Tốt.',
      ROUND_TEXTS.strengths,
      ROUND_TEXTS.shortcomings,
      ROUND_TEXTS.causes,
      `Đoàn kiểm tra kiến nghị ${inSentence(names[1])} thực hiện các nội dung sau:`,
      'tại trụ sở đơn vị',
      // Cells wrap within their column; the recommendation's words come back in order.
      'Rà soát, sắp xếp lại hồ sơ thi đua, khen',
      'Không áp',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(rowOf(pageWith(pdf, 'II.6'), 'II.6').join(' ')).toMatch(/^II\.6 .*Chưa đạt 2 5/u);
    const rec = pageWith(pdf, '31/12/2025');
    expect(rowOf(rec, '31/12/2025')).toContain(names[1]);
  });
});

/** "Xã Ngọk Bay" -> "xã Ngọk Bay", as the documents write a unit inside a sentence. */
function inSentence(name: string): string {
  return name.replace(/^Xã /u, 'xã ');
}

describe('Báo cáo kết quả kiểm tra (template inspection-report)', () => {
  it('lists every unit with score, band and status, the common findings, recommendations by unit and proposals', async () => {
    const bytes = await preview('inspection-report', { inspectionId: round.inspection.id });
    dump('inspection-report', bytes);
    const pdf = await layout(bytes, ['BÁO CÁO', 'Kết quả kiểm tra công tác thi đua, khen thưởng năm 2025', 'Số:      /BC-HĐTĐKT']);
    const results = pageWith(pdf, names[0]);
    expect(rowOf(results, names[0])).toEqual(['1', names[0], '10/07/2025', '100', '100', 'Xuất sắc', 'Đã ký biên bản']);
    expect(rowOf(results, names[1])).toEqual(['2', names[1], '11/07/2025', '76', '95', 'Tốt', 'Đã ký biên bản']);
    const text = pdftotext(bytes);
    for (const expected of [
      'Thực hiện Kế hoạch kiểm tra công tác thi đua, khen thưởng năm 2025, từ ngày 01/06/2025 đến ngày 30/09/2025, Đoàn kiểm tra đã tiến hành kiểm tra tại 2 đơn vị.',
      'Số đơn vị được kiểm tra theo kế hoạch: 2; đã có kết quả kiểm tra: 2.',
      'Kết quả xếp loại: Xuất sắc: 1 đơn vị; Tốt: 1 đơn vị.',
      ROUND_TEXTS.commonStrengths,
      ROUND_TEXTS.commonShortcomings,
      ROUND_TEXTS.proposals,
      `I. ${names[1]}`,
      'III. KIẾN NGHỊ ĐỐI VỚI CÁC ĐƠN VỊ ĐƯỢC KIỂM TRA',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
      'Trên đây là báo cáo kết quả kiểm tra công tác thi đua, khen thưởng năm 2025./.',
    ]) {
      expect(text, expected).toContain(expected);
    }
    const rec = pageWith(pdf, '31/12/2025');
    expect(rowOf(rec, '31/12/2025').slice(-2)).toEqual(['31/12/2025', 'Chưa thực hiện']);
  });
});

describe('minutes of a later round at the same unit', () => {
  it("shows the earlier round's open recommendation and the movement's records for the unit", async () => {
    const unitId = round.details[1].unitId;
    dataOf(
      await app.call('criteria.setUnitYear', {
        unitId,
        year: 2025,
        criteriaMet: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        version: null,
      }),
    );
    const later = await documentedRound(app, 2026, [unitId]);
    const bytes = await preview('inspection-minutes', { visitId: later.details[0].id });
    dump('inspection-minutes-carried', bytes);
    const pdf = await layout(bytes, ['Kiến nghị của các đợt kiểm tra trước', 'Chưa thực hiện'], 'TRƯỞNG ĐOÀN KIỂM TRA');
    const row = rowOf(pageWith(pdf, '2025'), '2025');
    // The text cell wraps over three lines, its middle one on the row's baseline.
    expect([row[0], ...row.slice(-3)]).toEqual(['1', '2025', '31/12/2025', 'Chưa thực hiện']);
    const text = pdftotext(bytes);
    expect(text).toContain('- Năm 2025: đạt 15 tiêu chí nông thôn mới;');
    expect(text).toContain('Rà soát, sắp xếp lại hồ sơ thi đua, khen thưởng các năm');
  });
});

describe('issuing and refusals', () => {
  it('numbers the plan, the minutes and the report in the register; issued PDFs carry their numbers', async () => {
    const issue = (template: string, params: object) =>
      app.call('documents.issue', { template, params: params as Record<string, unknown>, date: '2025-06-02' });
    const plan = dataOf<DocumentEntry>(await issue('inspection-plan', { inspectionId: round.inspection.id }));
    const minutes = dataOf<DocumentEntry>(await issue('inspection-minutes', { visitId: round.details[0].id }));
    const report = dataOf<DocumentEntry>(await issue('inspection-report', { inspectionId: round.inspection.id }));
    expect([plan.numberSymbol, minutes.numberSymbol, report.numberSymbol]).toEqual(['01/KH-HĐTĐKT', '02/BB-HĐTĐKT', '03/BC-HĐTĐKT']);
    expect(plan.title).toBe('Kế hoạch kiểm tra công tác thi đua, khen thưởng năm 2025');
    expect(minutes.title).toBe(`Biên bản kiểm tra công tác thi đua, khen thưởng năm 2025 tại ${inSentence(names[0])}`);
    expect(report.title).toBe('Báo cáo kết quả kiểm tra công tác thi đua, khen thưởng năm 2025');
    expect(minutes.signer).toBe('Nguyễn Văn Hùng, Trần Văn Bình');
    const text = pdftotext(fs.readFileSync(path.join(app.dir, minutes.filePath)));
    expect(text).toContain('Số: 02/BB-HĐTĐKT');
    expect(text).toContain('Kon Tum, ngày 02 tháng 6 năm 2025');
  });

  it("keeps the minutes' own signers: the chair's name chosen on issue never fills the unit's blank block", async () => {
    const chair = { prefix: 'TM.', authority: 'Hội đồng Thi đua - Khen thưởng', position: 'Chủ tịch', signer: 'Võ Thị Mai' } as const;
    const entry = dataOf<DocumentEntry>(
      await app.call('documents.issue', {
        template: 'inspection-minutes',
        params: { visitId: round.details[1].id },
        date: '2025-07-11',
        signature: chair,
      }),
    );
    const text = pdftotext(fs.readFileSync(path.join(app.dir, entry.filePath)));
    expect(text).toContain('TRƯỞNG ĐOÀN KIỂM TRA');
    expect(text).toContain('Trần Văn Bình');
    expect(text).not.toContain('Võ Thị Mai');
    // The register names who signed the minutes: the team leader (the unit's block is left for signing by hand).
    expect(entry.signer).toBe('Trần Văn Bình');
  });

  it('refuses unknown ids with NOT_FOUND on the param, and bad params by field, in Vietnamese', async () => {
    for (const [template, params, message, field] of [
      ['inspection-plan', { inspectionId: 987_654 }, inspectionDocText.params.inspectionNotFound(987_654), 'params.inspectionId'],
      ['inspection-report', { inspectionId: 987_654 }, inspectionDocText.params.inspectionNotFound(987_654), 'params.inspectionId'],
      ['inspection-minutes', { visitId: 987_654 }, inspectionDocText.params.visitNotFound(987_654), 'params.visitId'],
    ] as const) {
      const envelope = await app.callRaw('documents.preview', { template, params });
      expect(envelope).toEqual({ ok: false, error: { code: 'NOT_FOUND', message, fields: [{ path: field, message }] } });
      expect(looksVietnamese(message)).toBe(true);
    }
    const missing = await app.callRaw('documents.preview', { template: 'inspection-minutes', params: {} });
    expect(missing.ok ? null : missing.error.fields).toEqual([{ path: 'params.visitId', message: inspectionDocText.params.visitId }]);
  });

  it('refuses the report of a round without any unit in its schedule', async () => {
    const empty = dataOf<{ id: number; title: string }>(
      await app.call('inspections.create', {
        year: 2026,
        title: 'Kiểm tra công tác thi đua, khen thưởng năm 2026',
        periodFrom: '2026-06-01',
        periodTo: '2026-09-30',
        movementIds: [],
        purpose: '',
        scope: '',
        legalBasis: '',
        teamDecisionNumber: '',
        teamDecisionDate: null,
        commonStrengths: '',
        commonShortcomings: '',
        proposals: '',
      }),
    );
    const envelope = await app.callRaw('documents.preview', { template: 'inspection-report', params: { inspectionId: empty.id } });
    const message = inspectionDocText.params.noVisits(empty.title);
    expect(envelope).toEqual({ ok: false, error: { code: 'VALIDATION', message, fields: [{ path: 'params.inspectionId', message }] } });
    // The plan of the same round prints, saying the schedule comes later.
    const planBytes = await preview('inspection-plan', { inspectionId: empty.id });
    dump('inspection-plan-empty', planBytes);
    const plan = pdftotext(planBytes);
    expect(plan).toContain(inspectionDocText.plan.noVisits);
    expect(plan).toContain(inspectionDocText.plan.defaultBasis[0]);
  });
});

describe('a long round: 25 units, long recommendations', () => {
  let long: TestApp;
  let visits: VisitDetail[];
  let longRoundId: number;
  beforeAll(async () => {
    long = openTestApp();
    const units = ruralCommunes(long)
      .slice(0, 25)
      .map((c) => c.id);
    const documented = await documentedRound(long, 2025, units.slice(0, 2));
    visits = documented.details;
    // 23 more units on the same team, one a day; a long recommendation on each of the first ten.
    for (const [index, unitId] of units.slice(2).entries()) {
      const added = dataOf<VisitDetail>(
        await long.call('inspections.addVisit', {
          inspectionId: documented.inspection.id,
          unitId,
          date: `2025-08-${String(1 + index).padStart(2, '0')}`,
          teamId: documented.team.id,
          place: '',
        }),
      );
      if (index < 10) {
        dataOf<Recommendation>(
          await long.call('recommendations.create', {
            visitId: added.id,
            text: `${ROUND_TEXTS.recommendation}; bổ sung biên bản họp Hội đồng Thi đua - Khen thưởng, phiếu bầu và danh sách trích ngang của các tập thể, cá nhân được đề nghị khen thưởng trong năm (kiến nghị số ${index + 1})`,
            responsibleUnitId: unitId,
            deadline: '2025-12-31',
          }),
        );
      }
      visits.push(added);
    }
    longRoundId = documented.inspection.id;
  });
  afterAll(() => long.close());

  it('prints the minutes of a visit not yet held as a form: items "Chưa đánh giá", dotted lines for the unit\'s people', async () => {
    const planned = visits.at(-1) as VisitDetail;
    const result = dataOf<DocumentPreview>(
      await long.callRaw('documents.preview', { template: 'inspection-minutes', params: { visitId: planned.id } }),
    );
    const bytes = Buffer.from(result.pdf, 'base64');
    dump('inspection-minutes-planned', bytes);
    const { problems } = await checkLayout(bytes, { marginsMm: MARGINS, issuerLines: ISSUER_LINES, signatureLine: 'TRƯỞNG ĐOÀN KIỂM TRA' });
    expect(problems).toEqual([]);
    const text = pdftotext(bytes);
    expect(text.split('Chưa đánh giá')).toHaveLength(11);
    expect(text).toContain('Tổng điểm đạt: 0/100 điểm; xếp loại: chưa xếp loại.');
    expect(text).toContain(inspectionDocText.minutes.blankPerson);
    expect(text).toContain('tại trụ sở đơn vị');
  });

  it('breaks the plan and the report over pages with the table headers repeated and passes the layout checker', async () => {
    const inspectionId = longRoundId;
    for (const template of ['inspection-plan', 'inspection-report']) {
      const result = dataOf<DocumentPreview>(await long.callRaw('documents.preview', { template, params: { inspectionId } }));
      const bytes = Buffer.from(result.pdf, 'base64');
      dump(`${template}-long`, bytes);
      const { problems, pdf } = await checkLayout(bytes, { marginsMm: MARGINS, issuerLines: ISSUER_LINES, fontFamily: 'Tinos' });
      expect(problems, template).toEqual([]);
      expect(pdf.pages.length, template).toBeGreaterThanOrEqual(3);
      const last = visits.at(-1) as VisitDetail;
      expect(pdftotext(bytes), template).toContain(last.unitName);
      // The header row is repeated on every page the schedule or results table continues on.
      const tablePages = pdf.pages.filter((page) => visits.some((v) => page.items.some((item) => item.text === v.unitName)));
      for (const page of tablePages)
        expect(
          page.items.some((item) => item.text === 'STT'),
          `${template} p${page.number}`,
        ).toBe(true);
    }
  });
});

/** Writes a PDF for looking at its pages (pdftoppm) when INSPECTION_PDF_DIR is set; nothing otherwise. */
function dump(name: string, bytes: Buffer) {
  const dir = process.env.INSPECTION_PDF_DIR;
  if (dir) fs.writeFileSync(path.join(dir, `${name}.pdf`), bytes);
}
