import { z } from 'zod';

import type { DashboardSummary } from '../domain/targets';
import { idSchema, optionalIsoDate, yearSchema } from './common';
import { channel } from './define';

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
};
