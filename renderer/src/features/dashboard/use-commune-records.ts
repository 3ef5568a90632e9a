import { useEffect, useState } from 'react';

import { call } from '../../api/client';
import type { CommuneRecord } from './units-list';

interface Loaded {
  key: string;
  records: Map<number, CommuneRecord>;
}

/**
 * Criteria count and recognition level of every commune in the given districts for the year, read
 * from the criteria grids (one call per district). The summary has ids only; the district table's
 * advanced and model columns and the drawer's counts need these. A district whose grid cannot be
 * read (e.g. abolished in the merger) just leaves its communes without a record.
 */
export function useCommuneRecords(districtIds: number[], year: number | null): Map<number, CommuneRecord> | null {
  const key = year === null ? '' : `${year}:${districtIds.join(',')}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (key === '') return;
    let cancelled = false;
    const [yearText, ids] = key.split(':');
    const districts = ids === '' ? [] : ids.split(',').map(Number);
    void Promise.allSettled(districts.map((districtId) => call('criteria.forDistrictYear', { districtId, year: Number(yearText) }))).then(
      (results) => {
        if (cancelled) return;
        const records = new Map<number, CommuneRecord>();
        for (const result of results) {
          if (result.status !== 'fulfilled') continue;
          for (const row of result.value.rows) {
            records.set(row.unitId, { count: row.count, previousCount: row.previousCount, level: row.level });
          }
        }
        setLoaded({ key, records });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key]);

  return loaded && loaded.key === key ? loaded.records : null;
}
