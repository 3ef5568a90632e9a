import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createPdfEngine } from '../../electron/main/pdf';
import { styleOf } from '../../electron/main/pdf/layout/context';
import { fitField } from '../../electron/main/pdf/layout/positioned';
import { positioned, withPrefix } from '../../electron/main/pdf/templates/certificates/certificates';
import { certificateMessages } from '../../electron/main/services/certificates/messages';
import type { InputOf } from '../../shared/contract';
import {
  CERTIFICATE_FIELD_LABELS,
  type CertificateField,
  type CertificateImage,
  type CertificateLayout,
  DEFAULT_CERTIFICATE_LAYOUT,
} from '../../shared/domain/certificates';
import type { Decision } from '../../shared/domain/council';
import type { DocumentPreview } from '../../shared/domain/documents';
import type { Settings } from '../../shared/domain/settings';
import type { Envelope } from '../../shared/errors';
import { AWARDEES, issuedDecision } from '../support/certificates-fixture';
import { lineBox, pdfWords } from '../support/pdf-words';
import { resourcesDir } from '../support/temp-dir';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';
import { looksVietnamese } from '../support/vietnamese';

const MM = 72 / 25.4;
const HALF_MM = 0.5;
const OFFSET = { x: 2.5, y: -1.5 };
const fonts = createPdfEngine(path.join(resourcesDir, 'fonts')).fonts();

let app: TestApp;
let decision: Decision;
let example: CertificateLayout;

const call = async <T>(channel: string, input: unknown): Promise<T> => dataOf<T>(await app.callRaw(channel, input));
const refused = async (channel: string, input: unknown) => {
  const envelope = (await app.callRaw(channel, input)) as Envelope<unknown>;
  if (envelope.ok) throw new Error(`${channel} was accepted`);
  return envelope.error;
};

type SaveInput = InputOf<'certificates.saveLayout'>;
const layoutInput = (extra: Partial<SaveInput> = {}): SaveInput => ({
  name: 'Giấy khen của Giám đốc Sở (A4 dọc)',
  blankKind: 'Giấy khen của Giám đốc Sở Nội vụ',
  paper: 'A4',
  orientation: 'portrait',
  fields: [
    { key: 'awardee', xMm: 30, yMm: 120, widthMm: 150, heightMm: 12, fontSize: 20, minFontSize: 14, bold: true, align: 'center' },
    { key: 'achievement', xMm: 30, yMm: 140, widthMm: 150, heightMm: 30, fontSize: 15, minFontSize: 11, italics: true, align: 'center' },
    { key: 'registerNumber', prefix: 'Số:', xMm: 20, yMm: 260, widthMm: 60, heightMm: 7, fontSize: 12, minFontSize: 10 },
  ],
  ...extra,
});

async function pdfOf(template: string, params: Record<string, unknown>) {
  const preview = await call<DocumentPreview>('documents.preview', { template, params });
  const bytes = Buffer.from(preview.pdf, 'base64');
  if (process.env.THIDUA_KEEP_PDF) fs.writeFileSync(path.join(os.tmpdir(), `${template}.pdf`), bytes);
  return { bytes, preview };
}

beforeAll(async () => {
  app = openTestApp();
  decision = await issuedDecision(app);
  const settings = await call<Settings>('settings.get', {});
  await call('settings.update', { version: settings.version, certificateOffsetMm: OFFSET });
  example = (await call<CertificateLayout[]>('certificates.layouts', {}))[0];
});
afterAll(() => app.close());

describe('layouts of pre-printed blanks', () => {
  it('a new database has a working example: the provincial Chairman’s Bằng khen on A4 landscape', () => {
    expect(example).toMatchObject({ ...DEFAULT_CERTIFICATE_LAYOUT, image: null, version: 1 });
  });

  it('are created, listed and updated at the version read; a stale version is refused and changes nothing', async () => {
    const created = await call<CertificateLayout>('certificates.saveLayout', layoutInput());
    expect(created).toMatchObject({ name: 'Giấy khen của Giám đốc Sở (A4 dọc)', widthMm: 210, heightMm: 297, version: 1 });
    expect(created.fields[2]).toEqual({
      key: 'registerNumber',
      prefix: 'Số:',
      xMm: 20,
      yMm: 260,
      widthMm: 60,
      heightMm: 7,
      fontSize: 12,
      minFontSize: 10,
      bold: false,
      italics: false,
      align: 'left',
    });
    const listed = await call<CertificateLayout[]>('certificates.layouts', {});
    expect(listed.map((layout) => layout.name)).toEqual([example.name, created.name]);

    const moved = layoutInput({ id: created.id, version: created.version, paper: 'custom', widthMm: 200, heightMm: 280 });
    const updated = await call<CertificateLayout>('certificates.saveLayout', moved);
    expect(updated).toMatchObject({ paper: 'custom', widthMm: 200, heightMm: 280, version: 2 });

    const stale = await refused('certificates.saveLayout', { ...moved, name: 'Tên khác' });
    expect(stale).toEqual({ code: 'CONFLICT', message: certificateMessages.stale(created.name) });
    expect((await call<CertificateLayout[]>('certificates.layouts', {})).find((l) => l.id === created.id)?.name).toBe(created.name);

    const twin = await refused('certificates.saveLayout', layoutInput({ name: 'giay khen cua giam doc so (A4 DOC)' }));
    expect(twin.code).toBe('VALIDATION');
    expect(twin.message).toBe(certificateMessages.nameTaken('giay khen cua giam doc so (A4 DOC)'));

    const audit = await call<{ action: string }[]>('audit.forEntity', { entity: 'certificate-layout', entityId: created.id });
    expect(audit.map((entry) => entry.action)).toEqual(['update', 'create']);
  });

  it('refuses fields outside the paper, sizes that are not positive, a minimum above the size, each with a Vietnamese message', async () => {
    const before = app.count('certificate_layouts');
    const cases: [SaveInput, string, string][] = [
      [
        layoutInput({ fields: [{ key: 'awardee', xMm: 100, yMm: 20, widthMm: 150, heightMm: 10, fontSize: 16, minFontSize: 12 }] }),
        'fields.0.widthMm',
        'Trường "Người, tập thể được khen" vượt ra ngoài mép phải của giấy: 100 + 150 > 210 mm',
      ],
      [
        layoutInput({ fields: [{ key: 'unit', xMm: 10, yMm: 290, widthMm: 50, heightMm: 10, fontSize: 16, minFontSize: 12 }] }),
        'fields.0.heightMm',
        'Trường "Chức vụ, đơn vị hoặc địa chỉ" vượt ra ngoài mép dưới của giấy: 290 + 10 > 297 mm',
      ],
      [
        layoutInput({ fields: [{ key: 'unit', xMm: 10, yMm: 20, widthMm: 0, heightMm: 10, fontSize: 16, minFontSize: 12 }] }),
        'fields.0.widthMm',
        'Chiều rộng khung tối thiểu 1 mm',
      ],
      [
        layoutInput({ fields: [{ key: 'unit', xMm: 10, yMm: 20, widthMm: 50, heightMm: 10, fontSize: 12, minFontSize: 14 }] }),
        'fields.0.minFontSize',
        'Trường "Chức vụ, đơn vị hoặc địa chỉ": cỡ chữ nhỏ nhất (14 pt) lớn hơn cỡ chữ (12 pt)',
      ],
      [
        layoutInput({
          fields: [
            { key: 'unit', xMm: 10, yMm: 20, widthMm: 50, heightMm: 10, fontSize: 12, minFontSize: 10 },
            { key: 'unit', xMm: 10, yMm: 40, widthMm: 50, heightMm: 10, fontSize: 12, minFontSize: 10 },
          ],
        }),
        'fields.1.key',
        'Trường "Chức vụ, đơn vị hoặc địa chỉ" có hai lần',
      ],
      [layoutInput({ paper: 'custom' }), 'widthMm', 'Khổ tự chọn cần chiều rộng và chiều cao giấy (mm)'],
      [layoutInput({ fields: [] }), 'fields', 'Mẫu phôi cần ít nhất một trường'],
      [layoutInput({ name: '   ' }), 'name', 'Tên mẫu phôi không được để trống'],
    ];
    for (const [input, path, message] of cases) {
      const error = await refused('certificates.saveLayout', input);
      expect(error.code, message).toBe('VALIDATION');
      expect(error.fields, message).toContainEqual({ path, message });
      expect(looksVietnamese(message)).toBe(true);
    }
    // Landscape turns the sheet: 250 mm across fits A4 landscape (297 mm), not A4 portrait.
    const landscape = layoutInput({
      name: 'Ngang',
      orientation: 'landscape',
      fields: [{ key: 'awardee', xMm: 20, yMm: 20, widthMm: 250, heightMm: 10, fontSize: 16, minFontSize: 12 }],
    });
    const error = await refused('certificates.saveLayout', { ...landscape, orientation: 'portrait' });
    expect(error.code).toBe('VALIDATION');
    expect(app.count('certificate_layouts')).toBe(before);
    await call('certificates.saveLayout', landscape);
    expect(app.count('certificate_layouts')).toBe(before + 1);
  });

  it('keep a PNG or JPG of the blank for the preview, refuse other files, and are removed at the version read', async () => {
    const layout = await call<CertificateLayout>('certificates.saveLayout', layoutInput({ name: 'Có ảnh' }));
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
    const pdf = Buffer.from('%PDF-1.7\n...');
    const wrong = await refused('certificates.setImage', { id: layout.id, version: layout.version, base64: pdf.toString('base64') });
    expect(wrong).toMatchObject({ code: 'VALIDATION', message: certificateMessages.imageType });
    const withImage = await call<CertificateLayout>('certificates.setImage', { id: layout.id, version: 1, base64: png.toString('base64') });
    expect(withImage).toMatchObject({ image: { type: 'png', size: png.length }, version: 2 });
    const image = await call<CertificateImage>('certificates.image', { id: layout.id });
    expect(Buffer.from(image.base64, 'base64').equals(png)).toBe(true);
    // The list never carries the picture's bytes.
    expect(JSON.stringify(await call('certificates.layouts', {}))).not.toContain(image.base64.slice(0, 40));
    expect((await refused('certificates.removeLayout', { id: layout.id, version: 1 })).code).toBe('CONFLICT');
    await call('certificates.removeLayout', { id: layout.id, version: 2 });
    expect((await refused('certificates.image', { id: layout.id })).code).toBe('NOT_FOUND');
  });
});

/** The lines a field prints, at the size the engine chooses, as the engine wraps them. */
function expectedLines(field: CertificateField, text: string) {
  const spec = positioned(field, text);
  const fitted = fitField(spec, fonts);
  return { ...fitted, lineHeight: fonts.metrics[styleOf(spec.bold, spec.italics)].lineHeight(fitted.fontSize) };
}

describe('a certificate batch (template certificates)', () => {
  it('prints one sheet per award of the issued decision, every field within 0.5 mm of its position plus the printer offset', async () => {
    const { bytes, preview } = await pdfOf('certificates', { decisionId: decision.id, layoutId: example.id });
    expect(preview.issuable).toBe(false);
    const pages = pdfWords(bytes);
    expect(pages).toHaveLength(3);
    let checked = 0;
    decision.items.forEach((item, index) => {
      const page = pages[index];
      expect(page.width / MM).toBeCloseTo(297, 1);
      expect(page.height / MM).toBeCloseTo(210, 1);
      const values: Record<string, string> = {
        awardee: `Ông ${AWARDEES[index]}`,
        unit: 'Chủ tịch UBND xã, UBND xã Đăk Ui',
        achievement: 'Vận động nhân dân hiến 1.200 m² đất làm đường giao thông nông thôn.',
        decision: 'Quyết định số 812/QĐ-UBND ngày 05 tháng 7 năm 2025',
        registerNumber: `${item.registerNumber}/2025`,
        placeDate: 'Kon Tum, ngày 05 tháng 7 năm 2025',
      };
      expect(item.nomineeName).toBe(AWARDEES[index]);
      for (const field of example.fields) {
        const text = withPrefix(field.prefix, values[field.key]);
        const fitted = expectedLines(field, text);
        fitted.lines.forEach((line, lineIndex) => {
          const box = lineBox(page, line);
          const where = `${AWARDEES[index]}, ${CERTIFICATE_FIELD_LABELS[field.key]}, dòng ${lineIndex + 1}: "${line}"`;
          expect(box, where).not.toBeNull();
          if (!box) return;
          const left = field.xMm + OFFSET.x;
          const top = field.yMm + OFFSET.y + (lineIndex * fitted.lineHeight) / MM;
          const xMm =
            field.align === 'center'
              ? (box.xMin + box.xMax) / 2 / MM - field.widthMm / 2
              : field.align === 'right'
                ? box.xMax / MM - field.widthMm
                : box.xMin / MM;
          expect(Math.abs(xMm - left), where).toBeLessThan(HALF_MM);
          expect(Math.abs(box.yMin / MM - top), where).toBeLessThan(HALF_MM);
          // Inside its box, as moved by the offset.
          expect(box.xMin / MM, where).toBeGreaterThanOrEqual(left - 0.1);
          expect(box.xMax / MM, where).toBeLessThanOrEqual(left + field.widthMm + 0.1);
          checked++;
        });
      }
      // Nothing else on the sheet: no background, no header blocks.
      const printed = page.words.map((word) => word.text).join(' ');
      expect(printed).not.toContain('CỘNG HÒA');
      expect(page.words.length).toBe(
        example.fields.reduce((n, field) => n + withPrefix(field.prefix, values[field.key]).split(/\s+/u).length, 0),
      );
    });
    expect(checked).toBeGreaterThanOrEqual(3 * example.fields.length);
    // The register numbers are the decision's, consecutive.
    expect(decision.items.map((item) => item.registerNumber)).toEqual([1, 2, 3]);
  });

  it('prints only one form’s awards when asked, and refuses a form the decision does not grant', async () => {
    const { bytes } = await pdfOf('certificates', { decisionId: decision.id, layoutId: example.id, awardCode: 'BK_TINH' });
    const pages = pdfWords(bytes);
    expect(pages.map((page) => lineBox(page, `Ông ${AWARDEES[1]}`) !== null || lineBox(page, `Ông ${AWARDEES[2]}`) !== null)).toEqual([
      true,
      true,
    ]);
    const error = await refused('documents.preview', {
      template: 'certificates',
      params: { decisionId: decision.id, layoutId: example.id, awardCode: 'HCLD_3' },
    });
    expect(error.message).toBe('Quyết định số 812/QĐ-UBND không có hình thức khen thưởng mã "HCLD_3"');
  });

  it('shrinks a text too long for its box down to the minimum, then refuses naming the certificate', async () => {
    const achievement = example.fields.find((field) => field.key === 'achievement') as CertificateField;
    // Fits only shrunk: a narrower box.
    const narrow = await call<CertificateLayout>('certificates.saveLayout', {
      ...layoutInput({ name: 'Khung hẹp', orientation: 'landscape' }),
      fields: [{ ...achievement, widthMm: 70, heightMm: 14, fontSize: 16, minFontSize: 9 }],
    });
    const { bytes } = await pdfOf('certificates', { decisionId: decision.id, layoutId: narrow.id });
    const fitted = expectedLines(narrow.fields[0], 'Vận động nhân dân hiến 1.200 m² đất làm đường giao thông nông thôn.');
    expect(fitted.fontSize).toBeLessThan(16);
    expect(fitted.lines.length).toBeGreaterThan(1);
    const page = pdfWords(bytes)[0];
    for (const line of fitted.lines) expect(lineBox(page, line), line).not.toBeNull();

    const tiny = await call<CertificateLayout>('certificates.saveLayout', {
      ...layoutInput({ name: 'Khung quá nhỏ' }),
      fields: [{ key: 'achievement', xMm: 30, yMm: 140, widthMm: 40, heightMm: 8, fontSize: 14, minFontSize: 12 }],
    });
    const error = await refused('documents.preview', { template: 'certificates', params: { decisionId: decision.id, layoutId: tiny.id } });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(
      `Chiến sĩ thi đua cơ sở tặng Ông ${AWARDEES[0]} (số vào sổ 1/2025): nội dung trường "Thành tích" không vừa khung 40 x 8 mm, kể cả khi thu nhỏ chữ đến cỡ 12. Hãy rút gọn nội dung hoặc nới rộng khung của trường này.`,
    );
    expect(looksVietnamese(error.message)).toBe(true);
  });

  it('is printed only for an issued decision, never numbered into the register', async () => {
    const other = openTestApp();
    try {
      const draft = await issuedDecision(other, false);
      const layoutId = dataOf<CertificateLayout[]>(await other.callRaw('certificates.layouts', {}))[0].id;
      const envelope = await other.callRaw('documents.preview', { template: 'certificates', params: { decisionId: draft.id, layoutId } });
      expect(envelope.ok ? null : envelope.error.message).toBe(
        'Quyết định số 812/QĐ-UBND chưa ban hành: chỉ in bằng khen cho quyết định đã ban hành (đã có số vào sổ)',
      );
    } finally {
      other.close();
    }
    const issue = await refused('documents.issue', {
      template: 'certificates',
      params: { decisionId: decision.id, layoutId: example.id },
      date: '2025-07-05',
    });
    expect(issue.code).toBe('VALIDATION');
    expect(app.count('documents')).toBe(0);
    const missing = await refused('documents.preview', { template: 'certificates', params: { decisionId: decision.id, layoutId: 999 } });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy mẫu phôi có mã 999' });
  });
});

describe('the calibration page (template certificate-calibration)', () => {
  it('prints a millimetre grid and each field’s box with its name, moved by the printer offset', async () => {
    const { bytes, preview } = await pdfOf('certificate-calibration', { layoutId: example.id });
    expect(preview.pages).toBe(1);
    const [page] = pdfWords(bytes);
    expect(page.width / MM).toBeCloseTo(297, 1);
    expect(lineBox(page, `TRANG CĂN CHỈNH: ${example.name}`)).not.toBeNull();
    expect(lineBox(page, 'Độ lệch máy in đang dùng: ngang +2,5 mm, dọc −1,5 mm.')).not.toBeNull();
    for (const field of example.fields) {
      const box = lineBox(page, CERTIFICATE_FIELD_LABELS[field.key]);
      expect(box, field.key).not.toBeNull();
      expect(Math.abs((box?.xMin ?? 0) / MM - (field.xMm + 0.8 + OFFSET.x))).toBeLessThan(HALF_MM);
      expect(Math.abs((box?.yMin ?? 0) / MM - (field.yMm + 0.6 + OFFSET.y))).toBeLessThan(HALF_MM);
    }
    // The ruler: every 10 mm written along the top edge.
    for (const mm of [10, 50, 100, 200, 290])
      expect(
        page.words.some((word) => word.text === String(mm)),
        String(mm),
      ).toBe(true);
  });
});
