import type { ChannelsOf } from '../../../shared/contract';
import { todayIso } from '../../../shared/format/date';
import type { MilestonesService } from '../services/movements/milestones-service';
import type { MovementsService } from '../services/movements/movements-service';
import type { HandlerMap } from './types';

export function movementsHandlers(services: {
  movements: MovementsService;
  milestones: MilestonesService;
}): HandlerMap<ChannelsOf<'movements' | 'milestones' | 'submissions'>> {
  const { movements, milestones } = services;
  return {
    'movements.list': () => movements.list(),
    'movements.get': (input) => movements.get(input.id),
    'movements.create': (input) => movements.create(input),
    'movements.update': (input) => movements.update(input.id, input.version, input.fields),
    'milestones.list': (input) => milestones.list(input.movementId),
    'milestones.create': ({ movementId, ...fields }) => milestones.create(movementId, fields),
    'milestones.update': ({ id, version, ...fields }) => milestones.update(id, version, fields),
    'submissions.list': (input) => milestones.submissions(input.milestoneId),
    'submissions.set': (input) => milestones.setSubmission(input),
    'submissions.receiveBulk': (input) => milestones.receiveBulk(input),
    'submissions.overdue': (input) => milestones.overdue(input.movementId, input.asOf ?? todayIso()),
  };
}
