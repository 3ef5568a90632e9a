import { z } from 'zod';

import type { RollUpItem, SuccessorLink, UnitHistory } from '../domain/unit-history';
import { SUCCESSOR_RELATIONS } from '../domain/unit-history';
import type { Unit } from '../domain/units';
import { builtOnFirstUse, documentRefSchema, idSchema, isoDate, multilineText, optionalIsoDate, versionSchema } from './common';
import { channel } from './define';
import { unitFieldsSchema } from './units';

export const successorSetSchema = builtOnFirstUse(() =>
  z
    .object({
      unitId: idSchema,
      relation: z.enum(SUCCESSOR_RELATIONS, { error: 'Quan hệ phải là sáp nhập vào, đổi tên thành hoặc tách ra từ' }),
      otherUnitId: idSchema,
      effectiveDate: isoDate('Ngày có hiệu lực'),
      decision: documentRefSchema,
      note: multilineText('Ghi chú'),
    })
    .strict()
    .refine((v) => v.unitId !== v.otherUnitId, { message: 'Không thể liên kết một đơn vị với chính nó', path: ['otherUnitId'] }),
);

export type SuccessorInput = z.output<typeof successorSetSchema>;

/**
 * A unit created as the successor of an existing one, in one transaction: the only way a second
 * province enters a database (Kon Tum merged into Quảng Ngãi on 1/7/2025).
 */
export const successorCreateSchema = builtOnFirstUse(() =>
  z
    .object({
      predecessorId: idSchema,
      relation: z.enum(['merged_into', 'renamed_to'], { error: 'Quan hệ phải là sáp nhập vào hoặc đổi tên thành' }),
      unit: unitFieldsSchema.strict(),
      effectiveDate: isoDate('Ngày có hiệu lực'),
      decision: documentRefSchema,
      note: multilineText('Ghi chú'),
    })
    .strict(),
);

export type SuccessorCreateInput = z.output<typeof successorCreateSchema>;

export const validitySetSchema = builtOnFirstUse(() =>
  z
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
    }),
);

export const unitHistoryContract = {
  'unitHistory.successors': channel<UnitHistory>()(() => z.object({ unitId: idSchema, asOf: optionalIsoDate('Ngày quy đổi') }).strict()),
  'unitHistory.setSuccessor': channel<SuccessorLink>()(() => successorSetSchema),
  'unitHistory.createSuccessor': channel<SuccessorLink>()(() => successorCreateSchema),
  'unitHistory.removeSuccessor': channel<{ removed: number }>()(() => z.object({ linkId: idSchema }).strict()),
  'unitHistory.setValidity': channel<Unit>()(() => validitySetSchema),
  'unitHistory.rollUp': channel<RollUpItem[]>()(() =>
    z.object({ unitIds: z.array(idSchema).min(1).max(5000), asOf: optionalIsoDate('Ngày quy đổi') }).strict(),
  ),
};
