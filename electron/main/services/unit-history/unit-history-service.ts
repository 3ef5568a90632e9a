import type { SuccessorCreateInput, SuccessorInput } from '../../../../shared/contract/unit-history';
import type { RollUpItem, SuccessorLink, UnitHistory, UnitRef } from '../../../../shared/domain/unit-history';
import type { Unit, UnitKind, UnitListItem } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import { type RecordedUnit, type ScopedUnit, toRef, type UnitHistoryRepository, type UnitTally } from '../../db/repositories/unit-history';
import type { Clock } from '../context';
import { plainUnit } from '../units/snapshot';
import type { UnitsService } from '../units/units-service';
import { historyMessages as msg } from './messages';

interface Deps {
  db: Db;
  history: UnitHistoryRepository;
  /** The registry keeps a renamed or merged unit's name as an alias of the unit that carries on. */
  units: Pick<UnitsService, 'find' | 'keepFormerName' | 'create'>;
  audit: AuditRepository;
  clock: Clock;
  today: () => string;
  operator: () => string;
}

function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

function validOn(ref: UnitRef, date: string): boolean {
  return (!ref.validFrom || ref.validFrom <= date) && (!ref.validTo || ref.validTo >= date);
}

/**
 * Units across reorganisations. A unit keeps its row (name, parent) for ever; a merger or renaming
 * ends its validity and links it to the unit that carries on, so old records keep showing the unit
 * as it was while "roll up" maps them to today's units.
 */
export function createUnitHistoryService(deps: Deps) {
  const { db, history, units, audit, clock } = deps;

  function mustRef(id: number, path: string): UnitRef & { version: number } {
    const row = history.ref(id);
    if (!row) throw new AppError('NOT_FOUND', msg.unitNotFound(id), [{ path, message: msg.unitNotFound(id) }]);
    return { ...toRef(row), version: row.version };
  }

  /** Today's units for one unit: itself while valid, else the units its links lead to by `asOf`. */
  function currentOf(id: number, asOf: string, seen = new Set<number>()): UnitRef[] {
    if (seen.has(id)) return [];
    seen.add(id);
    const row = history.ref(id);
    if (!row) return [];
    const ref = toRef(row);
    if (validOn(ref, asOf)) return [ref];
    if (ref.validFrom && ref.validFrom > asOf) return [];
    const result = new Map<number, UnitRef>();
    for (const next of history.nextIds(id)) {
      if (next.effectiveDate > asOf) continue;
      for (const unit of currentOf(next.successorId, asOf, seen)) result.set(unit.id, unit);
    }
    return [...result.values()];
  }

  /** Changes a unit's validity dates with version check and audit; inside the caller's transaction. */
  function writeValidity(id: number, version: number, validFrom: string | null, validTo: string | null, at: string): void {
    const before = mustRef(id, 'id');
    if (before.version !== version || !history.setValidity(id, version, validFrom, validTo, at)) {
      throw new AppError('CONFLICT', msg.stale(before.name));
    }
    const after = mustRef(id, 'id');
    audit.record({ entity: 'unit', entityId: id, action: 'update', before, after, operator: deps.operator() }, at);
  }

  function reaches(fromId: number, targetId: number): boolean {
    const stack = [fromId];
    const seen = new Set<number>();
    while (stack.length > 0) {
      const id = stack.pop() as number;
      if (id === targetId) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const next of history.nextIds(id)) stack.push(next.successorId);
    }
    return false;
  }

  const api = {
    currentOf,
    history(unitId: number, asOf?: string | null): UnitHistory {
      const unit = mustRef(unitId, 'unitId');
      return {
        unit,
        successors: history.successorsOf(unitId),
        predecessors: history.predecessorsOf(unitId),
        current: currentOf(unitId, asOf ?? deps.today()),
      };
    },
    setSuccessor(input: SuccessorInput): SuccessorLink {
      return db.transaction(() => {
        const unit = mustRef(input.unitId, 'unitId');
        const other = mustRef(input.otherUnitId, 'otherUnitId');
        if (unit.kind !== other.kind)
          throw new AppError('VALIDATION', msg.differentKinds, [{ path: 'otherUnitId', message: msg.differentKinds }]);
        const [older, newer] = input.relation === 'split_from' ? [other, unit] : [unit, other];
        if (history.linkBetween(older.id, newer.id) || history.linkBetween(newer.id, older.id)) {
          throw new AppError('CONFLICT', msg.linkExists(older.name, newer.name));
        }
        if (reaches(newer.id, older.id)) throw new AppError('VALIDATION', msg.cycle, [{ path: 'otherUnitId', message: msg.cycle }]);
        if (older.validFrom && input.effectiveDate <= older.validFrom) {
          const message = msg.effectiveBeforeFounding(older.name, older.validFrom);
          throw new AppError('VALIDATION', message, [{ path: 'effectiveDate', message }]);
        }
        const at = clock.now();
        const id = history.insertLink(
          {
            predecessorId: older.id,
            successorId: newer.id,
            relation: input.relation,
            effectiveDate: input.effectiveDate,
            decisionNumber: input.decision.number,
            decisionDate: input.decision.date,
            decisionIssuer: input.decision.issuer,
            note: input.note,
          },
          at,
        );
        // A merged or renamed unit ends the day before; a unit created by renaming or splitting starts that day.
        if (input.relation !== 'split_from' && !older.validTo) {
          writeValidity(older.id, older.version, older.validFrom, dayBefore(input.effectiveDate), at);
        }
        if (input.relation !== 'merged_into' && !newer.validFrom) {
          const fresh = mustRef(newer.id, 'otherUnitId');
          writeValidity(newer.id, fresh.version, input.effectiveDate, fresh.validTo, at);
        }
        if (input.relation !== 'split_from') {
          units.keepFormerName(newer.id, older.name, input.relation === 'renamed_to' ? 'renamed' : 'merged');
        }
        const link = history.link(id) as SuccessorLink;
        audit.record(
          { entity: 'unit-successor', entityId: id, action: 'create', before: null, after: link, operator: deps.operator() },
          at,
        );
        return link;
      })();
    },
    /**
     * Creates a unit and records it as the successor of an existing one in one transaction. For a
     * province this is the only way in: one province per database, unless it succeeds the one there
     * (which must not already have a successor).
     */
    createSuccessor(input: SuccessorCreateInput): SuccessorLink {
      return db.transaction(() => {
        const predecessor = mustRef(input.predecessorId, 'predecessorId');
        if (input.unit.kind !== predecessor.kind) {
          throw new AppError('VALIDATION', msg.differentKinds, [{ path: 'unit.kind', message: msg.differentKinds }]);
        }
        const province = predecessor.kind === 'province';
        if (province && history.nextIds(predecessor.id).length > 0) {
          const message = msg.provinceSucceeded(predecessor.name);
          throw new AppError('CONFLICT', message, [{ path: 'predecessorId', message }]);
        }
        const created = units.create(input.unit, { successorOfProvince: province });
        return api.setSuccessor({
          unitId: predecessor.id,
          relation: input.relation,
          otherUnitId: created.id,
          effectiveDate: input.effectiveDate,
          decision: input.decision,
          note: input.note,
        });
      })();
    },
    removeSuccessor(linkId: number): { removed: number } {
      return db.transaction(() => {
        const link = history.link(linkId);
        if (!link) throw new AppError('NOT_FOUND', msg.linkNotFound(linkId));
        history.deleteLink(linkId);
        audit.record(
          { entity: 'unit-successor', entityId: linkId, action: 'archive', before: link, after: null, operator: deps.operator() },
          clock.now(),
        );
        return { removed: 1 };
      })();
    },
    setValidity(id: number, version: number, validFrom: string | null, validTo: string | null): Unit {
      return db.transaction(() => {
        writeValidity(id, version, validFrom, validTo, clock.now());
        return plainUnit(units.find(id) as UnitListItem);
      })();
    },
    /** A unit with its validity dates, or null: what other areas check a record's year against. */
    ref(id: number): (UnitRef & { version: number }) | null {
      const row = history.ref(id);
      return row ? { ...toRef(row), version: row.version } : null;
    },
    /** The units of a kind valid in `year` within an area (the whole province for null), with their district. */
    inScope(scopeUnitId: number | null, kind: UnitKind, year: number): ScopedUnit[] {
      return history.inScope(scopeUnitId, kind, year);
    },
    /** Units of a kind in an area counted by type, flag and validity: target populations. */
    tally(scopeUnitId: number | null, kind: UnitKind): UnitTally[] {
      return history.tally(scopeUnitId, kind);
    },
    /** The area's units with any decision or criteria record. */
    recorded(scopeUnitId: number | null): RecordedUnit[] {
      return history.recorded(scopeUnitId);
    },
    /** The units of a kind directly under `parentId` valid in `year` (a district's grid): inScope of the parent, its own children only. */
    childrenInYear(parentId: number, kind: UnitKind, year: number): ScopedUnit[] {
      return history.childrenInYear(parentId, kind, year);
    },
    /** childrenInYear narrowed to `ids` (a save's rows), read by key: what a save checks without listing the whole district. */
    childrenAmong(parentId: number, kind: UnitKind, year: number, ids: number[]): ScopedUnit[] {
      return history.childrenAmong(parentId, kind, year, ids);
    },
    /** A page of these units (any kind) with their district names, district then name: lists of ids a screen pages through. */
    pageAmong(ids: number[], offset: number, limit: number): { id: number; name: string; districtName: string | null }[] {
      return history.pageAmong(ids, offset, limit);
    },
    rollUp(unitIds: number[], asOf?: string | null): RollUpItem[] {
      const date = asOf ?? deps.today();
      return unitIds.map((id) => {
        const unit = mustRef(id, 'unitIds');
        const current = currentOf(id, date);
        return { unitId: id, unitName: unit.name, current, ambiguous: current.length > 1 };
      });
    },
  };
  return api;
}

export type { ScopedUnit };
export type UnitHistoryService = ReturnType<typeof createUnitHistoryService>;
