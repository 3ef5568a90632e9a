import { z } from 'zod';

import { COMMENDATION_KINDS, type NominationRound, ROUND_STATUSES } from '../domain/nominations';
import { builtOnFirstUse, idSchema, isoDate, multilineText, requiredText, versionSchema, yearSchema } from './common';
import { channel } from './define';

const commendationKind = builtOnFirstUse(() => z.enum(COMMENDATION_KINDS, { error: 'Loại hình khen thưởng không hợp lệ' }));

const roundFields = {
  name: requiredText('Tên đợt xét', 300),
  year: yearSchema,
  commendationKind,
  movementId: idSchema
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  deadline: isoDate('Hạn nộp hồ sơ'),
  note: multilineText('Ghi chú', 2000),
};

export const roundsContract = {
  'rounds.list': channel<NominationRound[]>()(() => z.object({ year: yearSchema.optional() }).strict().default({})),
  'rounds.create': channel<NominationRound>()(() => z.object(roundFields).strict()),
  'rounds.update': channel<NominationRound>()(() =>
    z
      .object({
        id: idSchema,
        version: versionSchema,
        name: roundFields.name.optional(),
        year: yearSchema.optional(),
        commendationKind: commendationKind.optional(),
        movementId: idSchema.nullable().optional(),
        deadline: isoDate('Hạn nộp hồ sơ').optional(),
        status: z.enum(ROUND_STATUSES, { error: 'Trạng thái đợt xét không hợp lệ' }).optional(),
        note: z
          .string()
          .transform((value) => value.normalize('NFC').trim())
          .pipe(z.string().max(2000, 'Ghi chú dài quá 2000 ký tự'))
          .optional(),
      })
      .strict(),
  ),
};

export type RoundCreateInput = z.output<(typeof roundsContract)['rounds.create']['input']>;
export type RoundUpdateInput = z.output<(typeof roundsContract)['rounds.update']['input']>;
