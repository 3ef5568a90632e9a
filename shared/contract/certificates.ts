import { z } from 'zod';

import {
  CERTIFICATE_ALIGNS,
  CERTIFICATE_FIELD_KEYS,
  CERTIFICATE_FIELD_LABELS,
  CERTIFICATE_IMAGE_MAX_BYTES,
  CERTIFICATE_ORIENTATIONS,
  CERTIFICATE_PAPERS,
  type CertificateImage,
  type CertificateLayout,
  PAPER_SIZES_MM,
  sheetSize,
} from '../domain/certificates';
import { formatNumber } from '../format/number';
import { builtOnFirstUse, idSchema, optionalText, requiredText, versionSchema } from './common';
import { channel } from './define';

const mm = (value: number) => formatNumber(value, Number.isInteger(value) ? 0 : 1);

const number = (label: string, min: number, max: number, unit: string) =>
  z
    .number({ error: `${label} phải là số` })
    .min(min, `${label} tối thiểu ${mm(min)} ${unit}`)
    .max(max, `${label} tối đa ${mm(max)} ${unit}`);

const fieldSchema = builtOnFirstUse(() =>
  z
    .object({
      key: z.enum(CERTIFICATE_FIELD_KEYS, { error: 'Loại trường không hợp lệ' }),
      prefix: optionalText('Chữ in trước nội dung', 60),
      xMm: number('Vị trí ngang (x)', 0, 1000, 'mm'),
      yMm: number('Vị trí dọc (y)', 0, 1000, 'mm'),
      widthMm: number('Chiều rộng khung', 1, 1000, 'mm'),
      heightMm: number('Chiều cao khung', 1, 1000, 'mm'),
      fontSize: number('Cỡ chữ', 6, 72, 'pt'),
      minFontSize: number('Cỡ chữ nhỏ nhất', 6, 72, 'pt'),
      bold: z.boolean({ error: 'Chữ đậm phải là có hoặc không' }).default(false),
      italics: z.boolean({ error: 'Chữ nghiêng phải là có hoặc không' }).default(false),
      align: z.enum(CERTIFICATE_ALIGNS, { error: 'Căn lề chỉ là trái, giữa hoặc phải' }).default('left'),
    })
    .strict(),
);

export const certificateLayoutSaveSchema = builtOnFirstUse(() =>
  z
    .object({
      /** Absent: a new layout. */
      id: idSchema.optional(),
      /** The version read; required with `id`. */
      version: versionSchema.optional(),
      name: requiredText('Tên mẫu phôi', 200),
      blankKind: requiredText('Loại phôi', 300),
      paper: z.enum(CERTIFICATE_PAPERS, { error: 'Khổ giấy chỉ là A4, A3 hoặc khổ tự chọn' }),
      /** Custom paper only: the sheet's sides in millimetres. */
      widthMm: number('Chiều rộng giấy', 50, 1000, 'mm').optional(),
      heightMm: number('Chiều cao giấy', 50, 1000, 'mm').optional(),
      orientation: z.enum(CERTIFICATE_ORIENTATIONS, { error: 'Hướng giấy chỉ là dọc hoặc ngang' }),
      fields: z
        .array(fieldSchema, { error: 'Danh sách trường phải là danh sách' })
        .min(1, 'Mẫu phôi cần ít nhất một trường')
        .max(CERTIFICATE_FIELD_KEYS.length, `Mẫu phôi có nhiều nhất ${CERTIFICATE_FIELD_KEYS.length} trường`),
    })
    .strict()
    .superRefine((value, ctx) => {
      if ((value.id === undefined) !== (value.version === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['version'], message: 'Sửa mẫu phôi cần cả mã và phiên bản đã đọc' });
      }
      if (value.paper === 'custom' && (value.widthMm === undefined || value.heightMm === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [value.widthMm === undefined ? 'widthMm' : 'heightMm'],
          message: 'Khổ tự chọn cần chiều rộng và chiều cao giấy (mm)',
        });
        return;
      }
      const paper = value.paper === 'custom' ? { widthMm: value.widthMm ?? 0, heightMm: value.heightMm ?? 0 } : PAPER_SIZES_MM[value.paper];
      const sheet = sheetSize({ ...paper, orientation: value.orientation });
      const seen = new Set<string>();
      value.fields.forEach((field, index) => {
        const label = CERTIFICATE_FIELD_LABELS[field.key];
        if (seen.has(field.key)) ctx.addIssue({ code: 'custom', path: ['fields', index, 'key'], message: `Trường "${label}" có hai lần` });
        seen.add(field.key);
        if (field.minFontSize > field.fontSize) {
          ctx.addIssue({
            code: 'custom',
            path: ['fields', index, 'minFontSize'],
            message: `Trường "${label}": cỡ chữ nhỏ nhất (${mm(field.minFontSize)} pt) lớn hơn cỡ chữ (${mm(field.fontSize)} pt)`,
          });
        }
        if (field.xMm + field.widthMm > sheet.widthMm + 1e-9) {
          ctx.addIssue({
            code: 'custom',
            path: ['fields', index, 'widthMm'],
            message: `Trường "${label}" vượt ra ngoài mép phải của giấy: ${mm(field.xMm)} + ${mm(field.widthMm)} > ${mm(sheet.widthMm)} mm`,
          });
        }
        if (field.yMm + field.heightMm > sheet.heightMm + 1e-9) {
          ctx.addIssue({
            code: 'custom',
            path: ['fields', index, 'heightMm'],
            message: `Trường "${label}" vượt ra ngoài mép dưới của giấy: ${mm(field.yMm)} + ${mm(field.heightMm)} > ${mm(sheet.heightMm)} mm`,
          });
        }
      });
    })
    .transform((value) => {
      const paper = value.paper === 'custom' ? { widthMm: value.widthMm ?? 0, heightMm: value.heightMm ?? 0 } : PAPER_SIZES_MM[value.paper];
      return { ...value, ...paper };
    }),
);
export type CertificateLayoutSaveInput = z.output<typeof certificateLayoutSaveSchema>;

/** Base64 of at most the image limit (4 characters per 3 bytes); the bytes are checked again once decoded. */
const imageSchema = builtOnFirstUse(() =>
  z
    .string({ error: 'Thiếu nội dung ảnh' })
    .min(1, 'Tệp ảnh rỗng')
    .max(Math.ceil(CERTIFICATE_IMAGE_MAX_BYTES / 3) * 4 + 4, 'Ảnh phôi quá lớn: tối đa 10 MB')
    .regex(/^[A-Za-z0-9+/=]+$/, 'Nội dung ảnh không đúng dạng base64'),
);

const byIdVersion = builtOnFirstUse(() => z.object({ id: idSchema, version: versionSchema }).strict());

export const certificatesContract = {
  /** Every layout (without its picture's bytes), by name. */
  'certificates.layouts': channel<CertificateLayout[]>()(() => z.object({}).strict().default({})),
  /** Creates a layout, or updates one at the version read. */
  'certificates.saveLayout': channel<CertificateLayout>()(() => certificateLayoutSaveSchema),
  /** Removes a layout (nothing printed refers to it: certificates are printed copies, never stored). */
  'certificates.removeLayout': channel<{ id: number; version: number }>()(() => byIdVersion),
  /** The picture of the blank (PNG or JPG) for the preview; null removes it. */
  'certificates.setImage': channel<CertificateLayout>()(() =>
    z.object({ id: idSchema, version: versionSchema, base64: imageSchema.nullable() }).strict(),
  ),
  'certificates.image': channel<CertificateImage | null>()(() => z.object({ id: idSchema }).strict()),
};
