import { z } from 'zod';

import { PRINTER_OFFSET_LIMIT_MM, type Settings } from '../domain/settings';
import { SIGNATURE_PREFIXES } from '../domain/signature';
import { normalizeText } from '../text/fold';
import { builtOnFirstUse, requiredText, versionSchema } from './common';
import { channel } from './define';

const margin = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} phải là số` })
    .min(min, `${label} tối thiểu ${min} mm`)
    .max(max, `${label} tối đa ${max} mm`);

export const documentSettingsSchema = z
  .object({
    parentAgency: requiredText('Cơ quan chủ quản', 200),
    issuingBody: requiredText('Cơ quan ban hành', 200),
    issuerAbbreviation: requiredText('Chữ viết tắt cơ quan ban hành', 30).pipe(
      z.string().regex(/^[\p{Lu}\p{N}-]+$/u, 'Chữ viết tắt chỉ gồm chữ in hoa, chữ số và dấu gạch ngang'),
    ),
    placeName: requiredText('Địa danh', 100),
    marginTopMm: margin('Lề trên', 20, 25),
    marginBottomMm: margin('Lề dưới', 20, 25),
    marginLeftMm: margin('Lề trái', 30, 35),
    marginRightMm: margin('Lề phải', 15, 20),
    bodyFontSize: z.number({ error: 'Cỡ chữ phải là số' }).min(13, 'Cỡ chữ tối thiểu 13').max(14, 'Cỡ chữ tối đa 14'),
  })
  .strict();

const signatureText = (label: string) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự` })
    .max(240, `${label} dài quá 120 ký tự`)
    .transform(normalizeText)
    .pipe(z.string().max(120, `${label} dài quá 120 ký tự`));

const signatureFields = {
  prefix: z.enum(SIGNATURE_PREFIXES, { error: 'Hình thức ký chỉ là TM., KT., TL., TUQ., Q. hoặc để trống' }),
  authority: signatureText('Cơ quan, chức danh được ký thay'),
  position: signatureText('Chức vụ người ký'),
  signer: signatureText('Họ tên người ký'),
};

/** With a prefix (TM., KT., ...) the authority it signs for is required; without one, the position is. */
function checkSignature(value: { prefix: string; authority: string; position: string }, ctx: z.RefinementCtx): void {
  if (value.prefix && !value.authority) {
    ctx.addIssue({ code: 'custom', path: ['authority'], message: `Ký "${value.prefix}" cần ghi cơ quan hoặc chức danh được ký thay` });
  }
  if (!value.prefix && !value.position) ctx.addIssue({ code: 'custom', path: ['position'], message: 'Chưa ghi chức vụ người ký' });
}

export const signatureBlockSchema = builtOnFirstUse(() => z.object(signatureFields).strict().superRefine(checkSignature));

const issuerAbbreviationSchema = requiredText('Chữ viết tắt cơ quan ban hành', 30).pipe(
  z.string().regex(/^[\p{Lu}\p{N}-]+$/u, 'Chữ viết tắt chỉ gồm chữ in hoa, chữ số và dấu gạch ngang'),
);

export const issuerSignatureSchema = builtOnFirstUse(() =>
  z
    .object({ issuer: issuerAbbreviationSchema, ...signatureFields })
    .strict()
    .superRefine(checkSignature),
);

/** One default per issuer: two entries for "HĐTĐKT" would leave it unclear which one prints. */
export const signatureDefaultsSchema = builtOnFirstUse(() =>
  z
    .array(issuerSignatureSchema, { error: 'Danh sách chữ ký mặc định không hợp lệ' })
    .max(20, 'Tối đa 20 cơ quan ban hành có chữ ký mặc định')
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((entry, index) => {
        if (seen.has(entry.issuer)) {
          ctx.addIssue({ code: 'custom', path: [index, 'issuer'], message: `Cơ quan "${entry.issuer}" đã có chữ ký mặc định` });
        }
        seen.add(entry.issuer);
      });
    }),
);

const offset = (label: string) =>
  z
    .number({ error: `${label} phải là số` })
    .min(-PRINTER_OFFSET_LIMIT_MM, `${label} tối thiểu −${PRINTER_OFFSET_LIMIT_MM} mm`)
    .max(PRINTER_OFFSET_LIMIT_MM, `${label} tối đa ${PRINTER_OFFSET_LIMIT_MM} mm`);

export const printerOffsetSchema = builtOnFirstUse(() =>
  z.object({ x: offset('Độ lệch ngang của máy in'), y: offset('Độ lệch dọc của máy in') }).strict(),
);

export const settingsUpdateSchema = documentSettingsSchema
  .partial()
  .extend({
    operatorName: requiredText('Tên người dùng', 100).optional(),
    signatureDefaults: signatureDefaultsSchema.optional(),
    certificateOffsetMm: printerOffsetSchema.optional(),
    version: versionSchema,
  })
  .strict();

export const settingsContract = {
  'settings.get': channel<Settings>()(() => z.object({}).strict().default({})),
  'settings.update': channel<Settings>()(() => settingsUpdateSchema),
};
