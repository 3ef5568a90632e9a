import { createSettingsRepository } from '../db/repositories/settings';
import { settingsHandlers } from '../ipc/settings';
import { createSettingsService } from '../services/settings/settings-service';
import { type BaseDeps, defineArea } from './area';

/** Settings of the issuing body and the operator; built first, since every write records who made it. */
export function createSettingsArea(base: Omit<BaseDeps, 'operator'>) {
  const repository = createSettingsRepository(base.db);
  const settings = createSettingsService({ ...base, settings: repository });
  return defineArea({
    name: 'settings',
    services: { settings },
    handlers: settingsHandlers({ settings }),
  });
}
