import type { PersonFields } from '../../../../shared/contract/people';
import type { Person } from '../../../../shared/domain/inspections';
import { AppError } from '../../../../shared/errors';
import { foldText } from '../../../../shared/text/fold';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { InspectionsRepository } from '../../db/repositories/inspections';
import type { Clock } from '../context';
import { inspectionMessages as msg } from './messages';

interface Deps {
  db: Db;
  inspections: InspectionsRepository;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

/** One directory of people who serve on teams, sign documents or sit on the council, reused across rounds. */
export function createPeopleService(deps: Deps) {
  const { db, inspections: repo, audit, clock } = deps;

  function mustGet(id: number): Person {
    const person = repo.person(id);
    if (!person) throw new AppError('NOT_FOUND', msg.personNotFound(id));
    return person;
  }

  const write = (fields: PersonFields) => ({ ...fields, foldedName: foldText(fields.fullName) });

  return {
    list(query: string, limit: number): Person[] {
      return repo.people(foldText(query), limit);
    },
    find(id: number): Person | null {
      return repo.person(id);
    },
    create(fields: PersonFields): Person {
      return db.transaction(() => {
        const at = clock.now();
        const id = repo.insertPerson(write(fields), at);
        const created = mustGet(id);
        audit.record({ entity: 'person', entityId: id, action: 'create', before: null, after: created, operator: deps.operator() }, at);
        return created;
      })();
    },
    update(id: number, version: number, fields: PersonFields): Person {
      return db.transaction(() => {
        const before = mustGet(id);
        const at = clock.now();
        if (before.version !== version || !repo.updatePerson(id, version, write(fields), at)) {
          throw new AppError('CONFLICT', msg.personStale(before.fullName));
        }
        const after = mustGet(id);
        audit.record({ entity: 'person', entityId: id, action: 'update', before, after, operator: deps.operator() }, at);
        return after;
      })();
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
