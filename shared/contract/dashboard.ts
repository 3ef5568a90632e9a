import { z } from 'zod';

import { DASHBOARD_COMMUNE_LISTS, type DashboardOpening, type DashboardSummary, type DashboardUnitRow } from '../domain/targets';
import { idSchema, optionalIsoDate, yearSchema } from './common';
import { channel } from './define';
import { type ListPage, pageFields } from './paging';

const unitListSchema = () =>
  z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.enum(DASHBOARD_COMMUNE_LISTS), districtId: idSchema.optional() }).strict(),
      z
        .object({
          kind: z.literal('target'),
          targetId: idSchema,
          part: z.number({ error: 'Chỉ tiêu thành phần không hợp lệ' }).int('Chỉ tiêu thành phần không hợp lệ').min(0).max(50).optional(),
        })
        .strict(),
    ],
    { error: 'Danh sách đơn vị không hợp lệ' },
  );

export const dashboardContract = {
  'dashboard.summary': channel<DashboardSummary>()(() =>
    z
      .object({
        movementId: idSchema,
        /** Absent: the year the dashboard opens on (defaultYear: the latest year of the period up to today with records). */
        year: yearSchema.optional(),
        asOf: optionalIsoDate('Ngày tính quá hạn'),
      })
      .strict(),
  ),
  /**
   * The dashboard's first answers in one call (movements.list, then targets.list, targets.trend and
   * dashboard.summary of the movement it opens on): the movement and year of the address, when given.
   */
  'dashboard.open': channel<DashboardOpening>()(() => z.object({ movementId: idSchema.optional(), year: yearSchema.optional() }).strict()),
  /** A page of the units behind one figure of the summary (the same movement and year), district then name. */
  'dashboard.units': channel<ListPage<DashboardUnitRow>>()(() =>
    z.object({ movementId: idSchema, year: yearSchema, list: unitListSchema(), ...pageFields }).strict(),
  ),
};
