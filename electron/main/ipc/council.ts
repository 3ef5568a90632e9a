import type { ChannelsOf } from '../../../shared/contract';
import type { DecisionsService } from '../services/council/decisions-service';
import type { CouncilMembersService } from '../services/council/members-service';
import type { CouncilSessionsService } from '../services/council/sessions-service';
import type { HandlerMap } from './types';

export function councilHandlers(services: {
  councilMembers: CouncilMembersService;
  councilSessions: CouncilSessionsService;
  decisions: DecisionsService;
}): HandlerMap<
  | Exclude<ChannelsOf<'members' | 'sessions' | 'decisions'>, 'decisions.list' | 'decisions.candidates'>
  | 'awards.register'
  | 'awards.registerXlsx'
> {
  const { councilMembers, councilSessions, decisions } = services;
  return {
    'members.list': (input) => councilMembers.list(input.asOf),
    'members.create': (input) => councilMembers.create(input),
    'members.update': (input) => councilMembers.update(input),
    'sessions.list': (input) => councilSessions.list(input),
    'sessions.candidates': (input) => councilSessions.candidates(input),
    'sessions.results': (input) => councilSessions.results(input.nominationIds),
    'sessions.create': (input) => councilSessions.create(input),
    'sessions.get': (input) => councilSessions.get(input.id),
    'sessions.setAttendance': (input) => councilSessions.setAttendance(input),
    'sessions.setAgenda': (input) => councilSessions.setAgenda(input),
    'sessions.recordVote': (input) => councilSessions.recordVote(input),
    'decisions.create': (input) => decisions.create(input),
    'decisions.get': (input) => decisions.get(input.id),
    'decisions.issue': (input) => decisions.issue(input.id, input.version),
    'awards.register': (input) => decisions.register(input),
    'awards.registerXlsx': (input) => decisions.registerXlsx(input),
  };
}
