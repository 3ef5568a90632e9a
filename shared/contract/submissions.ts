import { z } from 'zod';

import type { OverdueItem, Submission } from '../domain/movements';
import { idSchema, multilineText, optionalIsoDate, optionalText, optionalVersion } from './common';
import { channel } from './define';

export const submissionSetSchema = z
  .object({
    milestoneId: idSchema,
    unitId: idSchema,
    dueDate: optionalIsoDate('Hạn nộp riêng của đơn vị'),
    receivedDate: optionalIsoDate('Ngày nhận'),
    documentNumber: optionalText('Số văn bản', 60),
    filePath: optionalText('Đường dẫn tệp', 1000),
    note: multilineText('Ghi chú'),
    version: optionalVersion,
  })
  .strict();

export type SubmissionInput = z.output<typeof submissionSetSchema>;

export const submissionsContract = {
  'submissions.list': channel<Submission[]>()(z.object({ milestoneId: idSchema }).strict()),
  'submissions.set': channel<Submission>()(submissionSetSchema),
  'submissions.overdue': channel<OverdueItem[]>()(z.object({ movementId: idSchema, asOf: optionalIsoDate('Ngày tính quá hạn') }).strict()),
};
