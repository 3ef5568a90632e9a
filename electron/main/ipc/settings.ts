import type { ChannelsOf } from '../../../shared/contract';
import type { SettingsService } from '../services/settings/settings-service';
import type { SetupService } from '../services/setup/setup-service';
import type { HandlerMap } from './types';

export function settingsHandlers(services: {
  settings: SettingsService;
  setup: SetupService;
}): HandlerMap<ChannelsOf<'settings' | 'setup'>> {
  return {
    'settings.get': () => services.settings.get(),
    'settings.update': (input) => services.settings.update(input),
    'setup.status': () => ({ initialized: services.setup.isInitialized() }),
    'setup.provinces': () => services.setup.provinces(),
    'setup.initialize': (input) => services.setup.initialize(input),
  };
}
