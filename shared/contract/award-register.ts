import { z } from 'zod';

import type { RegisterPage } from '../domain/council';
import { optionalText, yearSchema } from './common';
import { channel } from './define';

export const registerQuerySchema = z
  .object({
    /** Awardee or decision number; case and diacritics ignored. */
    query: optionalText('Từ khóa', 200),
    year: yearSchema.optional(),
    awardCode: z.string().max(40).optional(),
    page: z.number({ error: 'Trang phải là số' }).int().min(1, 'Trang bắt đầu từ 1').max(100000).default(1),
    pageSize: z.number({ error: 'Số dòng mỗi trang phải là số' }).int().min(1).max(500).default(50),
  })
  .strict()
  .default({ query: '', page: 1, pageSize: 50 });
export type RegisterQuery = z.output<typeof registerQuerySchema>;

/** Channels of the award register, served by the council area under the awards prefix. */
export const awardRegisterContract = {
  /** The award register (sổ khen thưởng) of issued decisions, one page at a time. */
  'awards.register': channel<RegisterPage>()(registerQuerySchema),
};
