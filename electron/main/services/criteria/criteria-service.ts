import type { CriteriaSetUpdate, UnitYearInput } from '../../../../shared/contract/criteria';
import type { CriteriaGrid, CriteriaGridSave, CriteriaSet, Criterion, UnitYearCriteria } from '../../../../shared/domain/criteria';
import type { UnitRef } from '../../../../shared/domain/unit-history';
import type { UnitListItem } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import type { AuditItem, AuditRepository } from '../../db/repositories/audit';
import type { CriteriaRepository, StateRow, YearCounts } from '../../db/repositories/criteria';
import type { RecognitionsRepository } from '../../db/repositories/recognitions';
import type { Clock } from '../context';
import type { UnitHistoryService } from '../unit-history/unit-history-service';
import type { UnitsService } from '../units/units-service';
import { createUnitLookups, setAppliesTo, setCoversYear } from './applicable';
import { criteriaMessages as msg } from './messages';

interface Deps {
  db: Db;
  criteria: CriteriaRepository;
  recognitions: RecognitionsRepository;
  units: Pick<UnitsService, 'find'>;
  unitHistory: Pick<UnitHistoryService, 'ref' | 'childrenInYear' | 'childrenAmong'>;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

/** One unit's row as bulk writes receive it; `path` prefixes field errors ("rows.3"). */
/** A unit's year to write; `version` undefined (no expectation) only for the app's own import, which overwrites what it previewed. */
export interface RowWrite extends Omit<UnitYearInput, 'year' | 'version'> {
  version?: number | null;
  path?: string;
}

/** Whether a stored record already holds these criteria met and notes (both in criterion number order). */
function sameRecord(record: UnitYearCriteria, criteriaMet: number[], notes: UnitYearCriteria['notes']): boolean {
  return (
    record.criteriaMet.length === criteriaMet.length &&
    record.criteriaMet.every((number, index) => number === criteriaMet[index]) &&
    record.notes.length === notes.length &&
    record.notes.every((note, index) => note.number === notes[index].number && note.note === notes[index].note)
  );
}

/** Criteria sets, and each unit's criteria per year (single, for a district's grid, or from an import). */
export function createCriteriaService(deps: Deps) {
  const { db, criteria, audit, clock } = deps;
  const lookups = createUnitLookups(deps);

  function mustGetSet(id: number): CriteriaSet {
    const set = criteria.set(id);
    if (!set) throw new AppError('NOT_FOUND', msg.setNotFound(id));
    return set;
  }

  /** What a batch reads once and collects: the sets, each unit's record before, the operator, the audit items. */
  interface Batch {
    sets: CriteriaSet[];
    befores: Map<number, UnitYearCriteria & { recordId: number }>;
    operator: string;
    audit: { created: AuditItem[]; updated: AuditItem[] };
    active: Map<number, ReturnType<typeof activeCriteria>>;
    /** The states of the batch's records, inserted together at the end. */
    states: StateRow[];
    /** Units whose record the batch left as it was (the row changed nothing). */
    unchanged: Set<number>;
  }

  function activeCriteria(set: CriteriaSet) {
    const active = set.criteria.filter((c) => !c.archived);
    return { active, byNumber: new Map(active.map((c) => [c.number, c])) };
  }

  /** A set's active criteria, worked out once per batch. */
  function activeOf(set: CriteriaSet, batch: Batch) {
    let found = batch.active.get(set.id);
    if (!found) batch.active.set(set.id, (found = activeCriteria(set)));
    return found;
  }

  /**
   * Validates and writes one unit's year; must run inside a transaction. A batch passes `batch`: what it
   * read once, and its units are already known valid in the year (the grid's communes are); the batch
   * records the audit.
   */
  function writeOne(
    unit: Pick<UnitListItem, 'id' | 'name' | 'kind' | 'adminType'>,
    year: number,
    row: RowWrite,
    at: string,
    batch?: Batch,
  ): UnitYearCriteria {
    const prefix = row.path ? `${row.path}.` : '';
    if (!batch) lookups.checkValidInYear(unit, year);
    const set = lookups.mustFindSet(unit, year, batch?.sets);
    const { active, byNumber } = batch ? activeOf(set, batch) : activeCriteria(set);
    if (active.length === 0) throw new AppError('VALIDATION', msg.emptySet(set.name));
    row.criteriaMet.forEach((number, index) => {
      if (!byNumber.has(number)) {
        const message = msg.unknownCriterion(number, set.name);
        throw new AppError('VALIDATION', message, [{ path: `${prefix}criteriaMet.${index}`, message }]);
      }
    });
    row.notes.forEach((note, index) => {
      if (!byNumber.has(note.number)) {
        const message = msg.unknownCriterion(note.number, set.name);
        throw new AppError('VALIDATION', message, [{ path: `${prefix}notes.${index}.number`, message }]);
      }
    });
    const met = new Set(row.criteriaMet);
    const notes = new Map(row.notes.map((n) => [n.number, n.note]));
    const states = active.map((c) => ({ criterionId: c.id, met: met.has(c.number), note: notes.get(c.number) ?? '' }));
    let before: UnitYearCriteria | null;
    let known: { id: number; version: number } | null | undefined;
    if (batch) {
      const found = batch.befores.get(unit.id);
      if (found) {
        const { recordId, ...record } = found;
        before = record;
        known = { id: recordId, version: record.version };
      } else {
        before = null;
        known = null;
      }
    } else before = criteria.unitYear(unit.id, year);
    if (row.version !== undefined && row.version !== (before?.version ?? null))
      throw new AppError('CONFLICT', msg.recordStale(unit.name, year));
    const criteriaMet = active.filter((c) => met.has(c.number)).map((c) => c.number);
    const notesAfter = states.flatMap((state, index) => (state.note === '' ? [] : [{ number: active[index].number, note: state.note }]));
    // A batch (the grid sends every commune) leaves a record the row does not change as it is: no write, no new version, no audit.
    if (batch && before && before.setId === set.id && sameRecord(before, criteriaMet, notesAfter)) {
      batch.unchanged.add(unit.id);
      return before;
    }
    if (!criteria.writeUnitYear(unit.id, year, set.id, states, before?.version ?? null, at, known, batch?.states)) {
      throw new AppError('CONFLICT', msg.recordStale(unit.name, year));
    }
    // What was just written, as unitYear reads it back (criteria in number order), without reading it back.
    const after: UnitYearCriteria = {
      unitId: unit.id,
      year,
      setId: set.id,
      criteriaMet,
      notes: notesAfter,
      count: met.size,
      version: (before?.version ?? 0) + 1,
    };
    if (batch) (before ? batch.audit.updated : batch.audit.created).push({ entityId: unit.id, before, after });
    else
      audit.record(
        { entity: 'unit-criteria', entityId: unit.id, action: before ? 'update' : 'create', before, after, operator: deps.operator() },
        at,
      );
    return after;
  }

  /** The commune set in force that year (the newest that covers it). */
  function communeSet(district: Pick<UnitRef, 'name'>, year: number, sets: CriteriaSet[]): CriteriaSet {
    const set = sets
      .filter((s) => s.scope === 'commune' && setCoversYear(s, year))
      .sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''))[0];
    if (!set) throw new AppError('VALIDATION', msg.noSetForUnit(district.name, year));
    return set;
  }

  /** The district's grid: its communes valid in the year that the commune set applies to (only "Xã"), with their records. */
  function grid(districtId: number, year: number): CriteriaGrid {
    const district = lookups.mustGetDistrict(districtId);
    const set = communeSet(district, year, criteria.sets());
    const communes = deps.unitHistory.childrenInYear(district.id, 'commune', year).filter((c) => setAppliesTo(set, 'commune', c.adminType));
    // Levels, last year's counts and this year's records of this district's communes only, each in one read.
    const levels = deps.recognitions.levelsUnder(district.id, year);
    const previous = criteria.countsUnder(district.id, year - 1, set.id);
    const records = criteria.unitYears(
      communes.map((c) => c.id),
      year,
    );
    return {
      district: { id: district.id, name: district.name },
      year,
      set,
      rows: communes.map((c) => {
        const record = records.get(c.id);
        return {
          unitId: c.id,
          code: c.code,
          name: c.name,
          adminType: c.adminType,
          criteriaMet: record?.criteriaMet ?? [],
          notes: record?.notes ?? [],
          count: record?.count ?? null,
          previousCount: previous.get(c.id) ?? null,
          level: levels.get(c.id)?.level ?? 'none',
          version: record?.version ?? null,
        };
      }),
    };
  }

  /**
   * Writes many rows of one district and year in one transaction: all or nothing. Only the rows' own units
   * are read (each must be one of the grid's communes: of the district, valid in the year, under the commune
   * set), their records before at once; a row that changes nothing is left as it is (no write, no version, no
   * audit), and the audit is one entry for the records created and one for those changed, each naming every unit
   * (each unit's history shows its part). Answers the records written.
   */
  function writeDistrictRows(districtId: number, year: number, rows: RowWrite[]): CriteriaGridSave {
    return db.transaction(() => {
      const district = lookups.mustGetDistrict(districtId);
      const sets = criteria.sets();
      const set = communeSet(district, year, sets);
      const ids = rows.map((row) => row.unitId);
      const allowed = new Map(
        deps.unitHistory
          .childrenAmong(district.id, 'commune', year, ids)
          .filter((c) => setAppliesTo(set, 'commune', c.adminType))
          .map((c) => [c.id, c]),
      );
      const seen = new Set<number>();
      const at = clock.now();
      const batch: Batch = {
        sets,
        befores: criteria.unitYears(ids, year),
        operator: deps.operator(),
        audit: { created: [], updated: [] },
        active: new Map(),
        states: [],
        unchanged: new Set(),
      };
      const saved: UnitYearCriteria[] = [];
      rows.forEach((row, index) => {
        const path = row.path ?? `rows.${index}`;
        // A grid commune is known from the one read of the rows' units; any other id is looked up only to say what it is.
        const unit = allowed.get(row.unitId) ?? lookups.mustGetUnit(row.unitId, `${path}.unitId`);
        if (!allowed.has(unit.id))
          throw new AppError('VALIDATION', msg.notInDistrict(unit.name, district.name), [
            { path: `${path}.unitId`, message: msg.notInDistrict(unit.name, district.name) },
          ]);
        if (seen.has(unit.id))
          throw new AppError('VALIDATION', msg.duplicateRow(unit.name), [{ path: `${path}.unitId`, message: msg.duplicateRow(unit.name) }]);
        seen.add(unit.id);
        const record = writeOne(unit, year, { ...row, path }, at, batch);
        if (!batch.unchanged.has(unit.id)) saved.push(record);
      });
      criteria.insertStates(batch.states);
      audit.recordBatch({ entity: 'unit-criteria', action: 'create', items: batch.audit.created, operator: batch.operator }, at);
      audit.recordBatch({ entity: 'unit-criteria', action: 'update', items: batch.audit.updated, operator: batch.operator }, at);
      return { district: { id: district.id, name: district.name }, year, saved };
    })();
  }

  return {
    sets(): CriteriaSet[] {
      return criteria.sets();
    },
    updateSet(input: CriteriaSetUpdate): CriteriaSet {
      return db.transaction(() => {
        const before = mustGetSet(input.id);
        const at = clock.now();
        const fields = {
          name: input.name,
          adminTypes: input.adminTypes,
          legalNumber: input.legalBasis.number,
          legalDate: input.legalBasis.date,
          legalIssuer: input.legalBasis.issuer,
          legalTitle: input.legalBasis.title,
          validFrom: input.validFrom,
          validTo: input.validTo,
        };
        if (before.version !== input.version || !criteria.updateSet(input.id, input.version, fields, at)) {
          throw new AppError('CONFLICT', msg.setStale(before.name));
        }
        const after = mustGetSet(input.id);
        const { criteria: _b, ...beforeSnap } = before;
        const { criteria: _a, ...afterSnap } = after;
        audit.record(
          { entity: 'criteria-set', entityId: input.id, action: 'update', before: beforeSnap, after: afterSnap, operator: deps.operator() },
          at,
        );
        return after;
      })();
    },
    addCriterion(input: { setId: number; number?: number; name: string; groupName: string }): Criterion {
      return db.transaction(() => {
        const set = mustGetSet(input.setId);
        if (!set.editable) throw new AppError('VALIDATION', msg.setNotEditable(set.name));
        const number = input.number ?? criteria.nextNumber(set.id);
        if (criteria.numberTaken(set.id, number) !== null)
          throw new AppError('CONFLICT', msg.numberTaken(number), [{ path: 'number', message: msg.numberTaken(number) }]);
        const at = clock.now();
        const id = criteria.insertCriterion(set.id, { number, name: input.name, groupName: input.groupName, archived: false }, at);
        const created = criteria.criterion(id) as Criterion;
        audit.record({ entity: 'criterion', entityId: id, action: 'create', before: null, after: created, operator: deps.operator() }, at);
        return created;
      })();
    },
    updateCriterion(input: { id: number; version: number; number: number; name: string; groupName: string; archived: boolean }): Criterion {
      return db.transaction(() => {
        const before = criteria.criterion(input.id);
        if (!before) throw new AppError('NOT_FOUND', msg.criterionNotFound(input.id));
        const set = mustGetSet(before.setId);
        if (!set.editable) throw new AppError('VALIDATION', msg.setNotEditable(set.name));
        const taken = criteria.numberTaken(set.id, input.number);
        if (taken !== null && taken !== input.id)
          throw new AppError('CONFLICT', msg.numberTaken(input.number), [{ path: 'number', message: msg.numberTaken(input.number) }]);
        const at = clock.now();
        const { id, version, ...fields } = input;
        if (before.version !== version || !criteria.updateCriterion(id, version, fields, at))
          throw new AppError('CONFLICT', msg.criterionStale(before.name));
        const after = criteria.criterion(id) as Criterion;
        audit.record(
          {
            entity: 'criterion',
            entityId: id,
            action: fields.archived && !before.archived ? 'archive' : 'update',
            before,
            after,
            operator: deps.operator(),
          },
          at,
        );
        return after;
      })();
    },
    /** Criteria met per unit of the area (null: everywhere) in `year`, with the set of each record, for target evaluation. */
    countsInArea(scopeUnitId: number | null, year: number): YearCounts {
      return criteria.countsInArea(scopeUnitId, year);
    },
    getUnitYear(unitId: number, year: number): UnitYearCriteria | null {
      lookups.mustGetUnit(unitId);
      return criteria.unitYear(unitId, year);
    },
    setUnitYear(input: UnitYearInput): UnitYearCriteria {
      return db.transaction(() => writeOne(lookups.mustGetUnit(input.unitId), input.year, input, clock.now()))();
    },
    forDistrictYear: (districtId: number, year: number) => grid(districtId, year),
    setDistrictYear: writeDistrictRows,
    writeDistrictRows,
    /** Unit lookups with the same rules, for the import. */
    lookups,
  };
}

export type CriteriaService = ReturnType<typeof createCriteriaService>;

export type { YearCounts };
