import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { createPdfEngine, renderDocument } from '../../electron/main/pdf';
import type { DocumentDescription } from '../../shared/documents/description';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../shared/domain/settings';
import { sampleReport } from '../support/document-fixtures';
import { checkLayout, type PdfPage, type PdfReadBack, readPdf } from '../support/pdf-layout';
import { resourcesDir } from '../support/temp-dir';

// What the printed page asked for (issue 8, part 3), measured on the PDF as it comes out.
const engine = createPdfEngine(path.join(resourcesDir, 'fonts'));
const createdAt = new Date('2026-12-05T02:00:00Z');
const MM = 72 / 25.4;
const margins = { top: 20, bottom: 20, left: 30, right: 15 };
const contentLeft = 30 * MM;
const contentWidth = (210 - 30 - 15) * MM;

async function render(description: DocumentDescription): Promise<PdfReadBack> {
  return readPdf((await renderDocument(engine, description, DEFAULT_DOCUMENT_SETTINGS, { createdAt })).bytes);
}

const segment = (page: PdfPage, text: string) => page.segments.find((candidate) => candidate.text === text);
const allSegments = (pdf: PdfReadBack) => pdf.pages.flatMap((page) => page.segments);

describe('the header', () => {
  it('keeps the issuer in a column of 40% of the text width, with a gap before the motto', async () => {
    const pdf = await render(sampleReport({ annexes: [] }));
    const page = pdf.pages[0];
    const issuer = segment(page, 'HỘI ĐỒNG THI ĐUA -');
    const motto = segment(page, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(issuer && motto).toBeTruthy();
    expect(Math.abs((issuer?.centerX ?? 0) - (contentLeft + contentWidth * 0.2))).toBeLessThan(1);
    for (const line of ['UBND TỈNH KON TUM', 'HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG', 'Số: 05/BC-HĐTĐKT']) {
      expect(segment(page, line)?.right ?? Infinity, line).toBeLessThanOrEqual(contentLeft + contentWidth * 0.4);
    }
    expect(motto?.x ?? 0).toBeGreaterThanOrEqual(contentLeft + contentWidth * 0.4 + 2.5 * MM);
  });

  it('draws the rules about 2 mm under the baselines, clear of "lập", "phúc", "ạ"', async () => {
    const pdf = await render(sampleReport({ annexes: [] }));
    const page = pdf.pages[0];
    const words = segment(page, 'Độc lập - Tự do - Hạnh phúc');
    const body = segment(page, 'KHEN THƯỞNG');
    const rules = page.lines.filter((line) => Math.abs(line.y1 - line.y2) < 0.1 && line.y1 < 120);
    const under = (text: typeof words) =>
      rules.filter((rule) => rule.x1 < (text?.right ?? 0) && rule.x2 > (text?.x ?? 0) && rule.y1 > (text?.baseline ?? 0))[0];
    for (const text of [words, body]) {
      const gap = (under(text)?.y1 ?? 0) - (text?.baseline ?? 0);
      expect(gap, text?.text).toBeGreaterThanOrEqual(1.8 * MM);
      expect(gap, text?.text).toBeLessThan(3 * MM);
    }
  });
});

describe('the signature block', () => {
  it('prints the full "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" over two lines, then the position', async () => {
    const pdf = await render(
      sampleReport({
        annexes: [],
        signatures: [{ prefix: 'TM.', authority: 'Hội đồng Thi đua - Khen thưởng', position: 'Chủ tịch', signer: 'Nguyễn Văn Bình' }],
      }),
    );
    const segments = allSegments(pdf);
    const lines = ['TM. HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG', 'CHỦ TỊCH', 'Nguyễn Văn Bình'].map((text) =>
      segments.find(
        (candidate) => candidate.text === text && candidate.font === 'Tinos-Bold' && candidate.x > contentLeft + contentWidth / 2,
      ),
    );
    expect(lines.every(Boolean)).toBe(true);
    const baselines = lines.map((line) => line?.baseline ?? 0);
    expect([...baselines].sort((a, b) => a - b)).toEqual(baselines);
    for (const line of lines) expect(Math.abs((line?.centerX ?? 0) - (contentLeft + contentWidth * 0.75))).toBeLessThan(1.5);
  });

  it('prints "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH" when the deputy signs', async () => {
    const pdf = await render(
      sampleReport({
        annexes: [],
        signatures: [{ prefix: 'KT.', authority: 'Chủ tịch', position: 'Phó Chủ tịch', signer: 'Trần Thị Mỹ Dung' }],
      }),
    );
    const segments = allSegments(pdf);
    const kt = segments.find((candidate) => candidate.text === 'KT. CHỦ TỊCH');
    const deputy = segments.find((candidate) => candidate.text === 'PHÓ CHỦ TỊCH');
    expect(kt && deputy).toBeTruthy();
    expect((deputy?.baseline ?? 0) - (kt?.baseline ?? 0)).toBeGreaterThan(10);
  });

  it('never stands alone on a page: the last paragraph goes with it, whatever comes before', async () => {
    let movedWithParagraph = 0;
    for (let height = 0; height <= 540; height += 60) {
      const description = sampleReport({
        annexes: [],
        body: [
          { kind: 'paragraph', text: 'Đoạn mở đầu của báo cáo.' },
          { kind: 'spacer', height },
          { kind: 'paragraph', text: 'Trên đây là báo cáo kết quả kiểm tra phong trào thi đua năm 2026./.' },
        ],
      });
      const bytes = (await renderDocument(engine, description, DEFAULT_DOCUMENT_SETTINGS, { createdAt })).bytes;
      const { problems, pdf } = await checkLayout(bytes, { marginsMm: margins });
      expect(problems, `spacer ${height} pt`).toEqual([]);
      const closingPage = pdf.pages.find((page) => segment(page, 'Nơi nhận:'));
      if (closingPage && closingPage.number > 1) {
        movedWithParagraph++;
        expect(closingPage.segments.some((candidate) => candidate.text.startsWith('Trên đây là báo cáo'))).toBe(true);
      }
    }
    expect(movedWithParagraph).toBeGreaterThan(0);
  });

  it('hangs a wrapped "Nơi nhận" entry under its text, not under the dash', async () => {
    const long = 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội cấp tỉnh (để phối hợp)';
    const pdf = await render(
      sampleReport({
        annexes: [],
        signatures: [{ prefix: 'TM.', authority: 'Hội đồng', position: 'Chủ tịch' }],
        recipients: [long, 'UBND các huyện, thành phố'],
      }),
    );
    // pdfjs reads the dash and the entry's first line as one item; the wrapped line starts under the text.
    const items = pdf.pages.flatMap((page) => page.items).filter((item) => Math.abs(item.fontSize - 11) < 0.1);
    const first = items.find((item) => item.text.startsWith('- Ủy ban Mặt trận'));
    const second = items.find((item) => first && item.baseline > first.baseline + 5 && item.baseline < first.baseline + 20);
    const next = items.find((item) => item.text.startsWith('- UBND các huyện'));
    expect(first && second && next).toBeTruthy();
    expect(second?.text.startsWith('-')).toBe(false);
    expect((second?.x ?? 0) - (first?.x ?? 0)).toBeCloseTo(11 * 0.583, 0);
    expect(next?.x).toBeCloseTo(first?.x ?? 0, 1);
  });
});

describe('annexes', () => {
  const annex = (heading: string) => ({
    heading,
    attachedTo: true as const,
    body: [{ kind: 'paragraph' as const, text: 'Nội dung phụ lục.' }],
  });

  it('labels a single annex "Phụ lục" and several "Phụ lục I", "Phụ lục II", each with its title, note and rule', async () => {
    const single = await render(sampleReport({ annexes: [annex('Danh sách đơn vị được kiểm tra')] }));
    expect(allSegments(single).map((candidate) => candidate.text)).toContain('Phụ lục');
    const several = await render(sampleReport({ annexes: [annex('Danh sách đơn vị được kiểm tra'), annex('Danh sách xã đạt chuẩn')] }));
    for (const [label, title] of [
      ['Phụ lục I', 'DANH SÁCH ĐƠN VỊ ĐƯỢC KIỂM TRA'],
      ['Phụ lục II', 'DANH SÁCH XÃ ĐẠT CHUẨN'],
    ]) {
      const page = several.pages.find((candidate) => segment(candidate, label)) as PdfPage;
      expect(page, label).toBeDefined();
      const heading = segment(page, title);
      const note = segment(page, '(Kèm theo Báo cáo số 05/BC-HĐTĐKT ngày 05/12/2026)');
      expect(heading && note).toBeTruthy();
      const rule = page.lines.find((line) => Math.abs(line.y1 - line.y2) < 0.1 && line.y1 > (note?.baseline ?? 0));
      const length = Math.abs((rule?.x2 ?? 0) - (rule?.x1 ?? 0));
      const titleWidth = (heading?.right ?? 0) - (heading?.x ?? 0);
      expect(length).toBeGreaterThanOrEqual(titleWidth / 3);
      expect(length).toBeLessThanOrEqual(titleWidth / 2);
    }
  });
});

describe('tables', () => {
  it('breaks a long code or phone number at its separators, never between two digits', async () => {
    const pdf = await render(
      sampleReport({
        annexes: [],
        body: [
          {
            kind: 'table',
            columns: [
              { header: 'STT', width: 8, align: 'center' },
              { header: 'Đơn vị', width: 80 },
              { header: 'Điện thoại', width: 12 },
            ],
            rows: [{ cells: ['1', 'Văn phòng Hội đồng', '0260.3862.123.456'] }],
          },
        ],
      }),
    );
    const parts = pdf.pages[0].items
      .filter((item) => /^\d/u.test(item.text) && item.x > contentLeft + contentWidth * 0.8)
      .map((item) => item.text);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join('')).toBe('0260.3862.123.456');
    for (const part of parts.slice(0, -1)) expect(part.endsWith('.')).toBe(true);
  });
});
