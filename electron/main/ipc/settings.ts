import type { ChannelsOf } from '../../../shared/contract';
import type { SettingsService } from '../services/settings/settings-service';
import type { HandlerMap } from './types';

export function settingsHandlers(services: { settings: SettingsService }): HandlerMap<ChannelsOf<'settings'>> {
  return {
    'settings.get': () => services.settings.get(),
    'settings.update': (input) => services.settings.update(input),
  };
}
