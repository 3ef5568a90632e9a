import path from 'node:path';

import pdfmakeModule from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';

import { createPdfEngine, FONT_FAMILY, FONT_FILES } from '../../electron/main/pdf';
import { readPdf } from '../support/pdf-layout';
import { resourcesDir } from '../support/temp-dir';

/** pdfmake 0.3's server API (its npm types still describe 0.2). */
interface PdfMakeServer {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}
const pdfmake = pdfmakeModule as unknown as PdfMakeServer;

const fontDir = path.join(resourcesDir, 'fonts');
const createdAt = new Date('2026-12-05T08:00:00Z');

function definition(lines: { text: string; bold?: boolean; italics?: boolean }[]): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    defaultStyle: { font: FONT_FAMILY, fontSize: 13 },
    content: lines.map((line) => ({ ...line })),
    info: { title: 'Thử phông', creationDate: createdAt },
  };
}

/** pdfmake as it comes: every font read and parsed from its file for this document alone. */
async function renderUnshared(doc: TDocumentDefinitions): Promise<Buffer> {
  const files = Object.fromEntries(Object.entries(FONT_FILES).map(([style, name]) => [style, path.join(fontDir, name)]));
  pdfmake.setFonts({ [FONT_FAMILY]: files });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir));
  return pdfmake.createPdf(doc).getBuffer();
}

async function textOf(bytes: Uint8Array): Promise<string> {
  const pdf = await readPdf(bytes);
  return pdf.pages.map((page) => page.text).join('\n');
}

describe('fonts parsed once and shared by every document', () => {
  const engine = createPdfEngine(fontDir);

  it('reads back every letter of a document set after others used the same glyphs inside accented letters', async () => {
    // "Á", "Ố" and "Ở" are drawn from the glyphs of "A", "O" and the accents: the first document's
    // subset takes those glyphs without their own letters, the second sets the plain letters.
    await engine.render(
      definition([
        { text: 'ÁỐỞ Ấ', bold: true },
        { text: 'ỐỞ', italics: true },
      ]),
    );
    const second = await engine.render(
      definition([
        { text: 'BAO CAO TO', bold: true },
        { text: 'OA', italics: true },
      ]),
    );
    const text = await textOf(second.bytes);
    expect(text).toContain('BAO CAO TO');
    expect(text).toContain('OA');
  });

  it('gives the same bytes as pdfmake reading the font files for the document alone', async () => {
    const warm = definition([
      { text: 'Báo cáo kết quả thực hiện phong trào thi đua', bold: true },
      { text: 'Ủy ban nhân dân tỉnh Kon Tum; Đăk Hà, Ia H’Drai.' },
    ]);
    await engine.render(warm);
    const doc = () =>
      definition([
        { text: 'BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO', bold: true },
        { text: 'Thực hiện Kế hoạch số 12/KH-HĐTĐKT, xã Đăk Pxi, huyện Đăk Hà; AVATAR fi ffl.' },
        { text: 'Nơi nhận:', bold: true, italics: true },
        { text: '(1) (2) (3)', italics: true },
      ]);
    const shared = await engine.render(doc());
    const alone = await renderUnshared(doc());
    expect(Buffer.compare(shared.bytes, alone)).toBe(0);
  });

  it('keeps documents rendered at the same time apart', async () => {
    const texts = ['Xã Đăk Pxi, huyện Đăk Hà', 'ABC Ơ Ư Â', 'Thôn Kon Klor, phường Thắng Lợi'];
    const rendered = await Promise.all(texts.map((text) => engine.render(definition([{ text, bold: true }, { text }]))));
    for (const [index, result] of rendered.entries()) {
      const read = await textOf(result.bytes);
      expect(read.split('\n')).toEqual([texts[index], texts[index]]);
    }
  });
});
