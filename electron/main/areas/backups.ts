import { createBackupsRepository } from '../db/repositories/backups';
import { backupsHandlers } from '../ipc/backups';
import { createBackupService } from '../services/backups/backup-service';
import { type BaseDeps, defineArea } from './area';

/** Backups of the data folder and restores from them. */
export function createBackupsArea(base: BaseDeps, deps: { dataDir: string; log?: (message: string, error?: unknown) => void }) {
  const backups = createBackupService({ ...base, backups: createBackupsRepository(base.db), dataDir: deps.dataDir, log: deps.log });
  return defineArea({ name: 'backups', services: { backups }, handlers: backupsHandlers({ backups }) });
}
