import type { MemberCreateInput, MemberUpdateInput } from '../../../../shared/contract/members';
import type { CouncilMember } from '../../../../shared/domain/council';
import type { Person } from '../../../../shared/domain/inspections';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { CouncilRepository } from '../../db/repositories/council';
import type { Clock } from '../context';
import { councilMessages as msg } from './messages';

interface Deps {
  db: Db;
  council: CouncilRepository;
  people: { find(id: number): Person | null };
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

/** Council membership: people of the directory seated with a role over a term; who sat on a given day. */
export function createCouncilMembersService(deps: Deps) {
  const { db, council: repo, audit, clock } = deps;

  return {
    list(asOf: string | null): CouncilMember[] {
      return repo.members(asOf);
    },
    find(id: number): CouncilMember | null {
      return repo.member(id);
    },
    create(input: MemberCreateInput): CouncilMember {
      return db.transaction(() => {
        const person = deps.people.find(input.personId);
        if (!person) {
          throw new AppError('VALIDATION', msg.personNotFound(input.personId), [
            { path: 'personId', message: msg.personNotFound(input.personId) },
          ]);
        }
        if (input.termTo !== null && input.termTo < input.termFrom) {
          throw new AppError('VALIDATION', msg.termOrder, [{ path: 'termTo', message: msg.termOrder }]);
        }
        if (repo.overlappingSeat(person.id, input.termFrom, input.termTo)) throw new AppError('CONFLICT', msg.seatOverlap(person.fullName));
        const at = clock.now();
        const id = repo.insertMember(input, at);
        const created = repo.member(id) as CouncilMember;
        audit.record(
          { entity: 'council-member', entityId: id, action: 'create', before: null, after: created, operator: deps.operator() },
          at,
        );
        return created;
      })();
    },
    /** Changes a seat's role or ends its term; the history of past sessions stays true (see the checks). */
    update(input: MemberUpdateInput): CouncilMember {
      return db.transaction(() => {
        const before = repo.member(input.id);
        if (!before) throw new AppError('NOT_FOUND', msg.memberNotFound(input.id));
        if (before.version !== input.version) throw new AppError('CONFLICT', msg.memberStale);
        if (input.termTo !== null && input.termTo < before.termFrom) {
          throw new AppError('VALIDATION', msg.termOrder, [{ path: 'termTo', message: msg.termOrder }]);
        }
        const last = repo.lastSessionOf(before.id);
        // A session's members are those serving on its date: ending a term before a session already held would rewrite its quorum.
        if (last !== null && input.termTo !== null && input.termTo < last) {
          const message = msg.termEndsBeforeSession(before.fullName, last);
          throw new AppError('VALIDATION', message, [{ path: 'termTo', message }]);
        }
        if (last !== null && input.role !== before.role) {
          const message = msg.roleAfterSessions(before.fullName, last);
          throw new AppError('VALIDATION', message, [{ path: 'role', message }]);
        }
        if (repo.overlappingOtherSeat(before.id, before.personId, before.termFrom, input.termTo)) {
          throw new AppError('CONFLICT', msg.seatOverlap(before.fullName));
        }
        const at = clock.now();
        if (!repo.updateMember({ id: before.id, version: input.version, role: input.role, termTo: input.termTo }, at)) {
          throw new AppError('CONFLICT', msg.memberStale);
        }
        const after = repo.member(before.id) as CouncilMember;
        audit.record({ entity: 'council-member', entityId: before.id, action: 'update', before, after, operator: deps.operator() }, at);
        return after;
      })();
    },
  };
}

export type CouncilMembersService = ReturnType<typeof createCouncilMembersService>;
