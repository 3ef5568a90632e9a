import { z } from 'zod';

import type { AgencyPage, AgencySummary, CriteriaResults, CriterionOwners, ReminderLetter } from '../domain/agencies';
import { idSchema, isoDate, multilineText, optionalText, optionalVersion, yearSchema } from './common';
import { channel } from './define';

const movementYear = { movementId: idSchema, year: yearSchema };

export const agenciesContract = {
  /** The responsible agencies of every criterion of a set. */
  'agencies.owners': channel<CriterionOwners[]>()(() => z.object({ setId: idSchema }).strict()),
  /** Replaces a criterion's agencies (one or more; none clears them); the default flag goes. */
  'agencies.setOwners': channel<CriterionOwners>()(() =>
    z
      .object({
        criterionId: idSchema,
        agencyIds: z
          .array(idSchema, { error: 'Danh sách cơ quan phụ trách phải là một mảng' })
          .max(10, 'Một tiêu chí có tối đa 10 cơ quan phụ trách')
          .refine((list) => new Set(list).size === list.length, 'Danh sách cơ quan phụ trách có cơ quan bị lặp'),
      })
      .strict(),
  ),
  /** Agencies answering for at least one criterion, with their letters. */
  'agencies.list': channel<AgencySummary[]>()(() => z.object({}).strict().default({})),
  /** Results criterion by criterion over the movement's communes in a year (default: the latest year with records). */
  'agencies.results': channel<CriteriaResults>()(() => z.object({ movementId: idSchema, year: yearSchema.optional() }).strict()),
  /** The same as a workbook with every commune short; with agencyId, only the criteria that agency answers for. */
  'agencies.resultsXlsx': channel<{ fileName: string; base64: string }>()(() =>
    z.object({ ...movementYear, agencyId: idSchema.optional() }).strict(),
  ),
  /** One agency: its criteria, their results and trend over the movement's years, its letters and replies. */
  'agencies.page': channel<AgencyPage>()(() =>
    z.object({ agencyId: idSchema, movementId: idSchema, year: yearSchema.optional() }).strict(),
  ),
  /** Records the agency's reply to a reminder letter as received (date, number, note); files go through attachments. */
  'agencies.recordReply': channel<ReminderLetter>()(() =>
    z
      .object({
        documentId: idSchema,
        receivedDate: isoDate('Ngày nhận văn bản trả lời'),
        number: optionalText('Số văn bản trả lời', 60),
        note: multilineText('Ghi chú', 1000),
        version: optionalVersion,
      })
      .strict(),
  ),
};
