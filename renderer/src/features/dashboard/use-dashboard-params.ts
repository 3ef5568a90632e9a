import { inPeriod } from '@shared/domain/dashboard-year';
import { defaultMovement, type MovementListItem } from '@shared/domain/movements';
import { useCallback } from 'react';

import { useScreenParams } from '../../app/screen-params';

export interface DashboardParams {
  movement: MovementListItem | undefined;
  /** The year in the URL when it is inside the movement's period; null means "use the default". */
  year: number | null;
  setMovement: (id: number) => void;
  setYear: (year: number) => void;
}

/**
 * The chosen movement and year, kept in the URL (?movement=1&year=2023) so a link or the back button
 * returns to the same view. Missing or invalid values fall back to the defaults without touching the URL.
 */
export function useDashboardParams(movements: MovementListItem[] | undefined): DashboardParams {
  const [params, setParams] = useScreenParams();
  const wanted = Number(params.get('movement'));
  const movement = movements?.find((m) => m.id === wanted) ?? (movements ? defaultMovement(movements) : undefined);

  const wantedYear = Number(params.get('year'));
  const year = movement && inPeriod(movement, wantedYear) ? wantedYear : null;

  const setMovement = useCallback(
    (id: number) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('movement', String(id));
          // The year list is the new movement's period: let its default apply.
          next.delete('year');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const setYear = useCallback(
    (value: number) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (movement) next.set('movement', String(movement.id));
          next.set('year', String(value));
          return next;
        },
        { replace: true },
      ),
    [setParams, movement],
  );
  return { movement, year, setMovement, setYear };
}
