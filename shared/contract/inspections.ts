import { z } from 'zod';

import type {
  ChecklistTemplate,
  Inspection,
  InspectionDetail,
  InspectionListItem,
  InspectionTeam,
  VisitDetail,
  VisitWithWarnings,
} from '../domain/inspections';
import { ITEM_RESULTS, TEAM_ROLES, VISIT_STATUSES } from '../domain/inspections';
import {
  builtOnFirstUse,
  idSchema,
  isoDate,
  multilineText,
  optionalIsoDate,
  optionalText,
  requiredText,
  versionSchema,
  yearSchema,
} from './common';
import { channel } from './define';

const movementIds = builtOnFirstUse(() =>
  z.array(idSchema, { error: 'Danh sách phong trào không hợp lệ' }).max(50, 'Nhiều nhất 50 phong trào').default([]),
);

const roundFields = {
  year: yearSchema,
  title: requiredText('Tên đợt kiểm tra', 500),
  periodFrom: isoDate('Từ ngày'),
  periodTo: isoDate('Đến ngày'),
  movementIds,
  purpose: multilineText('Mục đích, yêu cầu'),
  scope: multilineText('Nội dung, phạm vi kiểm tra'),
  legalBasis: multilineText('Căn cứ'),
  teamDecisionNumber: optionalText('Số quyết định thành lập đoàn', 60),
  teamDecisionDate: optionalIsoDate('Ngày quyết định thành lập đoàn'),
  commonStrengths: multilineText('Ưu điểm chung'),
  commonShortcomings: multilineText('Hạn chế, tồn tại chung'),
  proposals: multilineText('Đề xuất, kiến nghị với Hội đồng'),
};

export type InspectionFields = z.output<z.ZodObject<typeof roundFields>>;

const member = builtOnFirstUse(() =>
  z
    .object({
      personId: idSchema,
      role: z.enum(TEAM_ROLES, { error: 'Vai trò trong đoàn phải là trưởng đoàn, phó trưởng đoàn, thành viên hoặc thư ký' }),
    })
    .strict(),
);

const visitFields = {
  date: isoDate('Ngày kiểm tra'),
  teamId: idSchema.nullable().default(null),
  place: optionalText('Địa điểm', 300),
};

const resultItem = builtOnFirstUse(() =>
  z
    .object({
      itemId: idSchema,
      result: z.enum(ITEM_RESULTS, { error: 'Kết quả phải là đạt, chưa đạt hoặc không áp dụng' }),
      points: z.number({ error: 'Điểm phải là số' }).min(0, 'Điểm không được âm').max(1000, 'Điểm quá lớn').nullable().optional(),
      note: multilineText('Ghi chú, minh chứng', 2000),
    })
    .strict(),
);

export type ResultItemInput = z.output<typeof resultItem>;

export const inspectionsContract = {
  'inspections.list': channel<InspectionListItem[]>()(() => z.object({ year: yearSchema.optional() }).strict().default({})),
  /** The round with its teams, visits (each with the open recommendations carried from earlier rounds) and schedule warnings. */
  'inspections.get': channel<InspectionDetail>()(() => z.object({ id: idSchema }).strict()),
  'inspections.create': channel<Inspection>()(() => z.object(roundFields).strict()),
  'inspections.update': channel<Inspection>()(() => z.object({ ...roundFields, id: idSchema, version: versionSchema }).strict()),
  /** Creates a team (no id) or replaces a team's name and members (id and version). */
  'inspections.saveTeam': channel<InspectionTeam>()(() =>
    z
      .object({
        inspectionId: idSchema,
        id: idSchema.optional(),
        version: versionSchema.optional(),
        name: requiredText('Tên đoàn', 200),
        members: z.array(member, { error: 'Danh sách thành viên không hợp lệ' }).max(30, 'Một đoàn có nhiều nhất 30 thành viên'),
      })
      .strict(),
  ),
  'inspections.addVisit': channel<VisitWithWarnings>()(() =>
    z.object({ inspectionId: idSchema, unitId: idSchema, ...visitFields }).strict(),
  ),
  'inspections.updateVisit': channel<VisitWithWarnings>()(() =>
    z
      .object({
        id: idSchema,
        version: versionSchema,
        ...visitFields,
        selfAssessmentDate: optionalIsoDate('Ngày nhận báo cáo tự kiểm tra'),
        unitRepresentatives: z
          .array(
            z.object({ fullName: requiredText('Họ và tên người dự của đơn vị', 200), position: optionalText('Chức vụ', 200) }).strict(),
            { error: 'Danh sách người dự của đơn vị không hợp lệ' },
          )
          .max(30, 'Nhiều nhất 30 người dự của đơn vị')
          .default([]),
      })
      .strict(),
  ),
  /** One visit as the minutes need it: team, checklist, results, score and band, findings, recommendations, history. */
  'inspections.visit': channel<VisitDetail>()(() => z.object({ id: idSchema }).strict()),
  /** A checklist template (the newest default when no id is given). */
  'inspections.template': channel<ChecklistTemplate>()(() => z.object({ id: idSchema.optional() }).strict().default({})),
  /**
   * Changes a template's title, points and required flags and its score bands. A template already used
   * by a visit is locked: the change makes a new revision (returned), used by rounds created afterwards.
   */
  'inspections.updateTemplate': channel<ChecklistTemplate>()(() =>
    z
      .object({
        id: idSchema,
        version: versionSchema,
        title: requiredText('Tên mẫu nội dung kiểm tra', 500),
        items: z
          .array(
            z
              .object({
                itemId: idSchema,
                required: z.boolean({ error: 'Bắt buộc phải là có hoặc không' }),
                maxPoints: z
                  .number({ error: 'Điểm tối đa phải là số' })
                  .min(0, 'Điểm tối đa không được âm')
                  .max(1000, 'Điểm tối đa quá lớn')
                  .nullable(),
              })
              .strict(),
          )
          .max(500)
          .default([]),
        bands: z
          .array(
            z
              .object({
                label: requiredText('Tên mức xếp loại', 100),
                minPoints: z
                  .number({ error: 'Điểm tối thiểu phải là số' })
                  .min(0, 'Điểm tối thiểu không được âm')
                  .max(1000, 'Điểm tối thiểu quá lớn'),
              })
              .strict(),
          )
          .max(20, 'Nhiều nhất 20 mức xếp loại'),
      })
      .strict(),
  ),
  'inspections.setResults': channel<VisitDetail>()(() =>
    z
      .object({
        visitId: idSchema,
        items: z.array(resultItem, { error: 'Danh sách kết quả không hợp lệ' }).min(1, 'Chưa có kết quả nào').max(200),
      })
      .strict(),
  ),
  'inspections.setFindings': channel<VisitDetail>()(() =>
    z
      .object({
        visitId: idSchema,
        version: versionSchema,
        strengths: multilineText('Ưu điểm'),
        shortcomings: multilineText('Hạn chế, tồn tại'),
        causes: multilineText('Nguyên nhân'),
      })
      .strict(),
  ),
  /** The round's schedule or its results as a workbook (XLSX, base64). */
  'inspections.exportXlsx': channel<{ fileName: string; base64: string }>()(() =>
    z
      .object({
        inspectionId: idSchema,
        list: z.enum(['schedule', 'results'], { error: 'Danh sách xuất phải là lịch kiểm tra (schedule) hoặc kết quả (results)' }),
      })
      .strict(),
  ),
  'inspections.transition': channel<VisitDetail>()(() =>
    z
      .object({
        visitId: idSchema,
        to: z.enum(VISIT_STATUSES, { error: 'Trạng thái chuyển đến không hợp lệ' }),
        reason: multilineText('Lý do', 1000),
        version: versionSchema,
      })
      .strict(),
  ),
};
