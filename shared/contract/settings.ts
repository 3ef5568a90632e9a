import { z } from 'zod';

import type { Settings } from '../domain/settings';
import { requiredText, versionSchema } from './common';
import { channel } from './define';

const margin = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} phải là số` })
    .min(min, `${label} tối thiểu ${min} mm`)
    .max(max, `${label} tối đa ${max} mm`);

export const documentSettingsSchema = z.object({
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
});

export const settingsUpdateSchema = documentSettingsSchema.partial().extend({
  operatorName: requiredText('Tên người dùng', 100).optional(),
  version: versionSchema,
});

export const settingsContract = {
  'settings.get': channel<Settings>()(z.object({}).strict().default({})),
  'settings.update': channel<Settings>()(settingsUpdateSchema),
};
