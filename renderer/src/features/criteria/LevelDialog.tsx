import { notifications } from '@mantine/notifications';
import type { CriteriaGridRow, Recognition } from '@shared/domain/criteria';
import { useEffect, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { RecognitionModal } from '../unit-records/RecognitionModal';

interface Props {
  row: CriteriaGridRow | null;
  year: number;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * Opens the shared recognition modal for a grid row. The grid row carries only the level, so the
 * year's record (decision and version) is read first: saving must edit that record, not add one.
 */
export function LevelDialog({ row, year, onClose, onSaved }: Props) {
  const [loaded, setLoaded] = useState<{ unitId: number; list: Recognition[] } | null>(null);

  useEffect(() => {
    if (!row) {
      setLoaded(null);
      return;
    }
    let live = true;
    call('recognitions.forUnit', { unitId: row.unitId })
      .then((list) => {
        if (live) setLoaded({ unitId: row.unitId, list });
      })
      .catch((error: unknown) => {
        if (!live) return;
        notifications.show({ color: 'red', message: error instanceof ApiError ? error.message : String(error) });
        onClose();
      });
    return () => {
      live = false;
    };
  }, [row, year, onClose]);

  if (!row || loaded?.unitId !== row.unitId) return null;
  return (
    <RecognitionModal
      opened
      onClose={onClose}
      unit={{ id: row.unitId, name: row.name, kind: 'commune' }}
      defaultYear={year}
      current={loaded.list.find((r) => r.year === year)}
      recorded={loaded.list}
      onSaved={onSaved}
    />
  );
}
