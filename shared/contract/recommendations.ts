import { z } from 'zod';

import type { Recommendation } from '../domain/inspections';
import { RECOMMENDATION_FILTER_STATUSES, RECOMMENDATION_STATUSES } from '../domain/inspections';
import { idSchema, isoDate, optionalIsoDate, requiredText, versionSchema } from './common';
import { channel } from './define';

/** The filters of the recommendations list, shared by the list and its workbook. */
const recommendationListSchema = z
  .object({
    unitId: idSchema.optional(),
    inspectionId: idSchema.optional(),
    status: z.enum(RECOMMENDATION_FILTER_STATUSES, { error: 'Trạng thái kiến nghị không hợp lệ' }).optional(),
    overdueOn: optionalIsoDate('Ngày xét quá hạn'),
  })
  .strict()
  .default({ overdueOn: null });

export const recommendationsContract = {
  'recommendations.create': channel<Recommendation>()(
    z
      .object({
        visitId: idSchema,
        text: requiredText('Nội dung kiến nghị', 2000),
        responsibleUnitId: idSchema,
        deadline: isoDate('Hạn thực hiện'),
      })
      .strict(),
  ),
  /** Edits, moves the status, adds a dated follow-up note; closing one carried to a later visit names that visit. */
  'recommendations.update': channel<Recommendation>()(
    z
      .object({
        id: idSchema,
        version: versionSchema,
        text: requiredText('Nội dung kiến nghị', 2000).optional(),
        responsibleUnitId: idSchema.optional(),
        deadline: isoDate('Hạn thực hiện').optional(),
        status: z.enum(RECOMMENDATION_STATUSES, { error: 'Trạng thái kiến nghị không hợp lệ' }).optional(),
        followUp: z
          .object({ date: isoDate('Ngày theo dõi'), text: requiredText('Nội dung theo dõi', 2000) })
          .strict()
          .optional(),
        closedInVisitId: idSchema.nullable().optional(),
      })
      .strict(),
  ),
  'recommendations.list': channel<Recommendation[]>()(recommendationListSchema),
  /** The same list as a workbook (XLSX, base64), for the same filters. */
  'recommendations.exportXlsx': channel<{ fileName: string; base64: string }>()(recommendationListSchema),
};
