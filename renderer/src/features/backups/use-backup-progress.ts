import type { BackupProgress } from '@shared/domain/backups';
import { useEffect, useState } from 'react';

import { call } from '../../api/client';

/** Polls the running backup or restore's progress while `active`; null when nothing runs. */
export function useBackupProgress(active: boolean): BackupProgress | null {
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  useEffect(() => {
    if (!active) {
      setProgress(null);
      return;
    }
    let stopped = false;
    const poll = () =>
      call('backups.progress', {})
        .then((value) => !stopped && setProgress(value))
        .catch(() => undefined);
    poll();
    const timer = window.setInterval(poll, 400);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [active]);
  return progress;
}
