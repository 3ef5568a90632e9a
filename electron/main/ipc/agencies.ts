import type { ChannelsOf } from '../../../shared/contract';
import { SHORT_LIST_LIMIT } from '../../../shared/domain/agencies';
import type { AgenciesService } from '../services/agencies/agencies-service';
import type { HandlerMap } from './types';

export function agenciesHandlers(services: { agencies: AgenciesService }): HandlerMap<ChannelsOf<'agencies'>> {
  const { agencies } = services;
  return {
    'agencies.owners': (input) => agencies.owners(input.setId),
    'agencies.setOwners': (input) => agencies.setOwners(input.criterionId, input.agencyIds),
    'agencies.list': () => agencies.list(),
    // A screen lists the first communes short of each criterion and counts the rest; the XLSX has them all.
    'agencies.results': (input) => agencies.results(input.movementId, input.year, SHORT_LIST_LIMIT),
    'agencies.resultsXlsx': (input) => agencies.resultsXlsx(input.movementId, input.year, input.agencyId),
    'agencies.page': (input) => agencies.page(input.agencyId, input.movementId, input.year, SHORT_LIST_LIMIT),
    'agencies.recordReply': (input) => agencies.recordReply(input),
  };
}
