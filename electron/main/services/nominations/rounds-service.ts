import type { RoundCreateInput, RoundUpdateInput } from '../../../../shared/contract/rounds';
import type { NominationRound } from '../../../../shared/domain/nominations';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { NominationsRepository, RoundFields } from '../../db/repositories/nominations';
import type { Clock } from '../context';
import { nominationMessages as msg } from './messages';

interface Deps {
  db: Db;
  nominations: NominationsRepository;
  movements: { find(id: number): { id: number } | null };
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

/** Rounds (đợt xét): name, year, kind of commendation, the movement they belong to, deadline, status. */
export function createRoundsService(deps: Deps) {
  const { db, nominations: repo, audit, clock } = deps;

  function mustGet(id: number): NominationRound {
    const round = repo.round(id);
    if (!round) throw new AppError('NOT_FOUND', msg.roundNotFound(id));
    return round;
  }

  function checkMovement(id: number | null) {
    if (id !== null && !deps.movements.find(id)) {
      throw new AppError('VALIDATION', msg.movementNotFound(id), [{ path: 'movementId', message: msg.movementNotFound(id) }]);
    }
  }

  const record = (id: number, action: 'create' | 'update', before: object | null, after: object, at: string) =>
    audit.record({ entity: 'nomination-round', entityId: id, action, before, after, operator: deps.operator() }, at);

  return {
    list(year: number | null): NominationRound[] {
      return repo.rounds(year);
    },
    find(id: number): NominationRound | null {
      return repo.round(id);
    },
    mustGet,
    create(input: RoundCreateInput): NominationRound {
      return db.transaction(() => {
        checkMovement(input.movementId);
        const at = clock.now();
        const id = repo.insertRound({ ...input, status: 'open' }, at);
        const created = mustGet(id);
        record(id, 'create', null, created, at);
        return created;
      })();
    },
    update(input: RoundUpdateInput): NominationRound {
      return db.transaction(() => {
        const before = mustGet(input.id);
        const fields: RoundFields = {
          name: input.name ?? before.name,
          year: input.year ?? before.year,
          commendationKind: input.commendationKind ?? before.commendationKind,
          movementId: input.movementId === undefined ? before.movementId : input.movementId,
          deadline: input.deadline ?? before.deadline,
          status: input.status ?? before.status,
          note: input.note ?? before.note,
        };
        checkMovement(fields.movementId);
        // Nominations were checked against the round's year and kind; changing them would leave them unchecked.
        if (before.nominationCount > 0 && (fields.year !== before.year || fields.commendationKind !== before.commendationKind)) {
          throw new AppError('VALIDATION', msg.roundInUse(before.name, before.nominationCount));
        }
        const at = clock.now();
        if (before.version !== input.version || !repo.updateRound(input.id, input.version, fields, at)) {
          throw new AppError('CONFLICT', msg.roundStale(before.name));
        }
        const after = mustGet(input.id);
        record(input.id, 'update', before, after, at);
        return after;
      })();
    },
  };
}

export type RoundsService = ReturnType<typeof createRoundsService>;
