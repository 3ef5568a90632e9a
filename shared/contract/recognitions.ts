import { z } from 'zod';

import type { Recognition } from '../domain/criteria';
import { RECOGNITION_LEVELS } from '../domain/criteria';
import type { UnitRef } from '../domain/unit-history';
import { idSchema, multilineText, optionalIsoDate, optionalText, optionalVersion, yearSchema } from './common';
import { channel } from './define';

const levelSchema = z.enum(RECOGNITION_LEVELS, { error: 'Mức công nhận không hợp lệ' });

/** Recognitions and incomes are one record per unit and year, edited at the version read. */
export const unitYearKey = { unitId: idSchema, year: yearSchema };
export const unitYearTail = { note: multilineText('Ghi chú'), version: optionalVersion };

export const recognitionSetSchema = z
  .object({
    ...unitYearKey,
    level: levelSchema,
    decision: z
      .object({
        number: optionalText('Số quyết định', 60),
        date: optionalIsoDate('Ngày quyết định'),
        signerAuthority: optionalText('Thẩm quyền ký', 200),
      })
      .strict()
      .optional(),
    ...unitYearTail,
  })
  .strict();

export type RecognitionInput = z.output<typeof recognitionSetSchema>;

export const recognitionsContract = {
  'recognitions.set': channel<Recognition>()(recognitionSetSchema),
  'recognitions.forUnit': channel<Recognition[]>()(z.object({ unitId: idSchema }).strict()),
  'recognitions.list': channel<(Recognition & { current: UnitRef[] })[]>()(
    z.object({ year: yearSchema, rollUpAsOf: optionalIsoDate('Ngày quy đổi') }).strict(),
  ),
};
