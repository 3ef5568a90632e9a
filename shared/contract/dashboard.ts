import { z } from 'zod';

import type { DashboardSummary } from '../domain/targets';
import { idSchema, optionalIsoDate, yearSchema } from './common';
import { channel } from './define';

export const dashboardContract = {
  'dashboard.summary': channel<DashboardSummary>()(() =>
    z.object({ movementId: idSchema, year: yearSchema, asOf: optionalIsoDate('Ngày tính quá hạn') }).strict(),
  ),
};
