import { UNIT_PAGE_MAX } from '@shared/contract/unit-paging';
import type { UnitListItem } from '@shared/domain/units';
import { useEffect, useState } from 'react';

import { type ApiError, call } from '../../api/client';

export interface UnitsByIds {
  units: Map<number, UnitListItem> | undefined;
  error: ApiError | null;
}

/**
 * The units with these ids (archived too), read a page of ids at a time: a screen that holds ids
 * (a dashboard figure, a history's parents) names them without reading the registry.
 */
export function useUnitsByIds(ids: readonly number[], enabled = true): UnitsByIds {
  const key = JSON.stringify([...new Set(ids)].sort((a, b) => a - b));
  const [state, setState] = useState<{ key: string; units: Map<number, UnitListItem> } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const wanted = JSON.parse(key) as number[];
    const chunks: number[][] = [];
    for (let i = 0; i < wanted.length; i += UNIT_PAGE_MAX) chunks.push(wanted.slice(i, i + UNIT_PAGE_MAX));
    let current = true;
    Promise.all(chunks.map((chunk) => call('units.list', { ids: chunk, archived: 'all', pageSize: UNIT_PAGE_MAX })))
      .then((pages) => {
        if (!current) return;
        setState({ key, units: new Map(pages.flatMap((page) => page.rows).map((unit) => [unit.id, unit])) });
        setError(null);
      })
      .catch((caught: unknown) => {
        if (current) setError(caught as ApiError);
      });
    return () => {
      current = false;
    };
  }, [key, enabled]);

  return { units: state?.key === key ? state.units : undefined, error };
}
