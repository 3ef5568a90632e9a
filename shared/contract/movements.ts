import { z } from 'zod';

import type {
  BulkReceiveResult,
  Milestone,
  MilestoneListItem,
  MovementDetail,
  MovementListItem,
  OverdueItem,
  Submission,
} from '../domain/movements';
import { MILESTONE_KINDS, MOVEMENT_KINDS, MOVEMENT_STATUSES } from '../domain/movements';
import { normalizeText } from '../text/fold';
import { idSchema, multilineText, optionalText, requiredText, versionSchema } from './common';
import { channel } from './define';
import { isoDate, optionalIsoDate, optionalVersion, yearSchema } from './movement-common';

export const movementFieldsSchema = z
  .object({
    name: requiredText('Tên phong trào', 300),
    kind: z.enum(MOVEMENT_KINDS, { error: 'Loại phong trào phải là thường xuyên hoặc chuyên đề' }),
    startYear: yearSchema,
    endYear: yearSchema,
    document: z
      .object({
        number: optionalText('Số văn bản phát động', 60),
        date: optionalIsoDate('Ngày văn bản phát động'),
        issuer: optionalText('Cơ quan ban hành', 200),
        title: optionalText('Trích yếu văn bản', 500),
        attachmentPath: optionalText('Tệp đính kèm', 1000),
      })
      .strict(),
    description: multilineText('Mô tả', 8000),
    scopeUnitId: idSchema.nullable().default(null),
    participantIds: z.array(idSchema).max(2000, 'Quá nhiều đơn vị tham gia').default([]),
    status: z.enum(MOVEMENT_STATUSES, { error: 'Trạng thái phong trào không hợp lệ' }),
  })
  .refine((value) => value.endYear >= value.startYear, { message: 'Năm kết thúc phải từ năm bắt đầu trở đi', path: ['endYear'] });

export type MovementFields = z.output<typeof movementFieldsSchema>;

const milestoneFieldsSchema = z.object({
  ordinal: z.number({ error: 'Thứ tự phải là số' }).int().min(0).max(999).default(0),
  title: requiredText('Nội dung mốc', 500),
  kind: z.enum(MILESTONE_KINDS, { error: 'Loại mốc không hợp lệ' }),
  dueDate: isoDate('Hạn hoàn thành'),
  responsible: optionalText('Đơn vị chủ trì', 300),
  requiresSubmission: z.boolean({ error: 'Yêu cầu nộp văn bản phải là có hoặc không' }).default(false),
  completedDate: optionalIsoDate('Ngày hoàn thành'),
  note: multilineText('Ghi chú'),
});

export type MilestoneFields = z.output<typeof milestoneFieldsSchema>;

export const submissionSetSchema = z
  .object({
    milestoneId: idSchema,
    unitId: idSchema,
    dueDate: optionalIsoDate('Hạn nộp riêng của đơn vị'),
    receivedDate: optionalIsoDate('Ngày nhận'),
    documentNumber: optionalText('Số văn bản', 60),
    /** Legacy typed path: omitted, the stored one is kept (files are attachments now). */
    filePath: z
      .string({ error: 'Đường dẫn tệp phải là chuỗi ký tự' })
      .max(1000, 'Đường dẫn tệp dài quá 1000 ký tự')
      .transform(normalizeText)
      .optional(),
    notRequired: z.boolean({ error: 'Không yêu cầu nộp phải là có hoặc không' }).default(false),
    note: multilineText('Ghi chú'),
    version: optionalVersion,
  })
  .strict()
  .refine((v) => !(v.notRequired && v.receivedDate), {
    message: 'Đơn vị không yêu cầu nộp thì không có ngày nhận',
    path: ['receivedDate'],
  });

export type SubmissionInput = z.output<typeof submissionSetSchema>;

export const submissionsReceiveBulkSchema = z
  .object({
    milestoneId: idSchema,
    unitIds: z.union([z.literal('all'), z.array(idSchema).min(1, 'Chưa chọn đơn vị nào').max(5000, 'Quá nhiều đơn vị')], {
      error: 'Chọn các đơn vị hoặc tất cả',
    }),
    receivedDate: isoDate('Ngày nhận'),
  })
  .strict();

export type SubmissionsReceiveBulkInput = z.output<typeof submissionsReceiveBulkSchema>;

const movementIdInput = z.object({ movementId: idSchema }).strict();

export const movementsContract = {
  'movements.list': channel<MovementListItem[]>()(z.object({}).strict().default({})),
  'movements.get': channel<MovementDetail>()(z.object({ id: idSchema }).strict()),
  'movements.create': channel<MovementDetail>()(movementFieldsSchema),
  'movements.update': channel<MovementDetail>()(z.object({ id: idSchema, version: versionSchema, fields: movementFieldsSchema }).strict()),
  'milestones.list': channel<MilestoneListItem[]>()(movementIdInput),
  'milestones.create': channel<Milestone>()(milestoneFieldsSchema.extend({ movementId: idSchema }).strict()),
  'milestones.update': channel<Milestone>()(milestoneFieldsSchema.extend({ id: idSchema, version: versionSchema }).strict()),
  'submissions.list': channel<Submission[]>()(z.object({ milestoneId: idSchema }).strict()),
  'submissions.set': channel<Submission>()(submissionSetSchema),
  'submissions.receiveBulk': channel<BulkReceiveResult>()(submissionsReceiveBulkSchema),
  'submissions.overdue': channel<OverdueItem[]>()(z.object({ movementId: idSchema, asOf: optionalIsoDate('Ngày tính quá hạn') }).strict()),
};
