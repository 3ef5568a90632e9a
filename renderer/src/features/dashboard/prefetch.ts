import { todayIso } from '@shared/format/date';

import { prefetch } from '../../api/prefetch';
import { overdueCardInput } from '../recommendations/overdue-input';
import { defaultMovement } from './figures';

/**
 * The dashboard's reads for the address it opens on, asked for while its code loads: the movements,
 * then the chosen movement's targets, trend and summary together; the overdue recommendations. The page makes the same
 * calls (same inputs, chosen by the same rules as useDashboardParams) and takes these answers.
 */
export async function prefetchDashboard(search: URLSearchParams): Promise<void> {
  // The overdue recommendations card (OverdueRecommendationsCard), shown once the figures are in.
  void prefetch('recommendations.list', overdueCardInput(todayIso()));
  const movements = await prefetch('movements.list', {});
  const wanted = Number(search.get('movement'));
  const movement = movements.find((m) => m.id === wanted) ?? defaultMovement(movements);
  if (!movement) return;
  const movementId = movement.id;
  const asked = prefetch('targets.list', { movementId });
  // Each target card draws its trend: the charts' chunk (TargetCard loads it lazily) loads while the
  // trend and summary are computed, not after the cards are shown.
  void asked.then((list) => (list.length > 0 ? import('./TrendChart') : undefined)).catch(() => undefined);
  void prefetch('targets.trend', { movementId });
  // As useDashboardParams: a year in the address inside the period, else the server's default year.
  const wantedYear = Number(search.get('year'));
  const inPeriod = Number.isInteger(wantedYear) && wantedYear >= movement.startYear && wantedYear <= movement.endYear;
  void prefetch('dashboard.summary', inPeriod ? { movementId, year: wantedYear } : { movementId });
}
