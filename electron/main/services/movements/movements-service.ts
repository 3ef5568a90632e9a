import type { MovementFields } from '../../../../shared/contract/movements';
import type { Movement, MovementDetail, MovementListItem } from '../../../../shared/domain/movements';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { MovementsRepository, MovementWrite } from '../../db/repositories/movements';
import type { Clock } from '../context';
import type { UnitsService } from '../units/units-service';
import { movementMessages as msg } from './messages';

interface Deps {
  db: Db;
  movements: MovementsRepository;
  units: Pick<UnitsService, 'find'>;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

function toWrite(fields: MovementFields): MovementWrite {
  return {
    name: fields.name,
    kind: fields.kind,
    startYear: fields.startYear,
    endYear: fields.endYear,
    docNumber: fields.document.number,
    docDate: fields.document.date,
    docIssuer: fields.document.issuer,
    docTitle: fields.document.title,
    attachmentPath: fields.document.attachmentPath,
    description: fields.description,
    scopeUnitId: fields.scopeUnitId,
    status: fields.status,
  };
}

/** Movements: the campaign itself and who takes part; every write audited in its transaction. */
export function createMovementsService(deps: Deps) {
  const { db, movements, units, audit, clock } = deps;

  function mustGet(id: number): Movement {
    const movement = movements.get(id);
    if (!movement) throw new AppError('NOT_FOUND', msg.notFound(id));
    return movement;
  }

  function detail(id: number): MovementDetail {
    const movement = mustGet(id);
    const scope = movement.scopeUnitId ? units.find(movement.scopeUnitId) : null;
    return {
      ...movement,
      scopeUnit: scope ? { id: scope.id, name: scope.name, kind: scope.kind } : null,
      participants: movements.participants(id),
    };
  }

  function checkUnits(fields: MovementFields): void {
    if (fields.scopeUnitId !== null) {
      const scope = units.find(fields.scopeUnitId);
      if (!scope)
        throw new AppError('VALIDATION', msg.unitNotFound(fields.scopeUnitId), [
          { path: 'scopeUnitId', message: msg.unitNotFound(fields.scopeUnitId) },
        ]);
      if (!['province', 'district', 'commune'].includes(scope.kind)) {
        throw new AppError('VALIDATION', msg.scopeWrongKind, [{ path: 'scopeUnitId', message: msg.scopeWrongKind }]);
      }
    }
    fields.participantIds.forEach((unitId, index) => {
      if (!units.find(unitId)) {
        throw new AppError('VALIDATION', msg.unitNotFound(unitId), [
          { path: `participantIds.${index}`, message: msg.unitNotFound(unitId) },
        ]);
      }
    });
  }

  function snapshot(value: MovementDetail): Record<string, unknown> {
    const { createdAt: _c, updatedAt: _u, scopeUnit: _s, participants, ...rest } = value;
    return { ...rest, participantIds: participants.map((p) => p.id) };
  }

  return {
    list(): MovementListItem[] {
      return movements.list();
    },
    get: detail,
    /** The movement, or null when there is none with that id (for readers that answer in their own words). */
    find(id: number): Movement | null {
      return movements.get(id);
    },
    create(fields: MovementFields): MovementDetail {
      return db.transaction(() => {
        checkUnits(fields);
        const at = clock.now();
        const id = movements.insert(toWrite(fields), at);
        movements.setParticipants(id, fields.participantIds);
        const created = detail(id);
        audit.record(
          { entity: 'movement', entityId: id, action: 'create', before: null, after: snapshot(created), operator: deps.operator() },
          at,
        );
        return created;
      })();
    },
    update(id: number, version: number, fields: MovementFields): MovementDetail {
      return db.transaction(() => {
        const before = detail(id);
        if (before.version !== version) throw new AppError('CONFLICT', msg.stale(before.name));
        checkUnits(fields);
        const at = clock.now();
        if (!movements.update(id, version, toWrite(fields), at)) throw new AppError('CONFLICT', msg.stale(before.name));
        movements.setParticipants(id, fields.participantIds);
        const after = detail(id);
        audit.record(
          {
            entity: 'movement',
            entityId: id,
            action: 'update',
            before: snapshot(before),
            after: snapshot(after),
            operator: deps.operator(),
          },
          at,
        );
        return after;
      })();
    },
  };
}

export type MovementsService = ReturnType<typeof createMovementsService>;
