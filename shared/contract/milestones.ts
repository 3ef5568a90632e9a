import { z } from 'zod';

import type { Milestone, MilestoneListItem } from '../domain/movements';
import { MILESTONE_KINDS } from '../domain/movements';
import { idSchema, isoDate, multilineText, optionalIsoDate, optionalText, requiredText, versionSchema } from './common';
import { channel } from './define';

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

export const milestonesContract = {
  'milestones.list': channel<MilestoneListItem[]>()(() => z.object({ movementId: idSchema }).strict()),
  'milestones.create': channel<Milestone>()(() => milestoneFieldsSchema.extend({ movementId: idSchema }).strict()),
  'milestones.update': channel<Milestone>()(() => milestoneFieldsSchema.extend({ id: idSchema, version: versionSchema }).strict()),
};
