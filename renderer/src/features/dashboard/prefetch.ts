import type { InputOf } from '@shared/contract';
import { todayIso } from '@shared/format/date';

import { call } from '../../api/client';
import { prefetch, prefetchAnswer } from '../../api/prefetch';
import { overdueCardInput } from '../recommendations/overdue-input';

/** The movement and year of the address as dashboard.open takes them (a year it refuses only means the page asks part by part). */
function openInput(search: URLSearchParams): InputOf<'dashboard.open'> {
  const movementId = Number(search.get('movement'));
  const year = Number(search.get('year'));
  return {
    ...(Number.isInteger(movementId) && movementId > 0 ? { movementId } : {}),
    ...(Number.isInteger(year) && year > 0 ? { year } : {}),
  };
}

/**
 * The dashboard's reads for the address it opens on, asked for while its code loads: one call answers
 * the movements and the chosen movement's targets, trend and summary (chosen by the same rules as
 * useDashboardParams), kept as the answers of the calls the page makes (same channels and inputs).
 * Asked one after the other, the second half would wait for the page's code to take the movements in.
 * The overdue recommendations are asked beside it.
 */
export function prefetchDashboard(search: URLSearchParams): void {
  // The overdue recommendations card (OverdueRecommendationsCard), shown once the figures are in.
  void prefetch('recommendations.list', overdueCardInput(todayIso()));
  const movements = call('dashboard.open', openInput(search)).then(
    (opened) => {
      const { movementId } = opened;
      if (movementId !== null && opened.summary !== null) {
        prefetchAnswer('targets.list', { movementId }, Promise.resolve(opened.targets));
        prefetchAnswer('targets.trend', { movementId }, Promise.resolve(opened.trend));
        const summaryInput = opened.summaryYear === null ? { movementId } : { movementId, year: opened.summaryYear };
        prefetchAnswer('dashboard.summary', summaryInput, Promise.resolve(opened.summary));
      }
      return opened.movements;
    },
    // Whatever stopped the combined call, the page asks for each part itself and shows its own message.
    () => call('movements.list', {}),
  );
  prefetchAnswer('movements.list', {}, movements);
}
