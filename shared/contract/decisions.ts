import { z } from 'zod';

import { type CandidatePage, type Decision, DECISION_STATUSES, type DecisionListPage } from '../domain/council';
import { builtOnFirstUse, idSchema, isoDate, optionalText, optionalVersion, requiredText, yearSchema } from './common';
import { channel } from './define';

export const decisionCreateSchema = builtOnFirstUse(() =>
  z
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
    .strict(),
);
export type DecisionCreateInput = z.output<typeof decisionCreateSchema>;

const page = builtOnFirstUse(() =>
  z.number({ error: 'Trang phải là số' }).int('Trang phải là số nguyên').min(1, 'Trang bắt đầu từ 1').max(100000).default(1),
);
const pageSize = builtOnFirstUse(() =>
  z
    .number({ error: 'Số dòng mỗi trang phải là số' })
    .int('Số dòng mỗi trang phải là số nguyên')
    .min(1, 'Mỗi trang ít nhất 1 dòng')
    .max(200, 'Mỗi trang nhiều nhất 200 dòng')
    .default(50),
);

export const decisionListSchema = builtOnFirstUse(() =>
  z
    .object({
      /** Part of the decision's number; case and diacritics ignored. */
      query: optionalText('Số quyết định', 60),
      year: yearSchema.optional(),
      status: z.enum(DECISION_STATUSES, { error: 'Trạng thái quyết định không hợp lệ' }).optional(),
      page,
      pageSize,
    })
    .strict()
    .default({ query: '', page: 1, pageSize: 50 }),
);
export type DecisionListQuery = z.output<typeof decisionListSchema>;

export const candidateQuerySchema = builtOnFirstUse(() =>
  z
    .object({
      /** Nominee's name or proposing unit; case and diacritics ignored. */
      query: optionalText('Từ khóa', 200),
      page,
      pageSize,
    })
    .strict()
    .default({ query: '', page: 1, pageSize: 50 }),
);
export type CandidateQuery = z.output<typeof candidateQuerySchema>;

export const decisionsContract = {
  /** Decisions newest first, one page at a time, by year and status; the number searched without diacritics. */
  'decisions.list': channel<DecisionListPage>()(() => decisionListSchema),
  /** Nominations the council passed (latest current vote) that no decision grants yet: what "Tạo quyết định" offers. */
  'decisions.candidates': channel<CandidatePage>()(() => candidateQuerySchema),
  /** A draft decision granting the awards of nominations the council passed. */
  'decisions.create': channel<Decision>()(() => decisionCreateSchema),
  'decisions.get': channel<Decision>()(() => z.object({ id: idSchema }).strict()),
  /** Issues the decision: register numbers in order within its year, never reused; each award enters its awardee's history. */
  'decisions.issue': channel<Decision>()(() => z.object({ id: idSchema, version: optionalVersion }).strict()),
};
