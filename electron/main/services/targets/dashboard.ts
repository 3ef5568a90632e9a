import type { ListPage } from '../../../../shared/contract/paging';
import { LEVEL_RANK, type RecognitionLevel } from '../../../../shared/domain/criteria';
import { defaultYear, inPeriod, yearsWithRecords } from '../../../../shared/domain/dashboard-year';
import { defaultMovement } from '../../../../shared/domain/movements';
import {
  type CommuneFigure,
  DASHBOARD_LIST_SHOWN,
  type DashboardCommuneList,
  type DashboardOpening,
  type DashboardSummary,
  type DashboardUnitList,
  type DashboardUnitRow,
  type DistrictRow,
  type MovementFigures,
  type TargetEvaluation,
  type TargetFigure,
  type UnitFigure,
  type UnitFigureList,
  type UnitFilter,
} from '../../../../shared/domain/targets';
import { AppError } from '../../../../shared/errors';
import { compareVietnamese } from '../../../../shared/text/collate';
import { DEFAULT_CRITERIA_THRESHOLD } from '../../../../shared/text/movements-text';
import { findSet } from '../criteria/applicable';
import type { MilestonesService } from '../movements/milestones-service';
import type { MovementsService } from '../movements/movements-service';
import type { ScopedUnit, UnitHistoryService } from '../unit-history/unit-history-service';
import type { DataDeps, MovementData } from './data';
import type { MovementDataSource } from './data-cache';
import { targetMessages as msg } from './messages';
import type { TargetsService } from './targets-service';

interface Deps {
  criteria: DataDeps['criteria'];
  /** The records of a movement's area, loaded once until the next write (shared with the targets' trend). */
  movementData: MovementDataSource;
  targets: TargetsService;
  milestones: Pick<MilestonesService, 'overdue'>;
  /** The movements the dashboard lists (its first answer carries them). */
  movements: Pick<MovementsService, 'list'>;
  /** Names and districts of a page of a figure's units (any kind). */
  unitHistory: Pick<UnitHistoryService, 'pageAmong'>;
  /** The administrative type of a movement's area (its scope unit, or the register's one province; null: several). */
  areaType: (scopeUnitId: number | null) => string | null;
  /** Changes whenever the data may have (any write): answers computed under the same token still hold. */
  generation: () => string;
  today: () => string;
}

/** Summaries kept for the data as it is: the screen's movements and years (a province's and the country's). */
const SUMMARIES_KEPT = 4;

const average = (values: number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10_000) / 10_000;

/** How many a list holds, and the first few lowest by count with their figures (a stable sort keeps ties in the list's order). */
function shortList(units: UnitFigure[]): UnitFigureList {
  const lowest = [...units].sort((a, b) => (a.count ?? 0) - (b.count ?? 0)).slice(0, DASHBOARD_LIST_SHOWN);
  return { total: units.length, lowest };
}

/** A target as the screen shows it: its units counted (the drawer pages them). */
function targetFigure({ unitIds, parts, ...rest }: TargetEvaluation): TargetFigure {
  return {
    ...rest,
    unitCount: unitIds.length,
    parts: parts.map(({ unitIds: partIds, ...part }) => ({ ...part, unitCount: partIds.length })),
  };
}

/**
 * The movement's communes of a year and the lists the dashboard counts among them (NTM, recorded,
 * under the threshold, no gain, no previous record), each in the area's district then name order.
 */
function communeSets(deps: Deps, movementId: number, data: MovementData, year: number) {
  // The communes the national commune set applies to that year (the 85 "xã" of Kon Tum).
  const set = findSet(deps.criteria.sets(), 'commune', 'Xã', year) ?? deps.criteria.sets().find((s) => s.scope === 'commune');
  const filter: UnitFilter = { kind: 'commune', adminTypes: set?.adminTypes ?? [], ethnicMinorityArea: null };
  const communes = data.units(filter, year);
  const atLeast = (level: RecognitionLevel) => (u: ScopedUnit) => LEVEL_RANK[data.level(u.id, year)] >= LEVEL_RANK[level];
  // Commune levels only (none < ntm < nâng cao < kiểu mẫu): any of the three counts as NTM.
  const isNtm = atLeast('ntm');
  const recorded = communes.filter((u) => data.count(u.id, year) !== null);
  const minTarget = deps.targets.list(movementId).find((t) => t.definition.metric === 'min-criteria' && t.goal !== null);
  const threshold = minTarget?.goal ?? DEFAULT_CRITERIA_THRESHOLD;
  const isUnder = (u: ScopedUnit) => {
    const count = data.count(u.id, year);
    return count !== null && count < threshold;
  };
  const noGain = recorded.filter((u) => {
    const before = data.count(u.id, year - 1);
    const total = data.criteriaTotal(u.id, year - 1);
    return before !== null && total !== null && before < total && (data.count(u.id, year) as number) <= before;
  });
  // Without last year's record a commune's gain is unknown: reported apart, never counted as "no gain".
  const noPrevious = recorded.filter((u) => data.count(u.id, year - 1) === null);
  /** The communes of one list, as the summary counts them. */
  const list = (kind: DashboardCommuneList): ScopedUnit[] => {
    switch (kind) {
      case 'communes':
        return communes;
      case 'ntm':
        return communes.filter(isNtm);
      case 'advanced':
        return communes.filter(atLeast('ntm-advanced'));
      case 'model':
        return communes.filter(atLeast('ntm-model'));
      case 'recorded':
        return recorded;
      case 'missing':
        return communes.filter((u) => data.count(u.id, year) === null);
      case 'under':
        return communes.filter(isUnder);
      case 'no-gain':
        return noGain;
      case 'no-previous':
        return noPrevious;
    }
  };
  return { communes, recorded, threshold, isNtm, isUnder, atLeast, noGain, noPrevious, list };
}

/** The Tổng quan page in one call: targets, commune figures, district table, overdue documents. */
export function createDashboardService(deps: Deps) {
  // The screen asks for the same summary each time it opens; nationally it takes some 15 ms to build
  // again from the loaded records (and more while the code is new to the JIT). Any write drops them all.
  const summaries = new Map<string, DashboardSummary>();
  let summariesOf = '';
  const service = {
    /**
     * The screen's answer: every commune figure as a count and the few lowest of each list (the drawers ask
     * dashboard.units for the rest). Without a year, the year the screen opens on (the page would otherwise
     * wait for the trend to choose it).
     */
    summary(movementId: number, year: number | undefined, asOf: string | null): DashboardSummary {
      const generation = deps.generation();
      if (generation !== summariesOf) {
        summaries.clear();
        summariesOf = generation;
      }
      const key = `${movementId}|${year ?? ''}|${asOf ?? deps.today()}`;
      const kept = summaries.get(key);
      if (kept) return kept;
      const answer = build(movementId, year, asOf);
      summaries.set(key, answer);
      if (summaries.size > SUMMARIES_KEPT) summaries.delete(summaries.keys().next().value as string);
      return answer;
    },

    /**
     * The dashboard's first answers together: the movements, and for the movement asked for (else the one
     * it opens on) its targets, trend and summary, as targets.list, targets.trend and dashboard.summary
     * answer them; a year outside the movement's period is ignored, as the screen does.
     */
    open(movementId: number | undefined, year: number | undefined): DashboardOpening {
      const movements = deps.movements.list();
      const movement = movements.find((m) => m.id === movementId) ?? defaultMovement(movements);
      if (!movement) return { movements, movementId: null, targets: [], trend: [], summaryYear: null, summary: null };
      const summaryYear = year !== undefined && inPeriod(movement, year) ? year : null;
      return {
        movements,
        movementId: movement.id,
        targets: deps.targets.list(movement.id),
        trend: deps.targets.trend(movement.id),
        summaryYear,
        summary: service.summary(movement.id, summaryYear ?? undefined, null),
      };
    },

    /** The latest year of the movement's period up to today in which something was entered, else today's year kept inside the period. */
    defaultYear(movementId: number): number {
      const movement = deps.targets.mustGetMovement(movementId);
      const recorded = yearsWithRecords(deps.targets.trend(movementId), deps.targets.list(movementId));
      return defaultYear(movement, recorded, Number(deps.today().slice(0, 4)));
    },

    /**
     * A page of the units behind one figure of the year's summary (its drawer), in district then name order:
     * the list is found again on the server from the loaded records, only the page's units are named.
     */
    units(input: {
      movementId: number;
      year: number;
      list: DashboardUnitList;
      page: number;
      pageSize: number;
    }): ListPage<DashboardUnitRow> {
      const { movementId, year, list } = input;
      const movement = deps.targets.mustGetMovement(movementId);
      const data = deps.movementData(movement.scopeUnitId);
      let ids: number[];
      if (list.kind === 'target') {
        const evaluation = deps.targets.evaluateWith(movement, data, year).find((e) => e.targetId === list.targetId);
        if (!evaluation) throw new AppError('NOT_FOUND', msg.targetNotFound(list.targetId));
        if (list.part === undefined) ids = evaluation.unitIds;
        else {
          const part = evaluation.parts[list.part];
          if (!part) throw new AppError('NOT_FOUND', msg.partNotFound(evaluation.code));
          ids = part.unitIds;
        }
      } else {
        const sets = communeSets(deps, movementId, data, year);
        const { districtId } = list;
        if (districtId !== undefined && !sets.communes.some((u) => u.districtId === districtId))
          throw new AppError('VALIDATION', msg.districtNotInArea(districtId), [
            { path: 'list.districtId', message: msg.districtNotInArea(districtId) },
          ]);
        const units = sets.list(list.kind);
        ids = (districtId === undefined ? units : units.filter((u) => u.districtId === districtId)).map((u) => u.id);
      }
      const rows = deps.unitHistory.pageAmong(ids, (input.page - 1) * input.pageSize, input.pageSize).map((unit) => ({
        id: unit.id,
        name: unit.name,
        districtName: unit.districtName,
        count: data.count(unit.id, year),
        previousCount: data.count(unit.id, year - 1),
        level: data.level(unit.id, year),
      }));
      return { rows, total: ids.length };
    },

    /** Every figure with its lists whole: the movement report prints them. */
    figures(movementId: number, year: number, asOf: string | null): MovementFigures {
      const movement = deps.targets.mustGetMovement(movementId);
      const data = deps.movementData(movement.scopeUnitId);
      const targets = deps.targets.evaluateWith(movement, data, year);
      const { communes, recorded, threshold, isNtm, isUnder, atLeast, noGain, noPrevious } = communeSets(deps, movementId, data, year);
      const figure = (u: ScopedUnit): UnitFigure => ({
        id: u.id,
        code: u.code,
        name: u.name,
        districtId: u.districtId,
        districtName: u.districtName,
        count: data.count(u.id, year),
        previousCount: data.count(u.id, year - 1),
        level: data.level(u.id, year),
      });
      const idsAtLeast = (units: ScopedUnit[], level: RecognitionLevel) => units.filter(atLeast(level)).map((u) => u.id);

      const flagged = (kind: 'commune' | 'village') => data.population({ kind, adminTypes: [], ethnicMinorityArea: true }, year);

      const groups = new Map<number, ScopedUnit[]>();
      for (const unit of communes) {
        if (unit.districtId === null) continue;
        groups.set(unit.districtId, [...(groups.get(unit.districtId) ?? []), unit]);
      }
      const byDistrict: DistrictRow[] = [...groups.values()]
        .map((units) => {
          const withRecord = units.filter((u) => data.count(u.id, year) !== null);
          const ntm = units.filter(isNtm);
          return {
            districtId: units[0].districtId as number,
            districtName: units[0].districtName as string,
            communeCount: units.length,
            communeIds: units.map((u) => u.id),
            ntmCount: ntm.length,
            ntmIds: ntm.map((u) => u.id),
            advancedIds: idsAtLeast(units, 'ntm-advanced'),
            modelIds: idsAtLeast(units, 'ntm-model'),
            averageCriteria: average(withRecord.map((u) => data.count(u.id, year) as number)),
            recordedIds: withRecord.map((u) => u.id),
            underIds: units.filter(isUnder).map((u) => u.id),
          };
        })
        .sort((a, b) => compareVietnamese(a.districtName, b.districtName));

      const ntm = communes.filter(isNtm);
      return {
        movementId,
        year,
        asOf: asOf ?? deps.today(),
        targets,
        communes: {
          total: communes.length,
          unitIds: communes.map((u) => u.id),
          ntmCount: ntm.length,
          ntmIds: ntm.map((u) => u.id),
          averageCriteria: average(recorded.map((u) => data.count(u.id, year) as number)),
          recordedIds: recorded.map((u) => u.id),
          missingIds: communes.filter((u) => data.count(u.id, year) === null).map((u) => u.id),
          figures: communes.flatMap((u): CommuneFigure[] => {
            const record = {
              id: u.id,
              count: data.count(u.id, year),
              previousCount: data.count(u.id, year - 1),
              level: data.level(u.id, year),
            };
            return record.count === null && record.previousCount === null && record.level === 'none' ? [] : [record];
          }),
        },
        underThreshold: {
          threshold,
          units: communes.filter(isUnder).map(figure),
        },
        noGain: noGain.map(figure),
        noPreviousRecord: noPrevious.map(figure),
        baseline: {
          criteriaRecords: recorded.length,
          recognitions: communes.filter((u) => data.hasDecision(u.id, year, true)).length,
          ethnicFlags: flagged('commune') + flagged('village'),
        },
        byDistrict,
        overdue: deps.milestones.overdue(movementId, asOf ?? deps.today()),
      };
    },
  };

  /** The summary computed from the loaded records (summary keeps the last few). */
  function build(movementId: number, year: number | undefined, asOf: string | null): DashboardSummary {
    const whole = service.figures(movementId, year ?? service.defaultYear(movementId), asOf);
    const movement = deps.targets.mustGetMovement(movementId);
    const atLeast = (level: RecognitionLevel) => whole.communes.figures.filter((f) => LEVEL_RANK[f.level] >= LEVEL_RANK[level]).length;
    return {
      movementId: whole.movementId,
      year: whole.year,
      asOf: whole.asOf,
      area: { adminType: deps.areaType(movement.scopeUnitId) },
      targets: whole.targets.map(targetFigure),
      communes: {
        total: whole.communes.total,
        ntmCount: whole.communes.ntmCount,
        advancedCount: atLeast('ntm-advanced'),
        modelCount: atLeast('ntm-model'),
        averageCriteria: whole.communes.averageCriteria,
        recordedCount: whole.communes.recordedIds.length,
        missingCount: whole.communes.missingIds.length,
      },
      underThreshold: { threshold: whole.underThreshold.threshold, ...shortList(whole.underThreshold.units) },
      noGain: shortList(whole.noGain),
      noPreviousRecord: shortList(whole.noPreviousRecord),
      baseline: whole.baseline,
      byDistrict: whole.byDistrict.map((d) => ({
        districtId: d.districtId,
        districtName: d.districtName,
        communeCount: d.communeCount,
        ntmCount: d.ntmCount,
        advancedCount: d.advancedIds.length,
        modelCount: d.modelIds.length,
        averageCriteria: d.averageCriteria,
        recordedCount: d.recordedIds.length,
        underCount: d.underIds.length,
      })),
      overdue: whole.overdue,
    };
  }

  return service;
}

export type DashboardService = ReturnType<typeof createDashboardService>;
