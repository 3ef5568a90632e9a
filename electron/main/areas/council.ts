import { createCouncilRepository } from '../db/repositories/council';
import { councilHandlers } from '../ipc/council';
import { decisionsHandlers } from '../ipc/decisions';
import { ballotTemplate } from '../pdf/templates/council/ballot';
import { decisionDraftTemplate } from '../pdf/templates/council/decision-draft';
import { councilMinutesTemplate } from '../pdf/templates/council/minutes';
import { submissionTemplate } from '../pdf/templates/council/submission';
import { createDecisionsService } from '../services/council/decisions-service';
import { createCouncilMembersService } from '../services/council/members-service';
import { createCouncilSessionsService } from '../services/council/sessions-service';
import type { PeopleService } from '../services/inspections/people-service';
import type { CatalogueService } from '../services/nominations/catalogue-service';
import type { NomineesService } from '../services/nominations/nominees-service';
import { type BaseDeps, defineArea } from './area';

/** The emulation and commendation council: members, sessions with quorum and votes, decisions and the award register. */
export function createCouncilArea(base: BaseDeps, deps: { people: PeopleService; awards: CatalogueService; nominees: NomineesService }) {
  const council = createCouncilRepository(base.db);
  const councilMembers = createCouncilMembersService({ ...base, council, people: deps.people });
  const councilSessions = createCouncilSessionsService({ ...base, council, catalogue: deps.awards });
  const decisions = createDecisionsService({ ...base, council, nominees: deps.nominees });
  return defineArea({
    name: 'council',
    services: { councilMembers, councilSessions, decisions },
    handlers: { ...councilHandlers({ councilMembers, councilSessions, decisions }), ...decisionsHandlers({ decisions }) },
    templates: [
      councilMinutesTemplate.withReaders({ sessions: councilSessions }),
      submissionTemplate.withReaders({ sessions: councilSessions }),
      ballotTemplate.withReaders({ sessions: councilSessions }),
      decisionDraftTemplate.withReaders({ decisions }),
    ],
  });
}
