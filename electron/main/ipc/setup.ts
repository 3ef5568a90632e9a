import type { ChannelsOf } from '../../../shared/contract';
import type { SetupService } from '../services/setup/setup-service';
import type { HandlerMap } from './types';

export function setupHandlers(services: { setup: SetupService }): HandlerMap<ChannelsOf<'setup'>> {
  return {
    'setup.status': () => ({ initialized: services.setup.isInitialized() }),
    'setup.provinces': () => services.setup.provinces(),
    'setup.initialize': (input) => services.setup.initialize(input),
  };
}
