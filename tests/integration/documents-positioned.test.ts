import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { createPdfEngine, renderDocument } from '../../electron/main/pdf';
import { fitField } from '../../electron/main/pdf/layout/positioned';
import { pdfMessages } from '../../electron/main/pdf/messages';
import type { PositionedDocument, PositionedField } from '../../shared/documents/description';
import { DEFAULT_DOCUMENT_SETTINGS } from '../../shared/domain/settings';
import { AppError } from '../../shared/errors';
import { readPdf } from '../support/pdf-layout';
import { resourcesDir } from '../support/temp-dir';
import { looksVietnamese } from '../support/vietnamese';

// The positioned layout: fields at millimetre positions on a pre-printed blank (a certificate).
const engine = createPdfEngine(path.join(resourcesDir, 'fonts'));
const MM = 72 / 25.4;
const HALF_MM = 0.5 * MM;
const createdAt = new Date('2026-12-05T02:00:00Z');

const field = (overrides: Partial<PositionedField> & Pick<PositionedField, 'name' | 'text'>): PositionedField => ({
  xMm: 40,
  yMm: 100,
  widthMm: 120,
  heightMm: 12,
  fontSize: 16,
  ...overrides,
});

const certificate = (fields: PositionedField[], extra: Partial<PositionedDocument> = {}): PositionedDocument => ({
  layout: 'positioned',
  paper: 'A4',
  orientation: 'landscape',
  pages: [{ fields }],
  metadataTitle: 'Bằng khen',
  ...extra,
});

async function render(document: PositionedDocument) {
  const rendered = await renderDocument(engine, document, DEFAULT_DOCUMENT_SETTINGS, { createdAt });
  return readPdf(rendered.bytes);
}

const FIELDS: PositionedField[] = [
  field({ name: 'Họ và tên', text: 'Ông Nguyễn Văn Bình', xMm: 60, yMm: 92, widthMm: 170, heightMm: 12, fontSize: 22, bold: true }),
  field({
    name: 'Chức vụ',
    text: 'Chủ tịch Ủy ban nhân dân xã Đắk Rơ Wa',
    xMm: 60,
    yMm: 108,
    widthMm: 170,
    heightMm: 10,
    fontSize: 16,
    italics: true,
  }),
  field({ name: 'Số sổ', text: 'Số: 125/BK', xMm: 25, yMm: 180, widthMm: 50, heightMm: 8, fontSize: 12 }),
];

describe('a positioned document', () => {
  it('prints each field where configured (within 0.5 mm), on the paper size asked, with no header blocks', async () => {
    const pdf = await render(certificate(FIELDS));
    expect(pdf.pages).toHaveLength(1);
    const page = pdf.pages[0];
    expect(page.width).toBeCloseTo(297 * MM, 0);
    expect(page.height).toBeCloseTo(210 * MM, 0);
    for (const spec of FIELDS) {
      const item = page.items.find((candidate) => candidate.text === spec.text);
      expect(item, spec.name).toBeDefined();
      expect(Math.abs((item?.x ?? 0) - spec.xMm * MM), spec.name).toBeLessThan(HALF_MM);
      expect(Math.abs((item?.top ?? 0) - spec.yMm * MM), spec.name).toBeLessThan(HALF_MM);
      expect(item?.fontSize).toBeCloseTo(spec.fontSize, 1);
    }
    expect(page.text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(pdf.fonts.every((font) => font.embedded && font.name.startsWith('Tinos'))).toBe(true);
  });

  it('adds the offset to every field, and centres or right-aligns text inside its box', async () => {
    const offset = { x: 3.5, y: -2 };
    const boxed = [
      field({ name: 'Giữa', text: 'Bằng khen', align: 'center', xMm: 50, widthMm: 100 }),
      field({ name: 'Phải', text: 'Kon Tum, ngày 05 tháng 12 năm 2026', align: 'right', xMm: 150, yMm: 170, widthMm: 120 }),
    ];
    const page = (await render(certificate([FIELDS[0], ...boxed], { offsetMm: offset }))).pages[0];
    const name = page.items.find((item) => item.text === FIELDS[0].text);
    expect(Math.abs((name?.x ?? 0) - (FIELDS[0].xMm + offset.x) * MM)).toBeLessThan(HALF_MM);
    expect(Math.abs((name?.top ?? 0) - (FIELDS[0].yMm + offset.y) * MM)).toBeLessThan(HALF_MM);
    const centred = page.items.find((item) => item.text === 'Bằng khen');
    expect(Math.abs((centred?.x ?? 0) + (centred?.width ?? 0) / 2 - (50 + 3.5 + 50) * MM)).toBeLessThan(HALF_MM);
    const right = page.items.find((item) => item.text.startsWith('Kon Tum, ngày'));
    expect(Math.abs((right?.x ?? 0) + (right?.width ?? 0) - (150 + 3.5 + 120) * MM)).toBeLessThan(HALF_MM);
  });

  it('wraps a long text inside its box and shrinks it, no further than its minimum size', async () => {
    const text =
      'Đã có thành tích xuất sắc trong phong trào thi đua "Kon Tum chung sức xây dựng nông thôn mới" giai đoạn 2021 - 2025, góp phần vào sự nghiệp xây dựng và bảo vệ Tổ quốc';
    const spec = field({ name: 'Thành tích', text, widthMm: 150, heightMm: 22, fontSize: 18, minFontSize: 12 });
    const fitted = fitField(spec, engine.fonts());
    expect(fitted.fontSize).toBeLessThan(18);
    expect(fitted.fontSize).toBeGreaterThanOrEqual(12);
    expect(fitted.lines.length).toBeGreaterThan(1);
    const page = (await render(certificate([spec]))).pages[0];
    const lines = page.items.filter((item) => item.text.trim() !== '').sort((a, b) => a.baseline - b.baseline);
    expect(lines.map((line) => line.text).join(' ')).toBe(text);
    for (const line of lines) {
      expect(line.fontSize).toBeCloseTo(fitted.fontSize, 1);
      expect(line.x).toBeGreaterThanOrEqual(spec.xMm * MM - 0.1);
      expect(line.x + line.width).toBeLessThanOrEqual((spec.xMm + spec.widthMm) * MM + 0.1);
      expect(line.bottom).toBeLessThanOrEqual((spec.yMm + spec.heightMm) * MM + 0.5);
    }
    expect(Math.abs(lines[0].top - spec.yMm * MM)).toBeLessThan(HALF_MM);
    // Without room to shrink, the same text at its own size is kept when it fits.
    expect(fitField(field({ name: 'Ngắn', text: 'Ông Nguyễn Văn Bình', fontSize: 18 }), engine.fonts()).fontSize).toBe(18);
  });

  it('refuses a text that does not fit even at its minimum size, naming the field in Vietnamese', async () => {
    const spec = field({
      name: 'Đơn vị',
      text: 'Ủy ban nhân dân xã Đắk Rơ Wa, thành phố Kon Tum, tỉnh Kon Tum',
      widthMm: 60,
      heightMm: 7,
      fontSize: 16,
      minFontSize: 14,
    });
    const attempt = renderDocument(engine, certificate([FIELDS[0], spec]), DEFAULT_DOCUMENT_SETTINGS, { createdAt });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    const error = await attempt.catch((caught: unknown) => caught as AppError);
    const message = pdfMessages.fieldDoesNotFit('Đơn vị', 60, 7, 14);
    expect(error).toMatchObject({ code: 'VALIDATION', message });
    expect(message).toContain('"Đơn vị"');
    expect(message).toContain('60 x 7 mm');
    expect(looksVietnamese(message)).toBe(true);
    // A single word wider than its box cannot wrap either.
    expect(() =>
      fitField(field({ name: 'Mã', text: 'HĐTĐKT-2026-000125', widthMm: 10, fontSize: 12, minFontSize: 10 }), engine.fonts()),
    ).toThrow(pdfMessages.fieldDoesNotFit('Mã', 10, 12, 10));
  });

  it('prints one sheet per page', async () => {
    const pdf = await render(
      certificate([], { pages: [{ fields: [FIELDS[0]] }, { fields: [{ ...FIELDS[0], text: 'Bà Trần Thị Mỹ Dung' }] }] }),
    );
    expect(pdf.pages.map((page) => page.items.map((item) => item.text))).toEqual([['Ông Nguyễn Văn Bình'], ['Bà Trần Thị Mỹ Dung']]);
    const second = pdf.pages[1].items[0];
    expect(Math.abs(second.top - FIELDS[0].yMm * MM)).toBeLessThan(HALF_MM);
  });
});
