import { z } from 'zod';

import type { Decision } from '../domain/council';
import { idSchema, isoDate, optionalVersion, requiredText } from './common';
import { channel } from './define';

export const decisionCreateSchema = z
  .object({
    number: requiredText('Số quyết định', 60),
    date: isoDate('Ngày quyết định'),
    signerName: requiredText('Người ký', 200),
    signerAuthority: requiredText('Thẩm quyền ký', 300),
    nominationIds: z
      .array(idSchema, { error: 'Danh sách hồ sơ phải là danh sách' })
      .min(1, 'Quyết định phải có ít nhất một hồ sơ được khen thưởng')
      .max(2000, 'Một quyết định khen thưởng nhiều nhất 2.000 hồ sơ')
      .refine((ids) => new Set(ids).size === ids.length, 'Danh sách hồ sơ có hồ sơ bị lặp'),
  })
  .strict();
export type DecisionCreateInput = z.output<typeof decisionCreateSchema>;

export const decisionsContract = {
  /** A draft decision granting the awards of nominations the council passed. */
  'decisions.create': channel<Decision>()(decisionCreateSchema),
  'decisions.get': channel<Decision>()(z.object({ id: idSchema }).strict()),
  /** Issues the decision: register numbers in order within its year, never reused; each award enters its awardee's history. */
  'decisions.issue': channel<Decision>()(z.object({ id: idSchema, version: optionalVersion }).strict()),
};
