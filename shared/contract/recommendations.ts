import { z } from 'zod';

import type { Recommendation } from '../domain/inspections';
import { RECOMMENDATION_FILTER_STATUSES, RECOMMENDATION_STATUSES } from '../domain/inspections';
import { builtOnFirstUse, idSchema, isoDate, optionalIsoDate, requiredText, versionSchema } from './common';
import { channel } from './define';
import { directionSchema, type ListPage, listQuerySchema, pageFields } from './paging';

const recommendationFilterFields = {
  unitId: idSchema.optional(),
  inspectionId: idSchema.optional(),
  status: z.enum(RECOMMENDATION_FILTER_STATUSES, { error: 'Trạng thái kiến nghị không hợp lệ' }).optional(),
  overdueOn: optionalIsoDate('Ngày xét quá hạn'),
  /** Words of the recommendation's text or of its units' names, without case or diacritics. */
  query: listQuerySchema,
};

/** The filters of the recommendations list: its workbook exports every row they match. */
const recommendationListSchema = builtOnFirstUse(() => z.object(recommendationFilterFields).strict().default({ overdueOn: null }));
export type RecommendationListInput = z.output<typeof recommendationListSchema>;

/** Orders the list can be read in; 'deadline' (earliest first) is its own. */
export const RECOMMENDATION_SORTS = ['deadline', 'unit', 'status'] as const;
export type RecommendationSort = (typeof RECOMMENDATION_SORTS)[number];

/** One page of the list: the filters, an order and a page. */
const recommendationPageSchema = builtOnFirstUse(() =>
  z
    .object({
      ...recommendationFilterFields,
      sort: z.enum(RECOMMENDATION_SORTS, { error: 'Cách sắp xếp không hợp lệ' }).optional(),
      direction: directionSchema,
      ...pageFields,
    })
    .strict()
    .default({ overdueOn: null, page: 1, pageSize: 50 }),
);
export type RecommendationPageInput = z.output<typeof recommendationPageSchema>;

export const recommendationsContract = {
  'recommendations.create': channel<Recommendation>()(() =>
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
  'recommendations.update': channel<Recommendation>()(() =>
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
  /** One page of the recommendations, filtered, ordered and counted in SQL. */
  'recommendations.list': channel<ListPage<Recommendation>>()(() => recommendationPageSchema),
  /** The same list as a workbook (XLSX, base64), for the same filters. */
  'recommendations.exportXlsx': channel<{ fileName: string; base64: string }>()(() => recommendationListSchema),
};
