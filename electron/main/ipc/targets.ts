import type { ChannelsOf } from '../../../shared/contract';
import type { DashboardService } from '../services/targets/dashboard';
import type { TargetsService } from '../services/targets/targets-service';
import type { HandlerMap } from './types';

export function targetsHandlers(services: {
  targets: TargetsService;
  dashboard: DashboardService;
}): HandlerMap<ChannelsOf<'targets' | 'dashboard'>> {
  const { targets, dashboard } = services;
  return {
    'targets.list': (input) => targets.list(input.movementId),
    'targets.create': ({ movementId, ...fields }) => targets.create(movementId, fields),
    'targets.update': ({ id, version, ...fields }) => targets.update(id, version, fields),
    'targets.evaluate': (input) => targets.evaluate(input.movementId, input.year),
    'targets.trend': (input) => targets.trend(input.movementId, input.fromYear, input.toYear),
    'dashboard.summary': (input) => dashboard.summary(input.movementId, input.year, input.asOf),
    'dashboard.open': (input) => dashboard.open(input.movementId, input.year),
    'dashboard.units': (input) => dashboard.units(input),
  };
}
