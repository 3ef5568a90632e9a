import {
  type AgencyPage,
  type AgencyRef,
  type AgencySummary,
  type CriteriaResults,
  type CriteriaTotals,
  type CriterionOwners,
  type CriterionResult,
  type CriterionTotals,
  type DistrictRecorded,
  REMINDER_REPLY_DAYS,
  type ReminderLetter,
  type ShortUnit,
} from '../../../../shared/domain/agencies';
import type { Movement } from '../../../../shared/domain/movements';
import type { UnitListItem } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import type { AgenciesRepository, LetterRow, OwnerRow } from '../../db/repositories/agencies';
import type { AuditRepository } from '../../db/repositories/audit';
import type { Clock } from '../context';
import { agenciesMessages as msg } from './messages';
import { buildResultsXlsx } from './results-xlsx';

interface Deps {
  db: Db;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
  agencies: AgenciesRepository;
  units: { find(id: number): UnitListItem | null; get(id: number): { headName: string; address: string; phone: string; email: string } };
  movements: { find(id: number): Movement | null };
}

export interface ReplyInput {
  documentId: number;
  receivedDate: string;
  number: string;
  note: string;
  version?: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const shareOf = (met: number, recorded: number) => (recorded === 0 ? null : round1((met / recorded) * 100));

/** yyyy-MM-dd plus days, in UTC so no time zone moves the date. */
function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function groupOwners(rows: OwnerRow[]): CriterionOwners[] {
  const byCriterion = new Map<number, CriterionOwners>();
  for (const row of rows) {
    let entry = byCriterion.get(row.criterionId);
    if (!entry) {
      entry = {
        criterionId: row.criterionId,
        setId: row.setId,
        number: row.number,
        name: row.name,
        groupName: row.groupName,
        archived: row.archived === 1,
        agencies: [],
        isDefault: false,
      };
      byCriterion.set(row.criterionId, entry);
    }
    if (row.agencyId !== null) {
      entry.agencies.push({ id: row.agencyId, name: row.agencyName ?? '', archived: row.agencyArchived === 1 });
      entry.isDefault = row.isDefault === 1;
    }
  }
  return [...byCriterion.values()];
}

/** The audit snapshot of a criterion's owners: names, so the history reads without the registry. */
const ownersSnapshot = (owners: CriterionOwners) => ({
  criterion: `${owners.number}. ${owners.name}`,
  agencies: owners.agencies.map((agency) => agency.name).join('; '),
  ownersDefault: owners.isDefault,
});

function toLetter(row: LetterRow): ReminderLetter {
  const movementId = typeof row.params.movementId === 'number' ? row.params.movementId : null;
  const year = typeof row.params.year === 'number' ? row.params.year : null;
  return {
    documentId: row.documentId,
    numberSymbol: row.numberSymbol,
    date: row.date,
    title: row.title,
    movementId,
    year,
    status: row.status,
    replyDue: addDays(row.date, REMINDER_REPLY_DAYS),
    reply: row.reply,
  };
}

/**
 * Who answers for each criterion, the results criterion by criterion over a movement's communes
 * (SQL aggregates scoped to the movement's area), each agency's page, and the replies to the
 * reminder letters the register keeps.
 */
export function createAgenciesService(deps: Deps) {
  const { db, audit, clock, agencies } = deps;

  function mustMovement(id: number): Movement {
    const movement = deps.movements.find(id);
    if (!movement) throw new AppError('NOT_FOUND', msg.movementNotFound(id));
    return movement;
  }

  function ownersOf(criterionId: number): CriterionOwners {
    const [owners] = groupOwners(agencies.ownersOfCriterion(criterionId));
    if (!owners) throw new AppError('NOT_FOUND', msg.criterionNotFound(criterionId));
    return owners;
  }

  function mustAgency(id: number, path: string): UnitListItem {
    const unit = deps.units.find(id);
    if (!unit) throw new AppError('VALIDATION', msg.agencyNotFound(id), [{ path, message: msg.agencyNotFound(id) }]);
    if (unit.kind !== 'agency')
      throw new AppError('VALIDATION', msg.notAnAgency(unit.name), [{ path, message: msg.notAnAgency(unit.name) }]);
    return unit;
  }

  /** The agency a page or its workbook is about (any other unit is not found as an agency). */
  function agencyFor(agencyId: number): UnitListItem {
    const unit = deps.units.find(agencyId);
    if (!unit || unit.kind !== 'agency') throw new AppError('NOT_FOUND', msg.agencyNotFound(agencyId));
    return unit;
  }

  /** Keeps the criteria the agency answers for (its page and its workbook show only those). */
  function ownedBy(agencyId: number, criteria: CriterionResult[]): CriterionResult[] {
    const owned = new Set(agencies.criteriaOfAgency(agencyId).map((c) => c.criterionId));
    return criteria.filter((c) => owned.has(c.criterionId));
  }

  function yearsOf(movement: Movement): number[] {
    return agencies.yearsWithRecords(movement.scopeUnitId, movement.startYear - 1, movement.endYear);
  }

  /** The year asked, else the latest with records, else this year within the movement's period. */
  function yearFor(movement: Movement, years: number[], year: number | undefined): number {
    return year ?? years.at(-1) ?? Math.max(movement.startYear, Math.min(movement.endYear, Number(clock.now().slice(0, 4))));
  }

  /** The movement's area, the year asked (else its latest with records) and the commune set its records use that year. */
  function resultsScope(movementId: number, requestedYear: number | undefined) {
    const movement = mustMovement(movementId);
    const scope = movement.scopeUnitId;
    const years = yearsOf(movement);
    const year = yearFor(movement, years, requestedYear);
    return { scope, years, year, set: agencies.communeSet(scope, year) };
  }

  /** The counts of each criterion in the year the scope names (and in the year before), without districts or communes. */
  function totalsIn(movementId: number, { scope, years, year, set }: ReturnType<typeof resultsScope>): CriteriaTotals {
    if (!set) return { movementId, year, years, setId: null, setName: '', recorded: 0, previousRecorded: 0, criteria: [] };
    const recorded = agencies.recorded(scope, set.id, year);
    const previousRecorded = agencies.recorded(scope, set.id, year - 1);
    const now = agencies.metByCriterion(scope, set.id, year);
    const before = previousRecorded === 0 ? null : agencies.metByCriterion(scope, set.id, year - 1);
    const criteria: CriterionTotals[] = groupOwners(agencies.ownersOfSet(set.id))
      .filter((entry) => !entry.archived)
      .map((entry) => {
        const met = now.get(entry.criterionId) ?? 0;
        const previousMet = before === null ? null : (before.get(entry.criterionId) ?? 0);
        return {
          criterionId: entry.criterionId,
          number: entry.number,
          name: entry.name,
          groupName: entry.groupName,
          agencies: entry.agencies,
          recorded,
          met,
          share: shareOf(met, recorded),
          previousMet,
          previousShare: previousMet === null ? null : shareOf(previousMet, previousRecorded),
        };
      });
    return {
      movementId,
      year,
      years,
      setId: set.id,
      setName: set.name,
      recorded,
      previousRecorded,
      criteria: criteria.sort((a, b) => a.number - b.number),
    };
  }

  /**
   * The counts of results() without each criterion's districts and communes (the movement report prints only
   * these): one count per criterion and year instead of the lists, which for the whole country are some
   * 80.000 communes short and took seconds of the report.
   */
  function totals(movementId: number, requestedYear?: number): CriteriaTotals {
    return totalsIn(movementId, resultsScope(movementId, requestedYear));
  }

  /**
   * totals() with each criterion's met counts by district (in the order of `districts`, named once) and the communes
   * short of it. shortLimit: how many of those to list (null: all, for the XLSX and the letters).
   */
  function results(movementId: number, requestedYear?: number, shortLimit: number | null = null): CriteriaResults {
    const where = resultsScope(movementId, requestedYear);
    const counts = totalsIn(movementId, where);
    const { scope, year, set } = where;
    if (!set) return { ...counts, districts: [], criteria: [] };
    // The area's districts once, in the rows' order (every criterion has a row for each); each criterion's met counts follow it.
    const districts = new Map<number | null, DistrictRecorded>();
    const metIn = new Map<number, Map<number | null, number>>();
    for (const row of agencies.byDistrict(scope, set.id, year)) {
      if (!districts.has(row.districtId))
        districts.set(row.districtId, {
          districtId: row.districtId,
          districtName: row.districtName ?? msg.xlsx.noDistrict,
          recorded: row.recorded,
        });
      let byDistrict = metIn.get(row.criterionId);
      if (!byDistrict) metIn.set(row.criterionId, (byDistrict = new Map()));
      byDistrict.set(row.districtId, row.met);
    }
    const shortOf = new Map<number, ShortUnit[]>();
    for (const { criterionId, unitId, name, districtId, districtName } of agencies.short(scope, set.id, year, shortLimit)) {
      let list = shortOf.get(criterionId);
      if (!list) shortOf.set(criterionId, (list = []));
      list.push({ unitId, name, districtId, districtName });
    }
    const criteria: CriterionResult[] = counts.criteria.map((criterion) => {
      const metBy = metIn.get(criterion.criterionId);
      return {
        ...criterion,
        metByDistrict: [...districts.keys()].map((districtId) => metBy?.get(districtId) ?? 0),
        notMet: shortOf.get(criterion.criterionId) ?? [],
        notMetCount: criterion.recorded - criterion.met,
      };
    });
    return { ...counts, districts: [...districts.values()], criteria };
  }

  return {
    owners(setId: number): CriterionOwners[] {
      return groupOwners(agencies.ownersOfSet(setId));
    },

    /** Replaces a criterion's agencies; the seeded default flag goes with the first edit. */
    setOwners(criterionId: number, agencyIds: readonly number[]): CriterionOwners {
      return db.transaction(() => {
        const before = ownersOf(criterionId);
        agencyIds.forEach((id, index) => {
          const unit = mustAgency(id, `agencyIds.${index}`);
          if (unit.archived && !before.agencies.some((agency) => agency.id === id)) {
            throw new AppError('VALIDATION', msg.agencyArchived(unit.name), [
              { path: `agencyIds.${index}`, message: msg.agencyArchived(unit.name) },
            ]);
          }
        });
        const at = clock.now();
        agencies.replaceOwners(criterionId, agencyIds, false, at);
        const after = ownersOf(criterionId);
        audit.record(
          {
            entity: 'criterion',
            entityId: criterionId,
            action: 'update',
            before: ownersSnapshot(before),
            after: ownersSnapshot(after),
            operator: deps.operator(),
          },
          at,
        );
        return after;
      })();
    },

    list(): AgencySummary[] {
      return agencies.agencySummaries().map(({ letters, unanswered, ...agency }) => ({
        agency,
        criteria: agencies
          .criteriaOfAgency(agency.id)
          .map((c) => ({ criterionId: c.criterionId, number: c.number, name: c.name, setName: c.setName })),
        letters,
        unanswered,
      }));
    },

    results,
    totals,

    /** Communes of the movement's area with a record of the commune set in the year. */
    recorded(movementId: number, year: number): number {
      const movement = mustMovement(movementId);
      const set = agencies.communeSet(movement.scopeUnitId, year);
      return set ? agencies.recorded(movement.scopeUnitId, set.id, year) : 0;
    },

    /**
     * The results as a workbook, every commune short listed. With an agency: only the criteria it answers for (its page's
     * figures in full), its name in the file name and under the title.
     */
    async resultsXlsx(movementId: number, year: number, agencyId?: number): Promise<{ fileName: string; base64: string }> {
      const movement = mustMovement(movementId);
      const agency = agencyId === undefined ? null : agencyFor(agencyId);
      const all = results(movementId, year);
      const data = agency ? { ...all, criteria: ownedBy(agency.id, all.criteria) } : all;
      const scopeName = movement.scopeUnitId ? (deps.units.find(movement.scopeUnitId)?.name ?? movement.name) : movement.name;
      const bytes = await buildResultsXlsx(data, scopeName, agency ? msg.xlsx.agencyScope(agency.name) : null);
      return {
        fileName: agency ? msg.xlsx.agencyFileName(year, agency.name) : msg.xlsx.fileName(year),
        base64: bytes.toString('base64'),
      };
    },

    /**
     * One agency for a movement: its criteria with results in `year` (default: the latest year with records), trend and
     * letters; the communes short of each criterion listed up to shortLimit (null: all, for its reminder letter).
     */
    page(agencyId: number, movementId: number, year?: number, shortLimit: number | null = null): AgencyPage {
      const unit = agencyFor(agencyId);
      const movement = mustMovement(movementId);
      const years = yearsOf(movement);
      const chosen = yearFor(movement, years, year);
      const detail = deps.units.get(agencyId);
      const { districts, criteria } = results(movementId, chosen, shortLimit);
      const agency: AgencyRef = { id: unit.id, name: unit.name, archived: unit.archived };
      return {
        agency: { ...agency, headName: detail.headName, address: detail.address, phone: detail.phone, email: detail.email },
        movementId,
        year: chosen,
        years,
        districts,
        criteria: ownedBy(agencyId, criteria),
        trend: agencies.trend(agencyId, movement.scopeUnitId, movement.startYear - 1, movement.endYear),
        letters: agencies.lettersOf(agencyId).map(toLetter),
      };
    },

    /** Records (or corrects) the agency's reply to a reminder letter; the file is attached through the attachments service. */
    recordReply(input: ReplyInput): ReminderLetter {
      return db.transaction(() => {
        const letter = agencies.letter(input.documentId);
        if (!letter) throw new AppError('NOT_FOUND', msg.letterNotFound(input.documentId));
        if (letter.status === 'cancelled') throw new AppError('CONFLICT', msg.letterCancelled(letter.numberSymbol));
        if (input.receivedDate < letter.date) {
          const message = msg.replyBeforeLetter(letter.numberSymbol);
          throw new AppError('VALIDATION', message, [{ path: 'receivedDate', message }]);
        }
        const fields = { receivedDate: input.receivedDate, number: input.number, note: input.note };
        const at = clock.now();
        if (letter.reply === null) {
          agencies.insertReply(input.documentId, fields, at);
        } else {
          const version = input.version ?? letter.reply.version;
          if (version !== letter.reply.version || !agencies.updateReply(input.documentId, version, fields, at)) {
            throw new AppError('CONFLICT', msg.replyStale(letter.numberSymbol));
          }
        }
        const after = agencies.letter(input.documentId) as LetterRow;
        audit.record(
          {
            entity: 'document',
            entityId: input.documentId,
            action: 'update',
            before: { reply: letter.reply },
            after: { reply: after.reply },
            operator: deps.operator(),
          },
          at,
        );
        return toLetter(after);
      })();
    },

    /** Attachments hang the reply's file on the letter: it must be a reminder letter of the register. */
    letterExists(documentId: number): boolean {
      return agencies.letter(documentId) !== null;
    },
  };
}

export type AgenciesService = ReturnType<typeof createAgenciesService>;
