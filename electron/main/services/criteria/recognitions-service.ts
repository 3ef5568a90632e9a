import type { EthnicFlagChange } from '../../../../shared/contract/baseline';
import type { IncomeInput } from '../../../../shared/contract/income';
import { pageOffset } from '../../../../shared/contract/paging';
import type {
  RecognitionGridRowInput,
  RecognitionInput,
  RecognitionListInput,
  RecognitionPageInput,
  RecognitionUpdate,
} from '../../../../shared/contract/recognitions';
import {
  type CriteriaSet,
  type EthnicFlagList,
  type EthnicFlagRow,
  type Income,
  LEVEL_RANK,
  LEVELS_BY_KIND,
  type Recognition,
  type RecognitionGrid,
  type RecognitionGridSave,
  type RecognitionLevel,
  type RecognitionWarning,
} from '../../../../shared/domain/criteria';
import { groupByCurrent, type RolledRecognition, type RollUpPage } from '../../../../shared/domain/roll-up';
import type { UnitRef } from '../../../../shared/domain/unit-history';
import type { UnitListItem } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import { todayIso } from '../../../../shared/format/date';
import { foldedWords } from '../../../../shared/text/fold';
import { LEVEL_LABELS } from '../../../../shared/text/movements-text';
import type { Db } from '../../db/connection';
import type { AuditItem, AuditRepository } from '../../db/repositories/audit';
import type { CriteriaRepository } from '../../db/repositories/criteria';
import type { RecognitionsRepository, RecognitionWrite, RecognitionYearQuery } from '../../db/repositories/recognitions';
import type { Clock } from '../context';
import type { UnitHistoryService } from '../unit-history/unit-history-service';
import type { UnitsService } from '../units/units-service';
import { createUnitLookups, findSet } from './applicable';
import { readEthnicList } from './ethnic-list';
import { criteriaMessages as msg, recognitionWarnings as warn } from './messages';

type DecisionInput = RecognitionInput['decision'];

interface Deps {
  db: Db;
  recognitions: RecognitionsRepository;
  criteria: CriteriaRepository;
  /** The unit registry, which also writes the ethnic-minority flag (audited) inside this service's transaction. */
  units: Pick<UnitsService, 'find' | 'list' | 'setEthnicMinorityArea'>;
  unitHistory: Pick<UnitHistoryService, 'ref' | 'childrenInYear' | 'childrenAmong' | 'currentOf'>;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

/** A decision as the repository reads it back right after its write, built from what was written. */
function stored(id: number, unitId: number, year: number, fields: RecognitionWrite, version: number): Recognition {
  return {
    id,
    unitId,
    year,
    level: fields.level,
    decision: { number: fields.decisionNumber, date: fields.decisionDate, signerAuthority: fields.signerAuthority },
    unitNameAt: fields.unitNameAt,
    districtNameAt: fields.districtNameAt,
    note: fields.note,
    version,
  };
}

const staleError = (unitName: string, year: number) => new AppError('CONFLICT', msg.recognitionStale(unitName, year));

/** Recognition decisions (level per unit and year) and rural income per capita. */
export function createRecognitionsService(deps: Deps) {
  const { db, recognitions, audit, clock } = deps;
  const lookups = createUnitLookups(deps);
  const currentOn = (asOf: string | null) => currentResolver(deps.unitHistory.currentOf, asOf ?? todayIso());

  /**
   * One record per unit and year: inserts the first when the caller expects none (null), updates the
   * existing one only at the version the caller read, and audits either. `undefined` (no expectation)
   * is for the app's own bulk paths; the contract always states one.
   */
  function saveYearly<T extends { id: number; version: number }>(op: {
    entity: string;
    before: T | null;
    version: number | null | undefined;
    stale: string;
    insert: (at: string) => void;
    update: (id: number, version: number, at: string) => boolean;
    reload: () => T;
  }): T {
    const { before } = op;
    const at = clock.now();
    if (!before) {
      if (op.version !== undefined && op.version !== null) throw new AppError('CONFLICT', op.stale);
      op.insert(at);
    } else {
      if (op.version === null) throw new AppError('CONFLICT', op.stale);
      const version = op.version ?? before.version;
      if (version !== before.version || !op.update(before.id, version, at)) throw new AppError('CONFLICT', op.stale);
    }
    const after = op.reload();
    audit.record(
      { entity: op.entity, entityId: after.id, action: before ? 'update' : 'create', before, after, operator: deps.operator() },
      at,
    );
    return after;
  }

  function mustGet(id: number): Recognition {
    const found = recognitions.byId(id);
    if (!found) throw new AppError('NOT_FOUND', msg.recognitionNotFound(id));
    return found;
  }

  function checkLevel(unit: Pick<UnitListItem, 'name' | 'kind'>, level: RecognitionLevel, path: string): void {
    const allowed = LEVELS_BY_KIND[unit.kind];
    if (!allowed)
      throw new AppError('VALIDATION', msg.kindHasNoLevels(unit.name), [{ path: 'unitId', message: msg.kindHasNoLevels(unit.name) }]);
    if (!allowed.includes(level)) {
      const message = msg.levelNotForKind(LEVEL_LABELS[level], unit.name);
      throw new AppError('VALIDATION', message, [{ path, message }]);
    }
  }

  function writeFields(
    unit: Pick<UnitListItem, 'name' | 'kind' | 'districtName'>,
    level: RecognitionLevel,
    decision: DecisionInput,
    note: string,
  ): RecognitionWrite {
    return {
      level,
      decisionNumber: decision?.number ?? '',
      decisionDate: decision?.date ?? null,
      signerAuthority: decision?.signerAuthority ?? '',
      // The unit as it is on this record: names survive later mergers and renamings.
      unitNameAt: unit.name,
      districtNameAt: unit.kind === 'district' ? null : unit.districtName,
      note,
    };
  }

  function sameRecognition(r: Recognition, level: RecognitionLevel, decision: DecisionInput, note: string): boolean {
    return (
      r.level === level &&
      r.decision.number === (decision?.number ?? '') &&
      r.decision.date === (decision?.date ?? null) &&
      r.decision.signerAuthority === (decision?.signerAuthority ?? '') &&
      r.note === note
    );
  }

  /** Creates or updates the unit's decision of `year`; runs inside the caller's transaction. */
  function writeYear(
    unit: UnitListItem,
    year: number,
    input: { level: RecognitionLevel; decision?: DecisionInput; note: string; version?: number | null },
    levelPath = 'level',
  ): Recognition {
    checkLevel(unit, input.level, levelPath);
    lookups.checkValidInYear(unit, year);
    const fields = writeFields(unit, input.level, input.decision, input.note);
    const before = recognitions.get(unit.id, year);
    return saveYearly({
      entity: 'recognition',
      before,
      version: input.version,
      stale: msg.recognitionStale(unit.name, year),
      insert: (at) => recognitions.insert(unit.id, year, fields, at),
      // An existing record keeps the names it was first recorded with.
      update: (id, version, at) =>
        before !== null &&
        recognitions.update(id, version, { ...fields, unitNameAt: before.unitNameAt, districtNameAt: before.districtNameAt }, at),
      reload: () => recognitions.get(unit.id, year) as Recognition,
    });
  }

  /** Deletes a decision at the version read and audits it; runs inside the caller's transaction. */
  function removeAt(before: Recognition, version: number, name: string, at: string): void {
    if (before.version !== version || !recognitions.remove(before.id, version))
      throw new AppError('CONFLICT', msg.recognitionStale(name, before.year));
    audit.record({ entity: 'recognition', entityId: before.id, action: 'delete', before, after: null, operator: deps.operator() }, at);
  }

  /** Why a level looks unlikely for the unit and year: no earlier lower level, or too few criteria met. */
  function warnings(unitId: number, year: number, level: RecognitionLevel): RecognitionWarning[] {
    const unit = lookups.mustGetUnit(unitId);
    const rank = LEVEL_RANK[level];
    if (rank === 0 || !LEVELS_BY_KIND[unit.kind]?.includes(level)) return [];
    const list: RecognitionWarning[] = [];
    if (rank >= 2) {
      const ladder = LEVELS_BY_KIND[unit.kind] ?? [];
      const required = ladder.find((candidate) => LEVEL_RANK[candidate] === rank - 1) ?? 'none';
      const earlier = recognitions.forUnit(unit.id).some((r) => r.year < year && LEVEL_RANK[r.level] >= rank - 1);
      if (!earlier)
        list.push({
          code: rank === 2 ? 'no-earlier-ntm' : 'no-earlier-advanced',
          message: warn.noEarlier(unit.name, year, LEVEL_LABELS[level], LEVEL_LABELS[required]),
        });
    }
    const record = deps.criteria.unitYear(unit.id, year);
    if (record) {
      const set = deps.criteria.set(record.setId);
      const total = set?.criteria.filter((c) => !c.archived).length ?? 0;
      if (total > 0 && record.count < total)
        list.push({ code: 'few-criteria', message: warn.fewCriteria(unit.name, year, record.count, total) });
    }
    return list;
  }

  /** The communes of a district in `year` that a commune criteria set applies to (the NTM communes), with their set. */
  function gridCommunes(district: UnitRef, year: number) {
    const sets = deps.criteria.sets();
    return deps.unitHistory.childrenInYear(district.id, 'commune', year).flatMap((c) => {
      const set = findSet(sets, 'commune', c.adminType, year);
      return set ? [{ commune: c, set }] : [];
    });
  }

  /** The district's communes and decisions of the year, with the latest decision before it (each read once for the district). */
  function grid(districtId: number, year: number): RecognitionGrid {
    const district = lookups.mustGetDistrict(districtId);
    const communes = gridCommunes(district, year);
    const before = recognitions.levelsUnder(district.id, year - 1);
    const ids = communes.map(({ commune }) => commune.id);
    const decisions = recognitions.forUnitsYear(ids, year);
    const counts = deps.criteria.metCounts(ids, year);
    const totals = new Map<number, number>();
    const totalOf = (set: CriteriaSet) => {
      let total = totals.get(set.id);
      if (total === undefined) totals.set(set.id, (total = set.criteria.filter((k) => !k.archived).length));
      return total;
    };
    const rows = communes.map(({ commune: c, set }) => {
      const count = counts.get(c.id);
      return {
        unitId: c.id,
        code: c.code,
        name: c.name,
        heldBefore: before.get(c.id)?.level ?? 'none',
        heldBeforeYear: before.get(c.id)?.year ?? null,
        recognition: decisions.get(c.id) ?? null,
        count: count ?? null,
        criteriaTotal: count === undefined ? null : totalOf(set),
      };
    });
    return { district: { id: district.id, name: district.name }, year, rows };
  }

  /**
   * A district's year saved from its grid in one transaction, all or nothing. Only the rows' own units are
   * read (each must be one of the grid's communes: of the district, valid in the year, with a commune set),
   * their decisions before at once; the audit is one entry per kind of change (created, changed, removed),
   * each naming every decision (each unit's history shows its part). Answers the decisions it changed.
   */
  function saveDistrictYear(districtId: number, year: number, rows: RecognitionGridRowInput[]): RecognitionGridSave {
    return db.transaction(() => {
      const district = lookups.mustGetDistrict(districtId);
      const ids = rows.map((row) => row.unitId);
      const sets = deps.criteria.coverage();
      // Whether a commune set applies, once per administrative type (rows share a few).
      const typed = new Map<string, boolean>();
      const hasSet = (adminType: string) => {
        let found = typed.get(adminType);
        if (found === undefined) typed.set(adminType, (found = findSet(sets, 'commune', adminType, year) !== null));
        return found;
      };
      const allowed = new Map<number, ReturnType<UnitHistoryService['childrenAmong']>[number]>();
      for (const commune of deps.unitHistory.childrenAmong(district.id, 'commune', year, ids))
        if (hasSet(commune.adminType)) allowed.set(commune.id, commune);
      const existing = recognitions.forUnitsYear(ids, year);
      const seen = new Set<number>();
      const at = clock.now();
      const operator = deps.operator();
      const changes: Record<'create' | 'update' | 'delete', AuditItem[]> = { create: [], update: [], delete: [] };
      const saved: RecognitionGridSave['saved'] = [];
      const created: { unitId: number; fields: RecognitionWrite; position: number }[] = [];
      rows.forEach((row, index) => {
        // A grid commune is known from the one read of the rows' units; any other id is looked up only to say what it is.
        const unit = allowed.get(row.unitId) ?? lookups.mustGetUnit(row.unitId, `rows.${index}.unitId`);
        if (!allowed.has(unit.id) || seen.has(unit.id)) {
          const message = seen.has(unit.id) ? msg.duplicateRow(unit.name) : msg.communeNotInGrid(unit.name, district.name);
          throw new AppError('VALIDATION', message, [{ path: `rows.${index}.unitId`, message }]);
        }
        seen.add(unit.id);
        const before = existing.get(unit.id) ?? null;
        if (row.level === null) {
          if (!before) {
            if (row.version !== null) throw new AppError('CONFLICT', msg.recognitionGone(unit.name, year));
            return;
          }
          // Removing what the caller never saw would lose someone else's entry.
          if (before.version !== row.version || !recognitions.remove(before.id, before.version))
            throw new AppError('CONFLICT', msg.recognitionStale(unit.name, year));
          changes.delete.push({ entityId: before.id, before, after: null });
          saved.push({ unitId: unit.id, recognition: null });
          return;
        }
        const decision = row.decision ?? before?.decision;
        const note = row.note ?? before?.note ?? '';
        if (before && row.version === before.version && sameRecognition(before, row.level, decision, note)) return;
        // A batch's rows build their messages only when one is refused.
        if (before && row.version === null) throw staleError(unit.name, year);
        checkLevel(unit, row.level, `rows.${index}.level`);
        if (before ? row.version !== before.version : row.version !== null) throw staleError(unit.name, year);
        const fields = writeFields(unit, row.level, decision, note);
        if (!before) {
          // New decisions are inserted together once every row is checked.
          created.push({ unitId: unit.id, fields, position: saved.length });
          saved.push({ unitId: unit.id, recognition: null });
          return;
        }
        // An existing decision keeps the names it was first recorded with.
        const kept = { ...fields, unitNameAt: before.unitNameAt, districtNameAt: before.districtNameAt };
        if (!recognitions.update(before.id, before.version, kept, at)) throw staleError(unit.name, year);
        const after = stored(before.id, unit.id, year, kept, before.version + 1);
        changes.update.push({ entityId: after.id, before, after });
        saved.push({ unitId: unit.id, recognition: after });
      });
      const newIds = recognitions.insertMany(year, created, at);
      for (const row of created) {
        const after = stored(newIds.get(row.unitId) as number, row.unitId, year, row.fields, 1);
        changes.create.push({ entityId: after.id, before: null, after });
        saved[row.position] = { unitId: row.unitId, recognition: after };
      }
      for (const action of ['create', 'update', 'delete'] as const)
        audit.recordBatch({ entity: 'recognition', action, items: changes[action], operator }, at);
      return { district: { id: district.id, name: district.name }, year, saved };
    })();
  }

  /** A district's communes, each followed by its villages, with the ethnic-minority-area flag. */
  function ethnicFlags(districtId: number): EthnicFlagList {
    const district = lookups.mustGetDistrict(districtId);
    const units = deps.units.list({ districtId: district.id, archived: 'active' });
    const toRow = (u: UnitListItem): EthnicFlagRow => ({
      unitId: u.id,
      code: u.code,
      name: u.name,
      kind: u.kind === 'village' ? 'village' : 'commune',
      adminType: u.adminType,
      communeName: u.kind === 'village' ? u.parentName : null,
      ethnicMinorityArea: u.ethnicMinorityArea,
      version: u.version,
    });
    const communes = units.filter((u) => u.kind === 'commune');
    const villages = units.filter((u) => u.kind === 'village');
    const placed = new Set<number>();
    const rows: EthnicFlagRow[] = [];
    for (const commune of communes) {
      rows.push(toRow(commune));
      for (const village of villages.filter((v) => v.parentId === commune.id)) {
        rows.push(toRow(village));
        placed.add(village.id);
      }
    }
    rows.push(...villages.filter((v) => !placed.has(v.id)).map(toRow));
    return { district: { id: district.id, name: district.name }, rows };
  }

  return {
    set(input: RecognitionInput): Recognition {
      return db.transaction(() => writeYear(lookups.mustGetUnit(input.unitId), input.year, input))();
    },
    update(input: RecognitionUpdate): Recognition {
      return db.transaction(() => {
        const before = mustGet(input.id);
        const unit = lookups.mustGetUnit(before.unitId);
        checkLevel(unit, input.level, 'level');
        lookups.checkValidInYear(unit, input.year);
        if (before.version !== input.version) throw new AppError('CONFLICT', msg.recognitionStale(unit.name, before.year));
        if (input.year !== before.year) {
          if (recognitions.get(unit.id, input.year)) {
            const message = msg.recognitionYearTaken(unit.name, input.year);
            throw new AppError('CONFLICT', message, [{ path: 'year', message }]);
          }
          recognitions.moveYear(before.id, input.year);
        }
        const at = clock.now();
        // A decision keeps the names it was first recorded with.
        const fields = {
          ...writeFields(unit, input.level, input.decision, input.note),
          unitNameAt: before.unitNameAt,
          districtNameAt: before.districtNameAt,
        };
        if (!recognitions.update(before.id, input.version, fields, at))
          throw new AppError('CONFLICT', msg.recognitionStale(unit.name, before.year));
        const after = mustGet(before.id);
        audit.record({ entity: 'recognition', entityId: after.id, action: 'update', before, after, operator: deps.operator() }, at);
        return after;
      })();
    },
    remove(id: number, version: number): { id: number } {
      return db.transaction(() => {
        const before = mustGet(id);
        removeAt(before, version, before.unitNameAt, clock.now());
        return { id };
      })();
    },
    warnings,
    forDistrictYear: (districtId: number, year: number) => grid(districtId, year),
    /** Writes the changed communes of a district's year in one transaction: all or nothing, one audit entry per kind of change. */
    setDistrictYear: saveDistrictYear,
    ethnicFlags,
    readEthnicList: (districtId: number, base64: string) => readEthnicList(base64, ethnicFlags(districtId).rows),
    /** Saves only the flags that change, each at the version read, with one audit entry per unit. */
    setEthnicFlags(districtId: number, changes: EthnicFlagChange[]): EthnicFlagList {
      db.transaction(() => {
        const district = lookups.mustGetDistrict(districtId);
        const allowed = new Set(ethnicFlags(district.id).rows.map((row) => row.unitId));
        const at = clock.now();
        changes.forEach((change, index) => {
          const path = `changes.${index}.unitId`;
          const unit = lookups.mustGetUnit(change.unitId, path);
          if (!allowed.has(unit.id)) {
            const message = msg.unitNotInDistrict(unit.name, district.name);
            throw new AppError('VALIDATION', message, [{ path, message }]);
          }
          if (unit.version !== change.version) throw new AppError('CONFLICT', msg.unitStale(unit.name));
          if (unit.ethnicMinorityArea === change.ethnicMinorityArea) return;
          if (!deps.units.setEthnicMinorityArea(unit.id, change.version, change.ethnicMinorityArea, at))
            throw new AppError('CONFLICT', msg.unitStale(unit.name));
        });
      })();
      return ethnicFlags(districtId);
    },
    forUnit(unitId: number): Recognition[] {
      lookups.mustGetUnit(unitId);
      return recognitions.forUnit(unitId);
    },
    /** Every decision of the year the filters match, as recorded, each with the unit(s) it rolls up to on `rollUpAsOf` (a workbook). */
    list(filter: RecognitionListInput): RolledRecognition[] {
      const current = currentOn(filter.rollUpAsOf);
      return recognitions.yearAll(yearQuery(filter)).map((r) => ({ ...r, current: current(r.unitId) }));
    },
    /**
     * A page of the year's decisions as recorded and a page of their totals per today's unit. Filters,
     * order, page and count are SQL; the roll-up follows the lineage links (mergers, renamings, splits)
     * in main, once per distinct unit, over the few columns grouping needs.
     */
    page(input: RecognitionPageInput): RollUpPage {
      const current = currentOn(input.rollUpAsOf);
      const query = yearQuery(input);
      const keys = recognitions.yearKeys(query);
      const groups = groupByCurrent(keys.map((key) => ({ level: key.level, unitNameAt: key.unitNameAt, current: current(key.unitId) })));
      const groupOffset = (input.groupPage - 1) * input.pageSize;
      return {
        rows: recognitions.yearPage(query, pageOffset(input), input.pageSize).map((r) => ({ ...r, current: current(r.unitId) })),
        total: keys.length,
        recognised: keys.filter((key) => key.level !== 'none').length,
        groups: { rows: groups.slice(groupOffset, groupOffset + input.pageSize), total: groups.length },
      };
    },
    setIncome(input: IncomeInput): Income {
      return db.transaction(() => {
        const unit = lookups.mustGetUnit(input.unitId);
        if (unit.kind !== 'province' && unit.kind !== 'district') {
          throw new AppError('VALIDATION', msg.incomeUnitKind, [{ path: 'unitId', message: msg.incomeUnitKind }]);
        }
        const after = saveYearly({
          entity: 'income',
          before: recognitions.income(unit.id, input.year),
          version: input.version,
          stale: msg.incomeStale(unit.name, input.year),
          insert: (at) => recognitions.insertIncome(unit.id, input.year, input.amount, input.note, at),
          update: (id, version, at) => recognitions.updateIncome(id, version, input.amount, input.note, at),
          reload: () => recognitions.income(unit.id, input.year) as Income,
        });
        return after;
      })();
    },
    /** Every decision's level in the area (null: everywhere), by unit and year: what target evaluation reads once per call. */
    levelsInArea(scopeUnitId: number | null): { unitId: number; year: number; level: RecognitionLevel }[] {
      return recognitions.levelsInArea(scopeUnitId);
    },
    income(unitId: number, year: number): Income | null {
      return recognitions.income(unitId, year);
    },
    incomes(unitId: number): Income[] {
      lookups.mustGetUnit(unitId);
      return recognitions.incomes(unitId);
    },
  };
}

/** Today's unit(s) of a recorded unit on a date, each unit's walk through the lineage done once. */
function currentResolver(currentOf: (unitId: number, asOf: string) => UnitRef[], asOf: string) {
  const memo = new Map<number, UnitRef[]>();
  return (unitId: number): UnitRef[] => {
    let found = memo.get(unitId);
    if (!found) {
      found = currentOf(unitId, asOf);
      memo.set(unitId, found);
    }
    return found;
  };
}

function yearQuery(filter: RecognitionListInput): RecognitionYearQuery {
  return {
    year: filter.year,
    kind: filter.kind ? { kind: filter.kind, levels: (LEVELS_BY_KIND[filter.kind] ?? []).filter((level) => level !== 'none') } : undefined,
    words: filter.query ? foldedWords(filter.query) : undefined,
  };
}

export type RecognitionsService = ReturnType<typeof createRecognitionsService>;
