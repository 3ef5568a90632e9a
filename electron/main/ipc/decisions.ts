import type { DecisionsService } from '../services/council/decisions-service';
import type { HandlerMap } from './types';

/** The decisions list, the nominations a decision can grant, the register's CSV and the handing-over of awards. */
export function decisionsHandlers(services: {
  decisions: DecisionsService;
}): HandlerMap<'decisions.list' | 'decisions.candidates' | 'awards.registerCsv' | 'awards.handOver'> {
  const { decisions } = services;
  return {
    'decisions.list': (input) => decisions.list(input),
    'decisions.candidates': (input) => decisions.candidates(input),
    'awards.registerCsv': (input) => decisions.registerCsv(input),
    'awards.handOver': (input) => decisions.handOver(input),
  };
}
