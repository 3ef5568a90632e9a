import type { ChannelsOf } from '../../../shared/contract';
import type { BackupService } from '../services/backups/backup-service';
import type { HandlerMap } from './types';

export function backupsHandlers(services: { backups: BackupService }): HandlerMap<ChannelsOf<'backups'>> {
  const { backups } = services;
  return {
    'backups.list': () => backups.list(),
    'backups.create': () => backups.create('manual'),
    'backups.preview': (input) => backups.preview(input.id),
    'backups.restore': (input) => backups.restore(input.id),
    'backups.config': () => backups.config(),
    'backups.setConfig': (input) => backups.setConfig(input),
    'backups.progress': () => backups.progress(),
    'backups.exportAll': () => backups.exportAll(),
    'backups.exportArchive': () => backups.exportArchive(),
    'backups.importArchive': (input) =>
      backups.importArchive(input.base64 !== undefined ? { base64: input.base64 } : { path: input.path ?? '' }),
  };
}
