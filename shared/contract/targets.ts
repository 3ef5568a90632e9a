import { z } from 'zod';

import { RECOGNITION_LEVELS } from '../domain/criteria';
import type { Target, TargetEvaluation, TargetTrend } from '../domain/targets';
import { TARGET_DIRECTIONS } from '../domain/targets';
import { builtOnFirstUse, idSchema, multilineText, requiredText, versionSchema, yearSchema } from './common';
import { channel } from './define';

const levelSchema = builtOnFirstUse(() => z.enum(RECOGNITION_LEVELS, { error: 'Mức công nhận không hợp lệ' }));

const unitFilterSchema = builtOnFirstUse(() =>
  z
    .object({
      kind: z.enum(['commune', 'village', 'district'], { error: 'Chỉ tiêu chỉ tính trên xã, thôn hoặc huyện' }),
      adminTypes: z.array(requiredText('Loại hình hành chính', 60)).max(20).default([]),
      ethnicMinorityArea: z.boolean().nullable().default(null),
    })
    .strict(),
);

const goalNumber = builtOnFirstUse(() =>
  z.number({ error: 'Mức chỉ tiêu phải là số' }).min(0, 'Mức chỉ tiêu không được âm').max(1_000_000),
);

/** What a target counts; stored as JSON and checked with this schema on every edit. */
export const targetDefinitionSchema = builtOnFirstUse(() =>
  z.discriminatedUnion(
    'metric',
    [
      z
        .object({
          metric: z.literal('level-count'),
          units: unitFilterSchema,
          level: levelSchema,
          parts: z
            .array(z.object({ label: requiredText('Tên chỉ tiêu thành phần', 300), level: levelSchema, goal: goalNumber }).strict())
            .max(10)
            .default([]),
        })
        .strict(),
      z.object({ metric: z.literal('level-share'), units: unitFilterSchema, level: levelSchema }).strict(),
      z.object({ metric: z.literal('min-criteria'), units: unitFilterSchema }).strict(),
      z
        .object({
          metric: z.literal('criteria-gain'),
          units: unitFilterSchema,
          minGain: z
            .number({ error: 'Số tiêu chí tăng tối thiểu phải là số' })
            .int()
            .min(1, 'Số tiêu chí tăng tối thiểu ít nhất là 1')
            .max(19),
        })
        .strict(),
      z.object({ metric: z.literal('income-ratio') }).strict(),
    ],
    { error: 'Cách tính chỉ tiêu không hợp lệ' },
  ),
);

export const targetFieldsSchema = z.object({
  code: requiredText('Mã chỉ tiêu', 20),
  ordinal: z.number({ error: 'Thứ tự phải là số' }).int().min(0).max(999),
  label: requiredText('Nội dung chỉ tiêu', 500),
  definition: targetDefinitionSchema,
  goal: goalNumber.nullable(),
  direction: z.enum(TARGET_DIRECTIONS, { error: 'Chiều so sánh phải là "ít nhất" hoặc "không quá"' }),
  baseYear: yearSchema,
  note: multilineText('Ghi chú'),
});

export type TargetFields = z.output<typeof targetFieldsSchema>;

const movementYear = builtOnFirstUse(() => z.object({ movementId: idSchema, year: yearSchema }).strict());

export const targetsContract = {
  'targets.list': channel<Target[]>()(() => z.object({ movementId: idSchema }).strict()),
  'targets.create': channel<Target>()(() => targetFieldsSchema.extend({ movementId: idSchema }).strict()),
  'targets.update': channel<Target>()(() => targetFieldsSchema.extend({ id: idSchema, version: versionSchema }).strict()),
  'targets.evaluate': channel<TargetEvaluation[]>()(() => movementYear),
  'targets.trend': channel<TargetTrend[]>()(() =>
    z
      .object({ movementId: idSchema, fromYear: yearSchema.optional(), toYear: yearSchema.optional() })
      .strict()
      .refine((v) => v.fromYear === undefined || v.toYear === undefined || v.fromYear <= v.toYear, {
        message: 'Năm bắt đầu phải trước năm kết thúc',
        path: ['toYear'],
      }),
  ),
};
