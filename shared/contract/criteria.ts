import { z } from 'zod';

import type {
  CriteriaGrid,
  CriteriaImportPreview,
  CriteriaSet,
  Criterion,
  EthnicFlagImport,
  EthnicFlagList,
  Income,
  Recognition,
  RecognitionGrid,
  RecognitionWarning,
  UnitYearCriteria,
} from '../domain/criteria';
import { RECOGNITION_LEVELS } from '../domain/criteria';
import type { UnitRef } from '../domain/unit-history';
import { idSchema, multilineText, optionalText, requiredText, versionSchema } from './common';
import { channel } from './define';
import { optionalIsoDate, optionalVersion, yearSchema } from './movement-common';

const criterionNumber = z
  .number({ error: 'Số thứ tự tiêu chí phải là số' })
  .int('Số thứ tự tiêu chí phải là số nguyên')
  .min(1, 'Số thứ tự tiêu chí bắt đầu từ 1')
  .max(99, 'Số thứ tự tiêu chí tối đa là 99');

const criteriaMetSchema = z
  .array(criterionNumber, { error: 'Danh sách tiêu chí đạt phải là một mảng số' })
  .max(99)
  .refine((list) => new Set(list).size === list.length, 'Danh sách tiêu chí đạt có số bị lặp');

const notesSchema = z
  .array(z.object({ number: criterionNumber, note: multilineText('Ghi chú tiêu chí', 1000) }).strict())
  .max(99)
  .default([]);

export const unitYearSchema = z
  .object({ unitId: idSchema, year: yearSchema, criteriaMet: criteriaMetSchema, notes: notesSchema, version: optionalVersion })
  .strict();

export type UnitYearInput = z.output<typeof unitYearSchema>;

const levelSchema = z.enum(RECOGNITION_LEVELS, { error: 'Mức công nhận không hợp lệ' });

/** Recognitions and incomes are one record per unit and year, edited at the version read. */
const unitYearKey = { unitId: idSchema, year: yearSchema };
const unitYearTail = { note: multilineText('Ghi chú'), version: optionalVersion };

const decisionSchema = z
  .object({
    number: optionalText('Số quyết định', 60),
    date: optionalIsoDate('Ngày quyết định'),
    signerAuthority: optionalText('Thẩm quyền ký', 200),
  })
  .strict();

export const recognitionSetSchema = z
  .object({
    ...unitYearKey,
    level: levelSchema,
    decision: decisionSchema.optional(),
    ...unitYearTail,
  })
  .strict();

export type RecognitionInput = z.output<typeof recognitionSetSchema>;

/** Edits a recorded decision (its year too) at the version read. */
export const recognitionUpdateSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    year: yearSchema,
    level: levelSchema,
    decision: decisionSchema.optional(),
    note: multilineText('Ghi chú'),
  })
  .strict();

export type RecognitionUpdate = z.output<typeof recognitionUpdateSchema>;

/**
 * One commune of the bulk grid: the level to record for the year, or null to remove the year's
 * decision; `version` is the decision's version as read (absent when the year had none).
 */
const recognitionGridRowSchema = z
  .object({
    unitId: idSchema,
    level: levelSchema.nullable(),
    decision: decisionSchema.optional(),
    note: multilineText('Ghi chú').optional(),
    version: optionalVersion,
  })
  .strict();

export type RecognitionGridRowInput = z.output<typeof recognitionGridRowSchema>;

const ethnicFlagChangeSchema = z
  .object({
    unitId: idSchema,
    ethnicMinorityArea: z.boolean({ error: 'Vùng đồng bào DTTS phải là có hoặc không' }),
    version: versionSchema,
  })
  .strict();

export type EthnicFlagChange = z.output<typeof ethnicFlagChangeSchema>;

export const incomeSetSchema = z
  .object({
    ...unitYearKey,
    amount: z
      .number({ error: 'Thu nhập phải là số (triệu đồng/người/năm)' })
      .positive('Thu nhập phải lớn hơn 0')
      .max(100_000, 'Thu nhập quá lớn: nhập theo đơn vị triệu đồng/người/năm'),
    ...unitYearTail,
  })
  .strict();

export type IncomeInput = z.output<typeof incomeSetSchema>;

export const criteriaSetUpdateSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    name: requiredText('Tên bộ tiêu chí', 300),
    adminTypes: z.array(requiredText('Loại hình hành chính', 60)).max(20).default([]),
    legalBasis: z
      .object({
        number: optionalText('Số văn bản', 60),
        date: optionalIsoDate('Ngày văn bản'),
        issuer: optionalText('Cơ quan ban hành', 200),
        title: optionalText('Trích yếu', 500),
      })
      .strict(),
    validFrom: optionalIsoDate('Ngày bắt đầu áp dụng'),
    validTo: optionalIsoDate('Ngày hết hiệu lực'),
  })
  .strict()
  .refine((v) => !v.validFrom || !v.validTo || v.validFrom <= v.validTo, {
    message: 'Ngày hết hiệu lực phải sau ngày bắt đầu áp dụng',
    path: ['validTo'],
  });

export type CriteriaSetUpdate = z.output<typeof criteriaSetUpdateSchema>;

const criterionFields = {
  name: requiredText('Tên tiêu chí', 300),
  groupName: optionalText('Nhóm tiêu chí', 200),
};

const base64Schema = z
  .string({ error: 'Thiếu nội dung tệp Excel' })
  .min(1, 'Tệp Excel rỗng')
  .max(30_000_000, 'Tệp Excel quá lớn (tối đa khoảng 20 MB)')
  .regex(/^[A-Za-z0-9+/=\s]+$/, 'Nội dung tệp không đúng dạng base64');

const districtYear = { districtId: idSchema, year: yearSchema };

export const criteriaContract = {
  'criteria.sets': channel<CriteriaSet[]>()(z.object({}).strict().default({})),
  'criteria.updateSet': channel<CriteriaSet>()(criteriaSetUpdateSchema),
  'criteria.addCriterion': channel<Criterion>()(
    z.object({ setId: idSchema, number: criterionNumber.optional(), ...criterionFields }).strict(),
  ),
  'criteria.updateCriterion': channel<Criterion>()(
    z
      .object({ id: idSchema, version: versionSchema, number: criterionNumber, archived: z.boolean().default(false), ...criterionFields })
      .strict(),
  ),
  'criteria.getUnitYear': channel<UnitYearCriteria | null>()(z.object({ unitId: idSchema, year: yearSchema }).strict()),
  'criteria.setUnitYear': channel<UnitYearCriteria>()(unitYearSchema),
  'criteria.forDistrictYear': channel<CriteriaGrid>()(z.object(districtYear).strict()),
  'criteria.setDistrictYear': channel<CriteriaGrid>()(
    z
      .object({
        ...districtYear,
        rows: z
          .array(z.object({ unitId: idSchema, criteriaMet: criteriaMetSchema, notes: notesSchema, version: optionalVersion }).strict())
          .min(1, 'Không có dòng nào để lưu')
          .max(500),
      })
      .strict(),
  ),
  'criteria.template': channel<{ fileName: string; base64: string }>()(z.object(districtYear).strict()),
  'criteria.importPreview': channel<CriteriaImportPreview>()(z.object({ ...districtYear, base64: base64Schema }).strict()),
  'criteria.importCommit': channel<CriteriaImportPreview>()(z.object({ ...districtYear, base64: base64Schema }).strict()),
  'recognitions.set': channel<Recognition>()(recognitionSetSchema),
  'recognitions.update': channel<Recognition>()(recognitionUpdateSchema),
  'recognitions.remove': channel<{ id: number }>()(z.object({ id: idSchema, version: versionSchema }).strict()),
  'recognitions.warnings': channel<RecognitionWarning[]>()(z.object({ ...unitYearKey, level: levelSchema }).strict()),
  'recognitions.forDistrictYear': channel<RecognitionGrid>()(z.object(districtYear).strict()),
  'recognitions.setDistrictYear': channel<RecognitionGrid>()(
    z
      .object({
        ...districtYear,
        rows: z.array(recognitionGridRowSchema).min(1, 'Không có thay đổi nào để lưu').max(500),
      })
      .strict(),
  ),
  'recognitions.forUnit': channel<Recognition[]>()(z.object({ unitId: idSchema }).strict()),
  'recognitions.list': channel<(Recognition & { current: UnitRef[] })[]>()(
    z.object({ year: yearSchema, rollUpAsOf: optionalIsoDate('Ngày quy đổi') }).strict(),
  ),
  'baseline.ethnicFlags': channel<EthnicFlagList>()(z.object({ districtId: idSchema }).strict()),
  'baseline.setEthnicFlags': channel<EthnicFlagList>()(
    z
      .object({
        districtId: idSchema,
        changes: z.array(ethnicFlagChangeSchema).min(1, 'Không có thay đổi nào để lưu').max(2000),
      })
      .strict(),
  ),
  // Reads a list of a district's communes and villages from XLSX; writes nothing (the screen ticks them, Lưu saves).
  'baseline.readEthnicList': channel<EthnicFlagImport>()(z.object({ districtId: idSchema, base64: base64Schema }).strict()),
  'income.set': channel<Income>()(incomeSetSchema),
  'income.list': channel<Income[]>()(z.object({ unitId: idSchema }).strict()),
};
