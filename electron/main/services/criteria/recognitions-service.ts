import type { IncomeInput } from '../../../../shared/contract/income';
import type { RecognitionInput } from '../../../../shared/contract/recognitions';
import { type Income, LEVELS_BY_KIND, type Recognition } from '../../../../shared/domain/criteria';
import type { UnitRef } from '../../../../shared/domain/unit-history';
import { AppError } from '../../../../shared/errors';
import { todayIso } from '../../../../shared/format/date';
import { LEVEL_LABELS } from '../../../../shared/text/movements-text';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { CriteriaRepository } from '../../db/repositories/criteria';
import type { RecognitionsRepository } from '../../db/repositories/recognitions';
import type { UnitHistoryRepository } from '../../db/repositories/unit-history';
import type { UnitsRepository } from '../../db/repositories/units';
import type { Clock } from '../context';
import type { UnitHistoryService } from '../unit-history/unit-history-service';
import { createUnitLookups } from './applicable';
import { criteriaMessages as msg } from './messages';

interface Deps {
  db: Db;
  recognitions: RecognitionsRepository;
  criteria: CriteriaRepository;
  units: UnitsRepository;
  history: UnitHistoryRepository;
  unitHistory: UnitHistoryService;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

/** Recognition decisions (level per unit and year) and rural income per capita. */
export function createRecognitionsService(deps: Deps) {
  const { db, recognitions, audit, clock } = deps;
  const lookups = createUnitLookups(deps);

  /**
   * One record per unit and year: inserts the first, updates the existing one only at the version the
   * caller read (a caller without a version edits what is there), and audits either.
   */
  function saveYearly<T extends { id: number; version: number }>(op: {
    entity: string;
    before: T | null;
    version: number | undefined;
    stale: string;
    insert: (at: string) => void;
    update: (id: number, version: number, at: string) => boolean;
    reload: () => T;
  }): T {
    const { before } = op;
    const at = clock.now();
    if (!before) {
      if (op.version !== undefined) throw new AppError('CONFLICT', op.stale);
      op.insert(at);
    } else {
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

  return {
    set(input: RecognitionInput): Recognition {
      return db.transaction(() => {
        const unit = lookups.mustGetUnit(input.unitId);
        const allowed = LEVELS_BY_KIND[unit.kind];
        if (!allowed)
          throw new AppError('VALIDATION', msg.kindHasNoLevels(unit.name), [{ path: 'unitId', message: msg.kindHasNoLevels(unit.name) }]);
        if (!allowed.includes(input.level)) {
          const message = msg.levelNotForKind(LEVEL_LABELS[input.level], unit.name);
          throw new AppError('VALIDATION', message, [{ path: 'level', message }]);
        }
        lookups.checkValidInYear(unit, input.year);
        const fields = {
          level: input.level,
          decisionNumber: input.decision?.number ?? '',
          decisionDate: input.decision?.date ?? null,
          signerAuthority: input.decision?.signerAuthority ?? '',
          // The unit as it is on this record: names survive later mergers and renamings.
          unitNameAt: unit.name,
          districtNameAt: unit.kind === 'district' ? null : unit.districtName,
          note: input.note,
        };
        const before = recognitions.get(unit.id, input.year);
        const after = saveYearly({
          entity: 'recognition',
          before,
          version: input.version,
          stale: msg.recognitionStale(unit.name, input.year),
          insert: (at) => recognitions.insert(unit.id, input.year, fields, at),
          // An existing record keeps the names it was first recorded with.
          update: (id, version, at) =>
            before !== null &&
            recognitions.update(id, version, { ...fields, unitNameAt: before.unitNameAt, districtNameAt: before.districtNameAt }, at),
          reload: () => recognitions.get(unit.id, input.year) as Recognition,
        });
        return after;
      })();
    },
    forUnit(unitId: number): Recognition[] {
      lookups.mustGetUnit(unitId);
      return recognitions.forUnit(unitId);
    },
    /** A year's decisions as recorded, each with the unit(s) it rolls up to on `asOf`. */
    list(year: number, asOf: string | null): (Recognition & { current: UnitRef[] })[] {
      const date = asOf ?? todayIso();
      return recognitions.forYear(year).map((r) => ({ ...r, current: deps.unitHistory.currentOf(r.unitId, date) }));
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
    incomes(unitId: number): Income[] {
      lookups.mustGetUnit(unitId);
      return recognitions.incomes(unitId);
    },
  };
}

export type RecognitionsService = ReturnType<typeof createRecognitionsService>;
