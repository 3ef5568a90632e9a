import { z } from 'zod';

import type { Recognition, RecognitionGrid, RecognitionGridSave, RecognitionWarning } from '../domain/criteria';
import { RECOGNITION_LEVELS } from '../domain/criteria';
import { ROLL_UP_KINDS, type RollUpPage } from '../domain/roll-up';
import {
  builtOnFirstUse,
  expectedVersion,
  GRID_ROWS_MAX,
  gridTooLong,
  idSchema,
  multilineText,
  optionalIsoDate,
  optionalText,
  versionSchema,
  yearSchema,
} from './common';
import { channel } from './define';
import { listQuerySchema, pageFields } from './paging';

const levelSchema = builtOnFirstUse(() => z.enum(RECOGNITION_LEVELS, { error: 'Mức công nhận không hợp lệ' }));

/** Recognitions and incomes are one record per unit and year, edited at the version read. */
export const unitYearKey = { unitId: idSchema, year: yearSchema };
export const unitYearTail = { note: multilineText('Ghi chú'), version: expectedVersion };

const decisionSchema = builtOnFirstUse(() =>
  z
    .object({
      number: optionalText('Số quyết định', 60),
      date: optionalIsoDate('Ngày quyết định'),
      signerAuthority: optionalText('Thẩm quyền ký', 200),
    })
    .strict(),
);

export const recognitionSetSchema = builtOnFirstUse(() =>
  z
    .object({
      ...unitYearKey,
      level: levelSchema,
      decision: decisionSchema.optional(),
      ...unitYearTail,
    })
    .strict(),
);

export type RecognitionInput = z.output<typeof recognitionSetSchema>;

/** Edits a recorded decision (its year too) at the version read. */
export const recognitionUpdateSchema = builtOnFirstUse(() =>
  z
    .object({
      id: idSchema,
      version: versionSchema,
      year: yearSchema,
      level: levelSchema,
      decision: decisionSchema.optional(),
      note: multilineText('Ghi chú'),
    })
    .strict(),
);

export type RecognitionUpdate = z.output<typeof recognitionUpdateSchema>;

/**
 * One commune of the bulk grid: the level to record for the year, or null to remove the year's
 * decision; `version` is the decision's version as read (absent when the year had none).
 */
const recognitionGridRowSchema = builtOnFirstUse(() =>
  z
    .object({
      unitId: idSchema,
      level: levelSchema.nullable(),
      decision: decisionSchema.optional(),
      note: multilineText('Ghi chú').optional(),
      version: expectedVersion,
    })
    .strict(),
);

export type RecognitionGridRowInput = z.output<typeof recognitionGridRowSchema>;

const districtYear = { districtId: idSchema, year: yearSchema };

const recognitionFilterFields = {
  year: yearSchema,
  rollUpAsOf: optionalIsoDate('Ngày quy đổi'),
  /** Decisions of communes, villages or districts: a level of the kind's ladder, or "chưa đạt" recorded for a unit of that kind. */
  kind: z.enum(ROLL_UP_KINDS, { error: 'Cấp đơn vị không hợp lệ' }).optional(),
  /** Words of the unit's or district's name as recorded, without case or diacritics. */
  query: listQuerySchema,
};

/** A year's decisions as filtered: the roll-up screen and its workbook (which exports every matching row). */
export const recognitionListSchema = builtOnFirstUse(() => z.object(recognitionFilterFields).strict());
export type RecognitionListInput = z.output<typeof recognitionListSchema>;

/** One page of the decisions (by district then unit as recorded) and one page of their groups by today's unit. */
export const recognitionPageSchema = builtOnFirstUse(() =>
  z
    .object({
      ...recognitionFilterFields,
      ...pageFields,
      groupPage: pageFields.page,
    })
    .strict(),
);
export type RecognitionPageInput = z.output<typeof recognitionPageSchema>;

export const recognitionsContract = {
  'recognitions.set': channel<Recognition>()(() => recognitionSetSchema),
  'recognitions.update': channel<Recognition>()(() => recognitionUpdateSchema),
  'recognitions.remove': channel<{ id: number }>()(() => z.object({ id: idSchema, version: versionSchema }).strict()),
  'recognitions.warnings': channel<RecognitionWarning[]>()(() => z.object({ ...unitYearKey, level: levelSchema }).strict()),
  'recognitions.forDistrictYear': channel<RecognitionGrid>()(() => z.object(districtYear).strict()),
  'recognitions.setDistrictYear': channel<RecognitionGridSave>()(() =>
    z
      .object({
        ...districtYear,
        rows: z.array(recognitionGridRowSchema).min(1, 'Không có thay đổi nào để lưu').max(GRID_ROWS_MAX, gridTooLong),
      })
      .strict(),
  ),
  'recognitions.forUnit': channel<Recognition[]>()(() => z.object({ unitId: idSchema }).strict()),
  /** A page of a year's decisions rolled up to the units of a date, with totals per today's unit; counted on the server. */
  'recognitions.list': channel<RollUpPage>()(() => recognitionPageSchema),
};
