import { z } from 'zod';

import type { CriteriaGrid, CriteriaGridSave, CriteriaImportPreview, CriteriaSet, Criterion, UnitYearCriteria } from '../domain/criteria';
import {
  builtOnFirstUse,
  expectedVersion,
  GRID_ROWS_MAX,
  gridTooLong,
  idSchema,
  multilineText,
  optionalIsoDate,
  optionalText,
  requiredText,
  versionSchema,
  yearSchema,
} from './common';
import { channel } from './define';

const criterionNumber = builtOnFirstUse(() =>
  z
    .number({ error: 'Số thứ tự tiêu chí phải là số' })
    .int('Số thứ tự tiêu chí phải là số nguyên')
    .min(1, 'Số thứ tự tiêu chí bắt đầu từ 1')
    .max(99, 'Số thứ tự tiêu chí tối đa là 99'),
);

const criteriaMetSchema = builtOnFirstUse(() =>
  z
    .array(criterionNumber, { error: 'Danh sách tiêu chí đạt phải là một mảng số' })
    .max(99)
    .refine((list) => new Set(list).size === list.length, 'Danh sách tiêu chí đạt có số bị lặp'),
);

const notesSchema = builtOnFirstUse(() =>
  z
    .array(z.object({ number: criterionNumber, note: multilineText('Ghi chú tiêu chí', 1000) }).strict())
    .max(99)
    // Two notes for one criterion: one of them would be silently dropped.
    .superRefine((notes, ctx) => {
      const seen = new Set<number>();
      notes.forEach((entry, index) => {
        if (seen.has(entry.number))
          ctx.addIssue({
            code: 'custom',
            path: [index, 'number'],
            message: `Tiêu chí số ${entry.number} có hai ghi chú; hãy gộp lại thành một`,
          });
        seen.add(entry.number);
      });
    })
    .default([]),
);

export const unitYearSchema = builtOnFirstUse(() =>
  z.object({ unitId: idSchema, year: yearSchema, criteriaMet: criteriaMetSchema, notes: notesSchema, version: expectedVersion }).strict(),
);

export type UnitYearInput = z.output<typeof unitYearSchema>;

export const criteriaSetUpdateSchema = builtOnFirstUse(() =>
  z
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
    }),
);

export type CriteriaSetUpdate = z.output<typeof criteriaSetUpdateSchema>;

const criterionFields = {
  name: requiredText('Tên tiêu chí', 300),
  groupName: optionalText('Nhóm tiêu chí', 200),
};

export const base64Schema = builtOnFirstUse(() =>
  z
    .string({ error: 'Thiếu nội dung tệp Excel' })
    .min(1, 'Tệp Excel rỗng')
    .max(30_000_000, 'Tệp Excel quá lớn (tối đa khoảng 20 MB)')
    .regex(/^[A-Za-z0-9+/=\s]+$/, 'Nội dung tệp không đúng dạng base64'),
);

const districtYear = { districtId: idSchema, year: yearSchema };

/** The user's pick per sheet row ("12" -> unit id) for names the import would not take without asking. */
export const resolutionsSchema = builtOnFirstUse(() =>
  z
    .record(z.string().regex(/^\d{1,6}$/, 'Số dòng không hợp lệ'), idSchema)
    .refine((value) => Object.keys(value).length <= 5000, 'Tối đa 5.000 dòng được chọn')
    .optional(),
);

export const criteriaContract = {
  'criteria.sets': channel<CriteriaSet[]>()(() => z.object({}).strict().default({})),
  'criteria.updateSet': channel<CriteriaSet>()(() => criteriaSetUpdateSchema),
  'criteria.addCriterion': channel<Criterion>()(() =>
    z.object({ setId: idSchema, number: criterionNumber.optional(), ...criterionFields }).strict(),
  ),
  'criteria.updateCriterion': channel<Criterion>()(() =>
    z
      .object({ id: idSchema, version: versionSchema, number: criterionNumber, archived: z.boolean().default(false), ...criterionFields })
      .strict(),
  ),
  'criteria.getUnitYear': channel<UnitYearCriteria | null>()(() => z.object({ unitId: idSchema, year: yearSchema }).strict()),
  'criteria.setUnitYear': channel<UnitYearCriteria>()(() => unitYearSchema),
  'criteria.forDistrictYear': channel<CriteriaGrid>()(() => z.object(districtYear).strict()),
  'criteria.setDistrictYear': channel<CriteriaGridSave>()(() =>
    z
      .object({
        ...districtYear,
        rows: z
          .array(z.object({ unitId: idSchema, criteriaMet: criteriaMetSchema, notes: notesSchema, version: expectedVersion }).strict())
          .min(1, 'Không có dòng nào để lưu')
          .max(GRID_ROWS_MAX, gridTooLong),
      })
      .strict(),
  ),
  'criteria.template': channel<{ fileName: string; base64: string }>()(() => z.object(districtYear).strict()),
  'criteria.importPreview': channel<CriteriaImportPreview>()(() =>
    z.object({ ...districtYear, base64: base64Schema, resolutions: resolutionsSchema }).strict(),
  ),
  'criteria.importCommit': channel<CriteriaImportPreview>()(() =>
    z.object({ ...districtYear, base64: base64Schema, resolutions: resolutionsSchema }).strict(),
  ),
};
