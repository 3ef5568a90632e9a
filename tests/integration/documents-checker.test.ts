import path from 'node:path';

import pdfmakeModule from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';

import { createPdfEngine, renderDocument } from '../../electron/main/pdf';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../shared/domain/settings';
import { sampleReport } from '../support/document-fixtures';
import { checkLayout } from '../support/pdf-layout';
import { resourcesDir } from '../support/temp-dir';

// The checker must catch what is wrong, not only pass what is right: each case breaks one rule.
const engine = createPdfEngine(path.join(resourcesDir, 'fonts'));
const MM = 72 / 25.4;
const margins = { top: 20, bottom: 20, left: 30, right: 15 };
const pageMargins: [number, number, number, number] = [30 * MM, 20 * MM, 15 * MM, 20 * MM];
const header: Content = {
  columns: [
    {
      width: '45%',
      stack: ['UBND TỈNH KON TUM', { text: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', bold: true }],
      alignment: 'center',
      fontSize: 11,
    },
    {
      width: '55%',
      stack: [
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true },
        { text: 'Độc lập - Tự do - Hạnh phúc', bold: true },
      ],
      alignment: 'center',
      fontSize: 12,
    },
  ],
};

function definition(extra: Partial<TDocumentDefinitions> = {}): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins,
    defaultStyle: { font: 'Tinos', fontSize: 14 },
    header: (page: number) => (page === 1 ? null : { text: String(page), alignment: 'center', margin: [30 * MM, 20, 15 * MM, 0] }),
    content: [header, { text: 'Nội dung trang một', pageBreak: 'after' }, 'Trang hai'],
    ...extra,
  };
}

async function problemsOf(def: TDocumentDefinitions, texts: string[] = []) {
  const { bytes } = await engine.render(def);
  const { problems } = await checkLayout(bytes, {
    marginsMm: margins,
    issuerLines: ['UBND TỈNH KON TUM', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG'],
    fontFamily: 'Tinos',
    texts,
  });
  return problems;
}

describe('the layout checker', () => {
  it('passes a correct two-page document (the baseline the other cases break)', async () => {
    expect(await problemsOf(definition(), ['Nội dung trang một'])).toEqual([]);
  });

  it('reports a page number on page 1', async () => {
    const problems = await problemsOf(
      definition({ header: (page: number) => ({ text: String(page), alignment: 'center', margin: [0, 20, 0, 0] }) }),
    );
    expect(problems).toContain('page 1: "1" in the top margin (page 1 has no page number)');
  });

  it('reports a page number missing or not centred', async () => {
    expect(await problemsOf(definition({ header: () => null }))).toContain('page 2: no page number in the top margin');
    const left = await problemsOf(
      definition({ header: (page: number) => (page === 1 ? null : { text: String(page), margin: [30 * MM, 20, 0, 0] }) }),
    );
    expect(left.some((problem) => problem.startsWith('page 2: page number not centred'))).toBe(true);
  });

  it('reports text outside the margins', async () => {
    const problems = await problemsOf(definition({ content: [header, { text: 'Lệch lề trái', margin: [-20, 0, 0, 0] }] }));
    expect(problems.some((problem) => problem.startsWith('page 1: "Lệch lề trái" outside the margins'))).toBe(true);
  });

  it('reports a page that is not A4', async () => {
    const problems = await problemsOf(definition({ pageSize: 'LETTER' }));
    expect(problems.some((problem) => /page 1: size 612\.0 x 792\.0 pt is not A4/.test(problem))).toBe(true);
  });

  it('reports a missing motto, a motto on the left and a missing issuer', async () => {
    const swapped: Content = { columns: [...(header as { columns: Content[] }).columns].reverse() };
    const problems = await problemsOf(definition({ content: [swapped, 'Nội dung'] }));
    expect(problems).toContain('page 1: motto is not on the right');
    expect(problems).toContain('page 1: issuer line "UBND TỈNH KON TUM" is not on the left');
    const bare = await problemsOf(definition({ content: ['Nội dung'] }));
    expect(bare).toContain('page 1: motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" missing');
    expect(bare).toContain('page 1: issuer line "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" missing');
  });

  it('tells apart strings that differ only in a diacritic', async () => {
    const problems = await problemsOf(definition({ content: [header, 'Huyện Đắk Hà'] }), ['Huyện Đắk Hà', 'Huyện Đăk Hà']);
    expect(problems).toEqual(['text "Huyện Đăk Hà" not found']);
  });

  it('reports text that comes back decomposed (not NFC)', async () => {
    const problems = await problemsOf(definition({ content: [header, 'Thôn Kon Rờ Bàng'.normalize('NFD')] }));
    expect(problems.some((problem) => problem.includes('is not NFC'))).toBe(true);
  });

  it('reports fonts that are not embedded', async () => {
    // pdfkit's standard Helvetica is referenced by name, never embedded: exactly what must not ship.
    const pdfmake = pdfmakeModule as unknown as {
      setFonts(fonts: object): void;
      setLocalAccessPolicy(policy: () => boolean): void;
      createPdf(def: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
    };
    pdfmake.setFonts({
      Helvetica: { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica' },
    });
    pdfmake.setLocalAccessPolicy(() => true);
    const bytes = await pdfmake
      .createPdf({ pageSize: 'A4', pageMargins, defaultStyle: { font: 'Helvetica' }, content: ['Plain text'] })
      .getBuffer();
    const { problems } = await checkLayout(bytes, { marginsMm: margins, fontFamily: 'Tinos' });
    expect(problems).toContain('font Helvetica is not embedded');
    expect(problems).toContain('pdffonts: font Helvetica is not embedded');
    expect(problems).toContain('font Helvetica is not Tinos');
  });

  it('reports orientation and page count that differ from what was expected', async () => {
    const rendered = await renderDocument(engine, sampleReport(), DEFAULT_DOCUMENT_SETTINGS, {
      createdAt: new Date('2026-12-05T00:00:00Z'),
    });
    const { problems } = await checkLayout(rendered.bytes, { marginsMm: margins, orientation: 'portrait', pageCount: 2 });
    expect(problems).toContain('expected 2 pages, got 3');
    expect(problems).toContain('page 3: landscape, expected portrait');
  });

  it('reports a rule drawn through the descenders of the line above it', async () => {
    const rule: Content = { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 160, y2: 0, lineWidth: 0.6 }] };
    const problems = await problemsOf(definition({ content: [header, { text: 'Độc lập - Tự do - Hạnh phúc' }, rule] }));
    expect(
      problems.some((problem) =>
        /^page 1: rule at y [\d.]+ is [\d.]+ pt under the baseline of "Độc lập - Tự do - Hạnh phúc"/u.test(problem),
      ),
    ).toBe(true);
    const clear = await problemsOf(
      definition({ content: [header, { text: 'Độc lập - Tự do - Hạnh phúc' }, { ...rule, margin: [0, 3, 0, 0] }] }),
    );
    expect(clear).toEqual([]);
  });

  it('reports a signature block alone on its page', async () => {
    const closing: Content = {
      columns: [
        {
          width: '50%',
          stack: [
            { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 },
            { text: '- Lưu: VT, TĐKT.', fontSize: 11 },
          ],
        },
        { width: '50%', stack: [{ text: 'CHỦ TỊCH', bold: true }], alignment: 'center' },
      ],
    };
    const alone = await problemsOf(definition({ content: [header, 'Nội dung', { stack: [closing], pageBreak: 'before' }] }));
    expect(alone).toContain('page 2: the signature block stands alone on its page (keep the last paragraph with it)');
    expect(await problemsOf(definition({ content: [header, 'Nội dung', { stack: ['Đoạn cuối', closing], pageBreak: 'before' }] }))).toEqual(
      [],
    );
  });

  it('reports a column of figures that is not right-aligned, but not the ordinals', async () => {
    const table = (alignment: 'center' | 'right'): Content => ({
      table: {
        widths: [40, 200, 80],
        body: [
          [
            { text: 'STT', bold: true },
            { text: 'Đơn vị', bold: true },
            { text: 'Số xã', bold: true },
          ],
          ...[
            ['1', 'Huyện Đắk Hà', '5'],
            ['2', 'Huyện Sa Thầy', '120'],
            ['10', 'Toàn tỉnh', '1.234'],
          ].map(([ordinal, name, count]) => [{ text: ordinal, alignment: 'center' as const }, name, { text: count, alignment }]),
        ],
      },
    });
    const centred = await problemsOf(definition({ content: [header, table('center')] }));
    expect(centred.some((problem) => /^page 1: figures "5", "120", "1\.234" at x [\d.-]+ are not right-aligned$/u.test(problem))).toBe(
      true,
    );
    expect(centred).toHaveLength(1);
    expect(await problemsOf(definition({ content: [header, table('right')] }))).toEqual([]);
  });
});
