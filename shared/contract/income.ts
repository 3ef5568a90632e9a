import { z } from 'zod';

import type { Income } from '../domain/criteria';
import { builtOnFirstUse, idSchema } from './common';
import { channel } from './define';
import { unitYearKey, unitYearTail } from './recognitions';

export const incomeSetSchema = builtOnFirstUse(() =>
  z
    .object({
      ...unitYearKey,
      amount: z
        .number({ error: 'Thu nhập phải là số (triệu đồng/người/năm)' })
        .positive('Thu nhập phải lớn hơn 0')
        .max(100_000, 'Thu nhập quá lớn: nhập theo đơn vị triệu đồng/người/năm'),
      ...unitYearTail,
    })
    .strict(),
);

export type IncomeInput = z.output<typeof incomeSetSchema>;

export const incomeContract = {
  'income.set': channel<Income>()(() => incomeSetSchema),
  'income.list': channel<Income[]>()(() => z.object({ unitId: idSchema }).strict()),
};
