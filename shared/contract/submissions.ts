import { z } from 'zod';

import type { BulkReceiveResult, OverdueItem, Submission } from '../domain/movements';
import { normalizeText } from '../text/fold';
import { builtOnFirstUse, expectedVersion, idSchema, isoDate, multilineText, optionalIsoDate, optionalText } from './common';
import { channel } from './define';

export const submissionSetSchema = builtOnFirstUse(() =>
  z
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
      version: expectedVersion,
    })
    .strict()
    .refine((v) => !(v.notRequired && v.receivedDate), {
      message: 'Đơn vị không yêu cầu nộp thì không có ngày nhận',
      path: ['receivedDate'],
    }),
);

export type SubmissionInput = z.output<typeof submissionSetSchema>;

export const submissionsReceiveBulkSchema = builtOnFirstUse(() =>
  z
    .object({
      milestoneId: idSchema,
      unitIds: z.union([z.literal('all'), z.array(idSchema).min(1, 'Chưa chọn đơn vị nào').max(5000, 'Quá nhiều đơn vị')], {
        error: 'Chọn các đơn vị hoặc tất cả',
      }),
      receivedDate: isoDate('Ngày nhận'),
    })
    .strict(),
);

export type SubmissionsReceiveBulkInput = z.output<typeof submissionsReceiveBulkSchema>;

export const submissionsContract = {
  'submissions.list': channel<Submission[]>()(() => z.object({ milestoneId: idSchema }).strict()),
  'submissions.set': channel<Submission>()(() => submissionSetSchema),
  'submissions.receiveBulk': channel<BulkReceiveResult>()(() => submissionsReceiveBulkSchema),
  'submissions.overdue': channel<OverdueItem[]>()(() =>
    z.object({ movementId: idSchema, asOf: optionalIsoDate('Ngày tính quá hạn') }).strict(),
  ),
};
