import type { TargetFields } from '../../../../shared/contract/targets';
import { LEVELS_BY_KIND } from '../../../../shared/domain/criteria';
import type { Movement } from '../../../../shared/domain/movements';
import type { Target, TargetEvaluation, TargetTrend } from '../../../../shared/domain/targets';
import { AppError } from '../../../../shared/errors';
import { LEVEL_LABELS } from '../../../../shared/text/movements-text';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { Clock } from '../context';
import type { MovementsService } from '../movements/movements-service';
import type { MovementTargets } from '../movements/targets-store';
import type { MovementData } from './data';
import type { MovementDataSource } from './data-cache';
import { evaluateTarget } from './evaluate';
import { targetMessages as msg } from './messages';

interface Deps {
  db: Db;
  /** The records of a movement's area, loaded once until the next write. */
  movementData: MovementDataSource;
  movements: Pick<MovementsService, 'find'>;
  /** The target rows (kept with their movement); writes run inside this service's transactions, which audit them. */
  movementTargets: MovementTargets;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

/** Target definitions of a movement, and their evaluation for any year from the records. */
export function createTargetsService(deps: Deps) {
  const { db, movements, movementTargets, audit, clock } = deps;

  function mustGetMovement(id: number): Movement {
    const movement = movements.find(id);
    if (!movement) throw new AppError('NOT_FOUND', msg.movementNotFound(id));
    return movement;
  }

  function checkDefinition(fields: TargetFields): void {
    const d = fields.definition;
    if (d.metric !== 'level-count' && d.metric !== 'level-share') return;
    const ladder = LEVELS_BY_KIND[d.units.kind] ?? [];
    for (const [index, level] of [d.level, ...(d.metric === 'level-count' ? d.parts.map((p) => p.level) : [])].entries()) {
      if (!ladder.includes(level)) {
        const message = msg.levelNotForUnits(LEVEL_LABELS[level]);
        throw new AppError('VALIDATION', message, [
          { path: index === 0 ? 'definition.level' : `definition.parts.${index - 1}.level`, message },
        ]);
      }
    }
  }

  function checkCode(movementId: number, code: string, selfId: number | null): void {
    const other = movementTargets.idByCode(movementId, code);
    if (other !== null && other !== selfId)
      throw new AppError('CONFLICT', msg.codeTaken(code), [{ path: 'code', message: msg.codeTaken(code) }]);
  }

  function evaluateWith(movement: Movement, data: MovementData, year: number): TargetEvaluation[] {
    return movementTargets.list(movement.id).map((target) => evaluateTarget(target, movement, data, year));
  }

  return {
    list(movementId: number): Target[] {
      mustGetMovement(movementId);
      return movementTargets.list(movementId);
    },
    create(movementId: number, fields: TargetFields): Target {
      return db.transaction(() => {
        mustGetMovement(movementId);
        checkDefinition(fields);
        checkCode(movementId, fields.code, null);
        const at = clock.now();
        const id = movementTargets.insert(movementId, fields, at);
        const created = movementTargets.get(id) as Target;
        audit.record({ entity: 'target', entityId: id, action: 'create', before: null, after: created, operator: deps.operator() }, at);
        return created;
      })();
    },
    update(id: number, version: number, fields: TargetFields): Target {
      return db.transaction(() => {
        const before = movementTargets.get(id);
        if (!before) throw new AppError('NOT_FOUND', msg.targetNotFound(id));
        checkDefinition(fields);
        checkCode(before.movementId, fields.code, id);
        const at = clock.now();
        if (before.version !== version || !movementTargets.update(id, version, fields, at))
          throw new AppError('CONFLICT', msg.stale(before.code));
        const after = movementTargets.get(id) as Target;
        audit.record({ entity: 'target', entityId: id, action: 'update', before, after, operator: deps.operator() }, at);
        return after;
      })();
    },
    evaluate(movementId: number, year: number): TargetEvaluation[] {
      const movement = mustGetMovement(movementId);
      return evaluateWith(movement, deps.movementData(movement.scopeUnitId), year);
    },
    /** Each target's value per year over the period (or the given years), for the trend charts. */
    trend(movementId: number, fromYear?: number, toYear?: number): TargetTrend[] {
      const movement = mustGetMovement(movementId);
      const data = deps.movementData(movement.scopeUnitId);
      const from = fromYear ?? movement.startYear;
      const to = toYear ?? movement.endYear;
      const byYear = new Map<number, TargetEvaluation[]>();
      for (let year = from; year <= to; year += 1) byYear.set(year, evaluateWith(movement, data, year));
      return movementTargets.list(movementId).map((target, index) => ({
        targetId: target.id,
        code: target.code,
        label: target.label,
        goal: target.goal,
        points: [...byYear.entries()].map(([year, list]) => ({ year, value: list[index].value })),
      }));
    },
    /** For the dashboard, which shares the loaded data. */
    evaluateWith,
    mustGetMovement,
  };
}

export type TargetsService = ReturnType<typeof createTargetsService>;
