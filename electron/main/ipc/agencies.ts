import type { ChannelsOf } from '../../../shared/contract';
import type { AgenciesService } from '../services/agencies/agencies-service';
import type { HandlerMap } from './types';

export function agenciesHandlers(services: { agencies: AgenciesService }): HandlerMap<ChannelsOf<'agencies'>> {
  const { agencies } = services;
  return {
    'agencies.owners': (input) => agencies.owners(input.setId),
    'agencies.setOwners': (input) => agencies.setOwners(input.criterionId, input.agencyIds),
    'agencies.list': () => agencies.list(),
    'agencies.results': (input) => agencies.results(input.movementId, input.year),
    'agencies.resultsXlsx': (input) => agencies.resultsXlsx(input.movementId, input.year),
    'agencies.page': (input) => agencies.page(input.agencyId, input.movementId, input.year),
    'agencies.recordReply': (input) => agencies.recordReply(input),
  };
}
