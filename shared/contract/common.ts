// Vietnamese wording for zod's own checks, also for forms that import these helpers directly.
import './zod-messages';

import { z } from 'zod';

import { normalizeText } from '../text/fold';

/** Positive whole-number id of a stored record. */
export const idSchema = z
  .number({ error: 'Mã bản ghi phải là số' })
  .int('Mã bản ghi phải là số nguyên')
  .positive('Mã bản ghi không hợp lệ');

/** Version carried by every edit, for optimistic concurrency. */
export const versionSchema = z.number({ error: 'Thiếu phiên bản của bản ghi' }).int().positive('Phiên bản không hợp lệ');

/** Required text, stored NFC with whitespace collapsed. */
export function requiredText(label: string, max = 255) {
  return z
    .string({ error: `${label} không được để trống` })
    .transform(normalizeText)
    .pipe(z.string().min(1, `${label} không được để trống`).max(max, `${label} dài quá ${max} ký tự`));
}

/** Optional text; missing becomes ''. */
export function optionalText(label: string, max = 1000) {
  return z
    .string({ error: `${label} phải là chuỗi ký tự` })
    .max(max * 2, `${label} dài quá ${max} ký tự`)
    .transform(normalizeText)
    .pipe(z.string().max(max, `${label} dài quá ${max} ký tự`))
    .default('');
}

/** Multi-line text (notes): NFC, trimmed, line breaks kept. */
export function multilineText(label: string, max = 4000) {
  return z
    .string({ error: `${label} phải là chuỗi ký tự` })
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().max(max, `${label} dài quá ${max} ký tự`))
    .default('');
}

export const emptyInput = z.object({}).strict().default({});
