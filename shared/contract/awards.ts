import { z } from 'zod';

import {
  type Award,
  type AwardRule,
  COMMENDATION_KINDS,
  type EligibilityCondition,
  INITIATIVE_SCOPES,
  TASK_RATINGS,
  type VoteRule,
} from '../domain/nominations';
import { builtOnFirstUse, emptyInput, idSchema, multilineText, versionSchema } from './common';
import { channel } from './define';

const count = (label: string) =>
  z
    .number({ error: `${label} phải là số` })
    .int(`${label} phải là số nguyên`)
    .min(1, `${label} ít nhất là 1`)
    .max(30, `${label} nhiều nhất là 30`);
const awardCode = builtOnFirstUse(() =>
  z.string({ error: 'Thiếu mã danh hiệu, hình thức' }).min(1, 'Thiếu mã danh hiệu, hình thức').max(40),
);
const mark = builtOnFirstUse(() =>
  z.union([
    z.object({ award: awardCode }).strict(),
    z.object({ rating: z.enum(TASK_RATINGS, { error: 'Mức xếp loại không hợp lệ' }) }).strict(),
  ]),
);
const upTo = builtOnFirstUse(() => z.enum(['year-before', 'round-year'], { error: 'Năm cuối của khoảng xét không hợp lệ' }).optional());

/** An eligibility condition as the engine reads it; the same shapes the catalogue seeds. */
export const conditionSchema: z.ZodType<EligibilityCondition> = z.lazy(() =>
  z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('consecutive'), mark, years: count('Số năm'), upTo }).strict(),
      z
        .object({
          kind: z.literal('after-award'),
          award: awardCode,
          years: count('Số năm'),
          each: mark,
          within: z
            .array(z.object({ mark, count: count('Số lần') }).strict())
            .max(5)
            .optional(),
        })
        .strict(),
      z
        .object({
          kind: z.literal('initiatives'),
          count: count('Số sáng kiến'),
          windowYears: count('Số năm'),
          scope: z.enum(INITIATIVE_SCOPES, { error: 'Phạm vi sáng kiến không hợp lệ' }),
          upTo,
        })
        .strict(),
      z.object({ kind: z.literal('not-disciplined'), windowYears: count('Số năm') }).strict(),
      z.object({ kind: z.literal('all-of'), conditions: z.array(conditionSchema).min(1).max(10) }).strict(),
      z.object({ kind: z.literal('any-of'), conditions: z.array(conditionSchema).min(1).max(10) }).strict(),
      z.object({ kind: z.literal('manual'), text: z.string().min(1, 'Thiếu nội dung tiêu chuẩn').max(1000) }).strict(),
    ],
    { error: 'Loại điều kiện không hợp lệ' },
  ),
);

export const awardsContract = {
  /** Every title and form with its code, level, authority, nominee and commendation kinds, documents, vote rules and eligibility rules. */
  'awards.catalogue': channel<Award[]>()(() => emptyInput),
  /** A vote rule of one legal period: vote required or not, threshold, base, secret ballot. Once edited it is the province's value, no longer a default. */
  'awards.updateVoteRule': channel<VoteRule>()(() =>
    z
      .object({
        id: idSchema,
        version: versionSchema,
        required: z.boolean({ error: 'Thiếu lựa chọn có bỏ phiếu hay không' }),
        thresholdPercent: z.number({ error: 'Tỷ lệ phải là số' }).gt(0, 'Tỷ lệ phải lớn hơn 0').max(100, 'Tỷ lệ không quá 100%').nullable(),
        base: z.enum(['all-members', 'present-members'], { error: 'Cách tính tỷ lệ không hợp lệ' }),
        secretBallot: z.boolean({ error: 'Thiếu lựa chọn bỏ phiếu kín' }),
      })
      .strict(),
  ),
  /** The condition of an eligibility rule of one legal period (counts, years, the kinds of award left out). */
  'awards.updateRule': channel<AwardRule>()(() =>
    z
      .object({
        id: idSchema,
        version: versionSchema,
        condition: conditionSchema,
        excludeAwardKinds: z.array(z.enum(COMMENDATION_KINDS, { error: 'Loại hình khen thưởng không hợp lệ' })).max(6),
        note: multilineText('Ghi chú', 1000),
      })
      .strict(),
  ),
};
