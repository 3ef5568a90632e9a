import { z } from 'zod';

import type { VillageImportRow } from '../domain/unit-history';
import { optionalText, requiredText } from './common';
import { channel } from './define';

const villageRowSchema = z
  .object({
    name: z.string({ error: 'Tên thôn phải là chuỗi ký tự' }).max(400, 'Tên thôn quá dài'),
    commune: z.union([z.string(), z.number()], { error: 'Xã phải là mã hoặc tên' }).transform(String),
    ethnicMinorityArea: z.boolean({ error: 'Cột vùng DTTS phải là có hoặc không' }).default(false),
    adminType: optionalText('Loại hình', 60),
  })
  .strict();

const villageImportSchema = z
  .object({ rows: z.array(villageRowSchema).min(1, 'Không có dòng nào để nhập').max(5000, 'Tối đa 5.000 dòng mỗi lần nhập') })
  .strict();

export const villagesContract = {
  'villages.importPreview': channel<VillageImportRow[]>()(villageImportSchema),
  'villages.importCommit': channel<{ created: number }>()(villageImportSchema),
};

export const villageNameSchema = requiredText('Tên thôn', 200);
