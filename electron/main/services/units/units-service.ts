import type { ArchivedFilter, Unit, UnitDetail, UnitKind, UnitListItem } from '../../../../shared/domain/units';
import { KINDS_WITH_EM_FLAG, PARENT_KINDS } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import { UNIT_KIND_SUBJECTS } from '../../../../shared/text/units-text';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { UnitsRepository, UnitWrite } from '../../db/repositories/units';
import type { Clock } from '../context';
import { unitMessages } from './messages';
import { rankSearchResults, searchTerms } from './search';
import { plainUnit, unitSnapshot } from './snapshot';

export interface UnitListFilter {
  kind?: UnitKind;
  districtId?: number;
  parentId?: number;
  ethnicMinorityArea?: boolean;
  archived: ArchivedFilter;
  query?: string;
}

interface Deps {
  db: Db;
  units: UnitsRepository;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

/** The unit registry: rules on parents, codes and archiving; every write audited in its transaction. */
export function createUnitsService(deps: Deps) {
  const { db, units, audit, clock } = deps;

  function mustGet(id: number): UnitListItem {
    const unit = units.get(id);
    if (!unit) throw new AppError('NOT_FOUND', unitMessages.notFound(id));
    return unit;
  }

  /** One province per database: its movements, targets and reports are that province's. */
  function checkOneProvince(selfId: number | null): void {
    const other = units.anotherProvince(selfId ?? 0);
    if (!other) return;
    const message = unitMessages.oneProvince(other.name);
    throw new AppError('CONFLICT', message, [{ path: 'kind', message }]);
  }

  function checkFields(fields: UnitWrite, selfId: number | null): void {
    if (fields.code) {
      const other = units.getByCode(fields.code);
      if (other && other.id !== selfId) {
        const message = unitMessages.codeTaken(fields.code, other.name);
        throw new AppError('CONFLICT', message, [{ path: 'code', message }]);
      }
    }
    if (fields.ethnicMinorityArea && !KINDS_WITH_EM_FLAG.includes(fields.kind)) {
      throw new AppError('VALIDATION', unitMessages.emFlagNotAllowed, [
        { path: 'ethnicMinorityArea', message: unitMessages.emFlagNotAllowed },
      ]);
    }
    const allowed = PARENT_KINDS[fields.kind];
    const subject = UNIT_KIND_SUBJECTS[fields.kind];
    const fail = (message: string): never => {
      throw new AppError('VALIDATION', message, [{ path: 'parentId', message }]);
    };
    if (fields.parentId === null) {
      if (!allowed.includes(null)) fail(unitMessages.parentRequired(subject));
      if (fields.kind === 'province') checkOneProvince(selfId);
      return;
    }
    if (allowed.length === 1 && allowed[0] === null) fail(unitMessages.parentNotAllowed(subject));
    const parent = units.get(fields.parentId);
    if (!parent) return fail(unitMessages.parentNotFound);
    if (!allowed.includes(parent.kind)) {
      const names = allowed.filter((k): k is UnitKind => k !== null).map((k) => UNIT_KIND_SUBJECTS[k].toLowerCase());
      fail(unitMessages.parentWrongKind(subject, names.join(' hoặc ')));
    }
    if (parent.archived) fail(unitMessages.parentArchived(parent.name));
    if (selfId !== null && (parent.id === selfId || units.ancestors(parent.id).some((a) => a.id === selfId))) {
      fail(unitMessages.parentCycle);
    }
  }

  function setArchived(id: number, version: number, archived: boolean): Unit {
    return db.transaction(() => {
      const before = mustGet(id);
      if (before.version !== version) throw new AppError('CONFLICT', unitMessages.stale(before.name));
      if (archived) {
        if (before.archived) throw new AppError('CONFLICT', unitMessages.alreadyArchived(before.name));
        const children = units.activeChildCount(id);
        if (children > 0) throw new AppError('CONFLICT', unitMessages.hasActiveChildren(before.name, children));
      } else {
        if (!before.archived) throw new AppError('CONFLICT', unitMessages.notArchived(before.name));
        const parent = before.parentId ? units.get(before.parentId) : null;
        if (parent?.archived) throw new AppError('CONFLICT', unitMessages.parentArchived(parent.name));
      }
      const at = clock.now();
      if (!units.setArchived(id, version, archived, at)) throw new AppError('CONFLICT', unitMessages.stale(before.name));
      const after = plainUnit(mustGet(id));
      audit.record(
        {
          entity: 'unit',
          entityId: id,
          action: archived ? 'archive' : 'restore',
          before: unitSnapshot(plainUnit(before)),
          after: unitSnapshot(after),
          operator: deps.operator(),
        },
        at,
      );
      return after;
    })();
  }

  return {
    /** One unit as listed, or null: the cheap read other areas check their unit ids with. */
    find(id: number): UnitListItem | null {
      return units.get(id);
    },
    findByCode(code: string): Unit | null {
      return units.getByCode(code);
    },
    list(filter: UnitListFilter): UnitListItem[] {
      const terms = filter.query ? searchTerms(filter.query) : null;
      const rows = units.list({ ...filter, words: terms?.words, compact: terms?.compact });
      return terms && filter.query ? rankSearchResults(rows, filter.query) : rows;
    },
    get(id: number): UnitDetail {
      const unit = mustGet(id);
      return {
        ...unit,
        children: units.list({ parentId: id, archived: 'all' }),
        ancestors: units.ancestors(id),
      };
    },
    /** Search as the search box does: case, diacritics and đ/d ignored, word prefixes, exact diacritics first. */
    search(query: string, limit: number, includeArchived = false): UnitListItem[] {
      const terms = searchTerms(query);
      if (terms.words.length === 0) return [];
      // Fetch a wider candidate set than asked, so ranking picks the best of it rather than the first in name order.
      const candidates = units.list({
        archived: includeArchived ? 'all' : 'active',
        words: terms.words,
        compact: terms.compact,
        limit: Math.max(limit * 10, 200),
      });
      return rankSearchResults(candidates, query).slice(0, limit);
    },
    create(fields: UnitWrite): Unit {
      return db.transaction(() => {
        checkFields(fields, null);
        const at = clock.now();
        const id = units.insert(fields, at);
        const created = plainUnit(mustGet(id));
        audit.record(
          { entity: 'unit', entityId: id, action: 'create', before: null, after: unitSnapshot(created), operator: deps.operator() },
          at,
        );
        return created;
      })();
    },
    update(id: number, version: number, fields: UnitWrite): Unit {
      return db.transaction(() => {
        const before = mustGet(id);
        if (before.version !== version) throw new AppError('CONFLICT', unitMessages.stale(before.name));
        if (fields.kind !== before.kind && units.activeChildCount(id) > 0) {
          const message = unitMessages.kindChangeWithChildren(before.name);
          throw new AppError('VALIDATION', message, [{ path: 'kind', message }]);
        }
        checkFields(fields, id);
        const at = clock.now();
        if (!units.update(id, version, fields, at)) throw new AppError('CONFLICT', unitMessages.stale(before.name));
        const after = plainUnit(mustGet(id));
        audit.record(
          {
            entity: 'unit',
            entityId: id,
            action: 'update',
            before: unitSnapshot(plainUnit(before)),
            after: unitSnapshot(after),
            operator: deps.operator(),
          },
          at,
        );
        return after;
      })();
    },
    /**
     * Sets only the ethnic-minority-area flag at the version read, audited; the caller checks the
     * unit belongs where it should. Nested in the caller's transaction when there is one.
     */
    setEthnicMinorityArea(id: number, version: number, ethnicMinorityArea: boolean, at: string = clock.now()): Unit | null {
      return db.transaction(() => {
        const before = plainUnit(mustGet(id));
        if (before.version !== version) return null;
        if (ethnicMinorityArea && !KINDS_WITH_EM_FLAG.includes(before.kind)) {
          throw new AppError('VALIDATION', unitMessages.emFlagNotAllowed, [
            { path: 'ethnicMinorityArea', message: unitMessages.emFlagNotAllowed },
          ]);
        }
        const { id: _id, archived: _a, version: _v, createdAt: _c, updatedAt: _u, ...fields } = before;
        if (!units.update(id, version, { ...fields, ethnicMinorityArea }, at)) return null;
        const after = plainUnit(mustGet(id));
        audit.record(
          {
            entity: 'unit',
            entityId: id,
            action: 'update',
            before: unitSnapshot(before),
            after: unitSnapshot(after),
            operator: deps.operator(),
          },
          at,
        );
        return after;
      })();
    },
    archive(id: number, version: number): Unit {
      return setArchived(id, version, true);
    },
    restore(id: number, version: number): Unit {
      return setArchived(id, version, false);
    },
  };
}

export type UnitsService = ReturnType<typeof createUnitsService>;
