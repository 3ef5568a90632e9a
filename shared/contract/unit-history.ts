import { z } from 'zod';

import type { RollUpItem, SuccessorLink, UnitHistory, VillageImportRow } from '../domain/unit-history';
import { SUCCESSOR_RELATIONS } from '../domain/unit-history';
import type { Unit } from '../domain/units';
import { idSchema, multilineText, optionalText, requiredText, versionSchema } from './common';
import { channel } from './define';
import { documentRefSchema, isoDate, optionalIsoDate } from './movement-common';

export const successorSetSchema = z
  .object({
    unitId: idSchema,
    relation: z.enum(SUCCESSOR_RELATIONS, { error: 'Quan hệ phải là sáp nhập vào, đổi tên thành hoặc tách ra từ' }),
    otherUnitId: idSchema,
    effectiveDate: isoDate('Ngày có hiệu lực'),
    decision: documentRefSchema,
    note: multilineText('Ghi chú'),
  })
  .strict()
  .refine((v) => v.unitId !== v.otherUnitId, { message: 'Không thể liên kết một đơn vị với chính nó', path: ['otherUnitId'] });

export type SuccessorInput = z.output<typeof successorSetSchema>;

export const validitySetSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    validFrom: optionalIsoDate('Ngày thành lập'),
    validTo: optionalIsoDate('Ngày hết hiệu lực'),
  })
  .strict()
  .refine((v) => !v.validFrom || !v.validTo || v.validFrom <= v.validTo, {
    message: 'Ngày hết hiệu lực phải sau ngày thành lập',
    path: ['validTo'],
  });

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

export const unitHistoryContract = {
  'units.successors': channel<UnitHistory>()(z.object({ unitId: idSchema, asOf: optionalIsoDate('Ngày quy đổi') }).strict()),
  'units.setSuccessor': channel<SuccessorLink>()(successorSetSchema),
  'units.removeSuccessor': channel<{ removed: number }>()(z.object({ linkId: idSchema }).strict()),
  'units.setValidity': channel<Unit>()(validitySetSchema),
  'units.rollUp': channel<RollUpItem[]>()(
    z.object({ unitIds: z.array(idSchema).min(1).max(5000), asOf: optionalIsoDate('Ngày quy đổi') }).strict(),
  ),
  'villages.importPreview': channel<VillageImportRow[]>()(villageImportSchema),
  'villages.importCommit': channel<{ created: number }>()(villageImportSchema),
};

export const villageNameSchema = requiredText('Tên thôn', 200);
