import { z } from 'zod';

import type { VillageImportRow } from '../domain/unit-history';
import { builtOnFirstUse, idSchema, optionalText, requiredText } from './common';
import { channel } from './define';

const villageRowSchema = builtOnFirstUse(() =>
  z
    .object({
      name: z.string({ error: 'Tên thôn phải là chuỗi ký tự' }).max(400, 'Tên thôn quá dài'),
      commune: z.union([z.string(), z.number()], { error: 'Xã phải là mã hoặc tên' }).transform(String),
      ethnicMinorityArea: z.boolean({ error: 'Cột vùng DTTS phải là có hoặc không' }).default(false),
      adminType: optionalText('Loại hình', 60),
    })
    .strict(),
);

const villageImportSchema = builtOnFirstUse(() =>
  z
    .object({
      rows: z.array(villageRowSchema).min(1, 'Không có dòng nào để nhập').max(5000, 'Tối đa 5.000 dòng mỗi lần nhập'),
      /** The user's pick of commune per row number ("3" -> commune id) where the name was not taken without asking. */
      resolutions: z.record(z.string().regex(/^\d{1,6}$/, 'Số dòng không hợp lệ'), idSchema).optional(),
    })
    .strict(),
);

export const villagesContract = {
  'villages.importPreview': channel<VillageImportRow[]>()(() => villageImportSchema),
  'villages.importCommit': channel<{ created: number }>()(() => villageImportSchema),
};

export const villageNameSchema = requiredText('Tên thôn', 200);
