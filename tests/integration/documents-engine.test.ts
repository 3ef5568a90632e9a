import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createPdfEngine, renderDocument } from '../../electron/main/pdf';
import type { DocumentPreview } from '../../shared/domain/documents';
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings } from '../../shared/domain/settings';
import type { UnitListItem } from '../../shared/domain/units';
import { DATE_BLANK } from '../../shared/format/document-date';
import { NUMBER_BLANK } from '../../shared/format/document-number';
import { sampleReport } from '../support/document-fixtures';
import { checkLayout, type PdfPage, type PdfReadBack } from '../support/pdf-layout';
import { resourcesDir } from '../support/temp-dir';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

// The issuer's column is 40% of the text width: the council's name goes over two lines, broken after the dash.
const ISSUER_LINES = ['UBND TỈNH KON TUM', 'HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG'];
/** On a landscape page the 40% column holds the name on one line. */
const LANDSCAPE_ISSUER_LINES = ['UBND TỈNH KON TUM', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG'];
const marginsOf = (settings: DocumentSettings) => ({
  top: settings.marginTopMm,
  bottom: settings.marginBottomMm,
  left: settings.marginLeftMm,
  right: settings.marginRightMm,
});
const bytesOf = (preview: { pdf: string }) => Buffer.from(preview.pdf, 'base64');
const GROUP_ROW = /^[IVXL]+\. /u;

/** Group rows (Roman-numbered) on a page, top to bottom. */
const groupSegmentsOf = (page: PdfPage) =>
  page.segments.filter((segment) => GROUP_ROW.test(segment.text)).sort((a, b) => a.baseline - b.baseline);

/**
 * A group heading at the top of a page that repeats the group under way on the page before: its group
 * goes on over the page break.
 */
function repeatedHeadings(pdf: PdfReadBack): { page: number; text: string }[] {
  const repeated: { page: number; text: string }[] = [];
  let current: string | null = null;
  for (const page of pdf.pages) {
    const groups = groupSegmentsOf(page);
    if (groups.length > 0 && groups[0].text === current) repeated.push({ page: page.number, text: current });
    current = groups.at(-1)?.text ?? current;
  }
  return repeated;
}

/** Group rows in reading order across pages, each once (a heading repeated over a page break not counted again). */
function groupRows(pdf: PdfReadBack): string[] {
  const repeated = new Set(repeatedHeadings(pdf).map(({ page, text }) => `${page}:${text}`));
  return pdf.pages.flatMap((page) =>
    groupSegmentsOf(page)
      .filter((segment, index) => !(index === 0 && repeated.has(`${page.number}:${segment.text}`)))
      .map((segment) => segment.text),
  );
}

/** A group row must have a data row under it on its own page (never orphaned at a page's foot). */
function orphanGroups(page: PdfPage): string[] {
  return page.segments
    .filter((segment) => GROUP_ROW.test(segment.text))
    .filter((group) => !page.segments.some((other) => other.baseline > group.baseline && /^\d+\s/u.test(other.text)))
    .map((group) => group.text);
}

describe('unit directory for Kon Tum (template unit-directory)', () => {
  let app: TestApp;
  let units: UnitListItem[];
  let draft: Awaited<ReturnType<typeof checkLayout>>;
  let issuable: boolean | undefined;

  beforeAll(async () => {
    app = openTestApp();
    units = app.ctx.services.units.list({ archived: 'active' });
    const preview = dataOf<DocumentPreview>(await app.call('documents.preview', { template: 'unit-directory', params: {} }));
    issuable = preview.issuable;
    draft = await checkLayout(bytesOf(preview), {
      nonNumericColumns: ['Mã'],
      marginsMm: marginsOf(DEFAULT_DOCUMENT_SETTINGS),
      orientation: 'landscape',
      issuerLines: LANDSCAPE_ISSUER_LINES,
      fontFamily: 'Tinos',
      pageCount: preview.pages,
      texts: ['DANH SÁCH ĐƠN VỊ', 'Tỉnh Kon Tum', "Huyện Ia H' Drai", 'Thị trấn Đắk Hà', 'Xã Ngọk Bay', 'Tổng số: 127 đơn vị.'],
      exactSegments: ['Kon Tum, ngày 01 tháng 3 năm 2025'],
    });
  });
  afterAll(() => app.close());

  it('passes the layout checker as a landscape working list', () => {
    // The catalogue's 113 units and the 14 departments answering for the new-rural criteria.
    expect(units).toHaveLength(127);
    expect(draft.problems).toEqual([]);
    expect(draft.pdf.pages.length).toBeGreaterThan(1);
  });

  it('is a working list: no "Số:" line, dated the day it is printed, not issuable', () => {
    expect(issuable).toBe(false);
    const segments = draft.pdf.pages.flatMap((page) => page.segments.map((segment) => segment.text));
    expect(segments.filter((text) => text.includes('Số:'))).toEqual([]);
    expect(segments.join('\n')).not.toContain('/DS-');
  });

  it('repeats a group heading at the top of the page its group goes on, under the column header, before any row', () => {
    const repeated = repeatedHeadings(draft.pdf);
    expect(repeated.length).toBeGreaterThan(0);
    for (const { page, text } of repeated) {
      const segments = draft.pdf.pages[page - 1].segments;
      const heading = groupSegmentsOf(draft.pdf.pages[page - 1])[0];
      const header = segments.find((segment) => segment.text === 'STT');
      const rows = segments.filter((segment) => /^\d+\s/u.test(segment.text));
      expect(header && header.baseline < heading.baseline).toBe(true);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.baseline > heading.baseline)).toBe(true);
      // The page before ends inside the same group: its last heading is this one.
      expect(groupSegmentsOf(draft.pdf.pages[page - 2]).at(-1)?.text).toBe(text);
    }
  });

  it('lists every one of the 127 units by its exact name', () => {
    const text = draft.pdf.pages.map((page) => page.text).join('\n');
    // A long department name wraps inside its cell, its two lines read apart from each other.
    const wrapped = (name: string) => {
      const words = name.split(' ');
      return words.some((_, k) => k > 0 && text.includes(words.slice(0, k).join(' ')) && text.includes(words.slice(k).join(' ')));
    };
    const missing = units.filter((unit) => !text.includes(unit.name) && !wrapped(unit.name));
    expect(missing.map((unit) => unit.name)).toEqual([]);
  });

  it('groups by district in the official order, province level first, each group kept with a row', () => {
    expect(groupRows(draft.pdf)).toEqual([
      'I. Cấp tỉnh',
      'II. Thành phố Kon Tum',
      'III. Huyện Đắk Glei',
      'IV. Huyện Ngọc Hồi',
      'V. Huyện Đắk Tô',
      'VI. Huyện Kon Plông',
      'VII. Huyện Kon Rẫy',
      'VIII. Huyện Đắk Hà',
      'IX. Huyện Sa Thầy',
      'X. Huyện Tu Mơ Rông',
      "XI. Huyện Ia H' Drai",
    ]);
    expect(draft.pdf.pages.flatMap(orphanGroups)).toEqual([]);
  });

  it('repeats the table header on every page', () => {
    for (const page of draft.pdf.pages) {
      expect(page.segments.some((segment) => segment.text === 'Tên đơn vị')).toBe(true);
      expect(page.segments.some((segment) => segment.text === 'STT')).toBe(true);
    }
  });

  it('prints a district only, with its scope under the heading', async () => {
    const districtId = app.idOfCode('615');
    const preview = dataOf<DocumentPreview>(await app.call('documents.preview', { template: 'unit-directory', params: { districtId } }));
    const { problems, pdf } = await checkLayout(bytesOf(preview), {
      marginsMm: marginsOf(DEFAULT_DOCUMENT_SETTINGS),
      orientation: 'landscape',
      issuerLines: LANDSCAPE_ISSUER_LINES,
      nonNumericColumns: ['Mã'],
      texts: ['DANH SÁCH ĐƠN VỊ', 'Huyện Đắk Hà, tỉnh Kon Tum', 'Thị trấn Đắk Hà', 'Xã Đắk Mar'],
    });
    expect(problems).toEqual([]);
    expect(groupRows(pdf)).toEqual(['I. Huyện Đắk Hà']);
    const expectedCount = units.filter((unit) => unit.districtId === districtId).length;
    expect(pdf.pages.map((page) => page.text).join('\n')).toContain(`Tổng số: ${expectedCount} đơn vị.`);
    expect(pdf.pages.map((page) => page.text).join('\n')).not.toContain('Xã Ia Tơi');
  });

  it('states the filters it was drawn with', async () => {
    const preview = dataOf<DocumentPreview>(
      await app.call('documents.preview', { template: 'unit-directory', params: { kind: 'commune', query: 'dak' } }),
    );
    const { problems, pdf } = await checkLayout(bytesOf(preview), {
      marginsMm: marginsOf(DEFAULT_DOCUMENT_SETTINGS),
      nonNumericColumns: ['Mã'],
      texts: ['(Loại đơn vị: cấp xã; tên có từ khóa "dak")', 'Xã Đắk Blà'],
    });
    expect(problems).toEqual([]);
    const text = pdf.pages.map((page) => page.text).join('\n');
    expect(text).not.toContain('Phường Quang Trung');
    expect(text).not.toContain('I. Cấp tỉnh');
  });

  it('follows margins and body size from settings', async () => {
    const settings = dataOf<{ version: number }>(await app.call('settings.get', {}));
    dataOf(
      await app.call('settings.update', {
        version: settings.version,
        marginTopMm: 25,
        marginBottomMm: 25,
        marginLeftMm: 35,
        marginRightMm: 20,
        bodyFontSize: 13,
      }),
    );
    try {
      const preview = dataOf<DocumentPreview>(
        await app.call('documents.preview', { template: 'unit-directory', params: { districtId: app.idOfCode('618') } }),
      );
      const wide = await checkLayout(bytesOf(preview), {
        marginsMm: { top: 25, bottom: 25, left: 35, right: 20 },
        nonNumericColumns: ['Mã'],
        issuerLines: LANDSCAPE_ISSUER_LINES,
      });
      expect(wide.problems).toEqual([]);
      const heading = wide.pdf.pages[0].segments.find((segment) => segment.text === 'DANH SÁCH ĐƠN VỊ');
      expect(heading?.fontSize).toBeCloseTo(13, 1);
    } finally {
      const current = dataOf<{ version: number }>(await app.call('settings.get', {}));
      dataOf(
        await app.call('settings.update', {
          version: current.version,
          marginTopMm: 20,
          marginBottomMm: 20,
          marginLeftMm: 30,
          marginRightMm: 15,
          bodyFontSize: 14,
        }),
      );
    }
  });
});

describe('layout of a full report (fixture)', () => {
  const engine = createPdfEngine(path.join(resourcesDir, 'fonts'));
  const createdAt = new Date('2026-12-05T02:00:00Z');
  let report: Awaited<ReturnType<typeof checkLayout>>;

  beforeAll(async () => {
    const rendered = await renderDocument(engine, sampleReport(), DEFAULT_DOCUMENT_SETTINGS, { createdAt });
    report = await checkLayout(rendered.bytes, {
      marginsMm: marginsOf(DEFAULT_DOCUMENT_SETTINGS),
      issuerLines: ISSUER_LINES,
      fontFamily: 'Tinos',
      pageCount: rendered.pages,
      orientation: ['portrait', 'portrait', 'landscape'],
      texts: [
        'Số: 05/BC-HĐTĐKT',
        'Kon Tum, ngày 05 tháng 12 năm 2026',
        'BÁO CÁO',
        'Kết quả kiểm tra phong trào thi đua "Kon Tum chung sức xây dựng nông thôn mới" năm 2026',
        'Kính gửi: Ủy ban nhân dân tỉnh Kon Tum',
        'Thực hiện Kế hoạch số 12/KH-HĐTĐKT ngày 03 tháng 3 năm 2026 của Hội đồng Thi đua - Khen thưởng tỉnh',
        'I. KẾT QUẢ ĐẠT ĐƯỢC',
        'Tổng kinh phí huy động đạt 1.234.567 nghìn đồng, tỷ lệ hộ tham gia đạt 15,88%.',
        "II. Huyện Ia H' Drai",
        'TRƯỞNG ĐOÀN KIỂM TRA',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
        'Nơi nhận:',
        '- Ủy ban nhân dân tỉnh (b/c);',
        '- Lưu: VT, TĐKT.',
        'Phụ lục',
        'DANH SÁCH ĐƠN VỊ ĐƯỢC KIỂM TRA',
        '(Kèm theo Báo cáo số 05/BC-HĐTĐKT ngày 05/12/2026)',
      ],
    });
  });

  it('passes the layout checker: header, margins, page numbers, landscape annex', () => {
    expect(report.problems).toEqual([]);
    expect(report.pdf.pages).toHaveLength(3);
  });

  it('sets each part in the size and style the decree gives', () => {
    const page1 = report.pdf.pages[0];
    const find = (text: string) => report.pdf.pages.flatMap((page) => page.segments).find((segment) => segment.text === text);
    expect(find('HỘI ĐỒNG THI ĐUA -')?.font).toBe('Tinos-Bold');
    expect(find('UBND TỈNH KON TUM')?.font).toBe('Tinos');
    expect(find('Kon Tum, ngày 05 tháng 12 năm 2026')).toMatchObject({ font: 'Tinos-Italic', fontSize: 14 });
    expect(find('Số: 05/BC-HĐTĐKT')?.fontSize).toBeCloseTo(13, 1);
    expect(find('Nơi nhận:')).toMatchObject({ font: 'Tinos-BoldItalic', fontSize: 12 });
    expect(find('- Lưu: VT, TĐKT.')?.fontSize).toBeCloseTo(11, 1);
    expect(page1.segments.find((segment) => segment.text === 'BÁO CÁO')).toMatchObject({ font: 'Tinos-Bold', fontSize: 14 });
  });

  it('puts two signatures side by side with their signers on one line', () => {
    const segments = report.pdf.pages.flatMap((page) => page.segments);
    const left = segments.find((segment) => segment.text === 'Nguyễn Văn Bình');
    const right = segments.find((segment) => segment.text === 'Trần Thị Mỹ Dung');
    expect(left && right).toBeTruthy();
    expect(Math.abs((left?.baseline ?? 0) - (right?.baseline ?? 99))).toBeLessThan(1);
    expect(left?.centerX ?? 0).toBeLessThan(right?.centerX ?? 0);
    // About 25 mm between the last title line and the signer, for signature and seal.
    const title = segments.find((segment) => segment.text === 'PHÓ CHỦ TỊCH THƯỜNG TRỰC');
    expect((right?.baseline ?? 0) - (title?.baseline ?? 0)).toBeGreaterThan(25 * 2.835);
  });

  it('indents the first line of body paragraphs by 1.27 cm', () => {
    const page1 = report.pdf.pages[0];
    const first = page1.segments.find((segment) => segment.text.startsWith('Thực hiện Kế hoạch'));
    const next = page1.segments.find((segment) => segment.text.startsWith('Hội đồng Thi đua - Khen thưởng tỉnh'));
    expect((first?.x ?? 0) - (next?.x ?? 0)).toBeCloseTo(12.7 * 2.835, 0);
  });

  it('prints a draft with blank number and date, and its annex refers to the blank number', async () => {
    const rendered = await renderDocument(engine, sampleReport({ number: null, date: null, draftYear: 2026 }), DEFAULT_DOCUMENT_SETTINGS, {
      createdAt,
    });
    const { problems } = await checkLayout(rendered.bytes, {
      marginsMm: marginsOf(DEFAULT_DOCUMENT_SETTINGS),
      issuerLines: ISSUER_LINES,
      exactSegments: [
        'Số:      /BC-HĐTĐKT',
        'Kon Tum, ngày      tháng      năm 2026',
        `(Kèm theo Báo cáo số ${NUMBER_BLANK}/BC-HĐTĐKT ngày ${DATE_BLANK}/${DATE_BLANK}/2026)`,
      ],
    });
    expect(problems).toEqual([]);
  });

  it('breaks a long issuing body before its place and numbers under the overriding issuer', async () => {
    const description = sampleReport({
      issuer: { parentAgency: 'Sở Nội vụ tỉnh Kon Tum', issuingBody: 'Ban Thi đua - Khen thưởng tỉnh Kon Tum', abbreviation: 'BTĐKT' },
      annexes: [],
    });
    const rendered = await renderDocument(engine, description, { ...DEFAULT_DOCUMENT_SETTINGS, bodyFontSize: 13 }, { createdAt });
    const { problems } = await checkLayout(rendered.bytes, {
      marginsMm: marginsOf(DEFAULT_DOCUMENT_SETTINGS),
      issuerLines: ['SỞ NỘI VỤ TỈNH KON TUM', 'BAN THI ĐUA - KHEN THƯỞNG', 'TỈNH KON TUM'],
      texts: ['Số: 05/BC-BTĐKT', 'Thực hiện Kế hoạch số 12/KH-HĐTĐKT'],
    });
    expect(problems).toEqual([]);
  });

  it('gives the same bytes for the same document and creation date', async () => {
    const a = await renderDocument(engine, sampleReport(), DEFAULT_DOCUMENT_SETTINGS, { createdAt });
    const b = await renderDocument(engine, sampleReport(), DEFAULT_DOCUMENT_SETTINGS, { createdAt });
    expect(Buffer.compare(a.bytes, b.bytes)).toBe(0);
  });

  it('never fetches a URL and reads no file outside the font folder', async () => {
    const url = engine.render({ content: [{ image: 'remote' }], images: { remote: 'https://example.invalid/logo.png' } });
    await expect(url).rejects.toThrow(/URL|resource access policy/);
    const local = path.join(resourcesDir, 'seed', 'SOURCE.md');
    expect(fs.existsSync(local)).toBe(true);
    await expect(engine.render({ content: [{ image: local }] })).rejects.toThrow(/resource access policy/);
  });
});
