import type {
  NominationCreateInput,
  NominationListInput,
  NominationPageInput,
  NominationUpdateInput,
} from '../../../../shared/contract/nominations';
import { type ListPage, pageOffset } from '../../../../shared/contract/paging';
import type { Attachment } from '../../../../shared/domain/attachments';
import type { RecommendationFilterStatus } from '../../../../shared/domain/inspections';
import {
  type Award,
  type DossierItem,
  type EligibilityResult,
  type EligibilityStatus,
  isDossierOpen,
  type Nomination,
  NOMINATION_TRANSITIONS,
  type NominationDetail,
  type NominationRound,
  type NominationStatus,
  type Nominee,
  type NomineeKind,
} from '../../../../shared/domain/nominations';
import type { UnitListItem } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import { safeFileName } from '../../../../shared/format/file-name';
import { foldedWords } from '../../../../shared/text/fold';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { NominationFilter, NominationKeyRow, NominationRow, NominationsRepository } from '../../db/repositories/nominations';
import type { Clock } from '../context';
import type { CatalogueService } from './catalogue-service';
import { evaluateEligibility } from './eligibility';
import { nominationsWorkbook } from './export-xlsx';
import { nominationMessages as msg } from './messages';
import type { NomineesService } from './nominees-service';
import type { RoundsService } from './rounds-service';

export interface NominationsDeps {
  db: Db;
  nominations: NominationsRepository;
  catalogue: CatalogueService;
  rounds: RoundsService;
  nominees: NomineesService;
  units: { find(id: number): UnitListItem | null };
  /** The inspections area's recommendations, read for the proposing unit's overdue ones. */
  recommendations: {
    count(filter: { unitId?: number; status?: RecommendationFilterStatus; overdueOn: string | null }): number;
  };
  /** The files attached to a nomination (attachments service, owner kind 'nomination'). */
  attachments: () => { list(kind: 'nomination', ownerId: number): Attachment[] };
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

/** Statuses in which the dossier checklist can still change. */

/**
 * Nominations: one nominee proposed for one award in a round by a unit; the dossier checklist of the
 * award with attached files; the intake workflow with its history; eligibility explained from the
 * nominee's own history; flags for double proposals and the proposing unit's overdue recommendations.
 */
export function createNominationsService(deps: NominationsDeps) {
  const { db, nominations: repo, catalogue, rounds, audit, clock } = deps;
  const today = () => clock.now().slice(0, 10);

  function mustRow(id: number): NominationRow {
    const row = repo.nomination(id);
    if (!row) throw new AppError('NOT_FOUND', msg.nominationNotFound(id));
    return row;
  }

  function eligibilityOf(
    row: Pick<NominationRow, 'nominee_kind' | 'nominee_id' | 'received_on'>,
    round: NominationRound,
    award: Award,
    awardName: (code: string) => string = catalogue.nameOf,
  ): EligibilityResult {
    return evaluateEligibility(
      award.rules,
      {
        nomineeKind: row.nominee_kind,
        commendationKind: round.commendationKind,
        year: round.year,
        date: row.received_on ?? today(),
        history: deps.nominees.history(row.nominee_id),
        awardName,
      },
      award,
    );
  }

  /** Overdue recommendations of a unit, counted once per unit in a list. */
  const overdueOf = (unitId: number) => deps.recommendations.count({ unitId, status: 'overdue', overdueOn: null });

  function flagsOf(row: NominationRow, round: NominationRound, overdue: (unitId: number) => number = overdueOf): string[] {
    const flags: string[] = [];
    for (const other of repo.siblings(row.nominee_id, round.year, row.id)) {
      flags.push(
        other.round_id === row.round_id
          ? msg.flagSameRound(other.award_name)
          : msg.flagOtherLevel(other.award_name, other.award_level, other.round_name),
      );
    }
    const count = overdue(row.proposing_unit_id);
    if (count > 0) flags.push(msg.flagOverdue(row.proposing_unit_name, count));
    return flags;
  }

  function toNomination(
    row: NominationRow,
    round: NominationRound,
    eligibility: EligibilityStatus,
    overdue: (unitId: number) => number = overdueOf,
  ): Nomination {
    return {
      id: row.id,
      roundId: row.round_id,
      nomineeId: row.nominee_id,
      nomineeKind: row.nominee_kind,
      nomineeName: row.nominee_name,
      awardCode: row.award_code,
      awardName: row.award_name,
      proposingUnitId: row.proposing_unit_id,
      proposingUnitName: row.proposing_unit_name,
      summary: row.summary,
      landM2: row.land_m2,
      moneyVnd: row.money_vnd,
      workdays: row.workdays,
      status: row.status,
      receivedOn: row.received_on,
      eligibility,
      flags: flagsOf(row, round, overdue),
      version: row.version,
    };
  }

  function dossierOf(row: NominationRow, award: Award): DossierItem[] {
    const stored = new Map(repo.documents(row.id).map((d) => [d.code, d]));
    return award.documents.map((document) => {
      const s = stored.get(document.code);
      return {
        ...document,
        received: s?.received ?? false,
        attachmentId: s?.attachmentId ?? null,
        attachmentName: s?.attachmentName ?? null,
      };
    });
  }

  function detail(id: number): NominationDetail {
    const row = mustRow(id);
    const round = rounds.mustGet(row.round_id);
    const award = catalogue.mustAward(row.award_code);
    const eligibility = eligibilityOf(row, round, award);
    return {
      ...toNomination(row, round, eligibility.status),
      nominee: deps.nominees.mustGet(row.nominee_id),
      transitions: repo.transitions(id),
      dossier: dossierOf(row, award),
      eligibilityReasons: eligibility.reasons,
    };
  }

  /** The stored record for the audit log: the nomination with its checklist and status, nothing computed. */
  function snapshot(id: number) {
    const row = mustRow(id);
    return {
      id: row.id,
      roundId: row.round_id,
      nomineeId: row.nominee_id,
      nomineeName: row.nominee_name,
      awardCode: row.award_code,
      proposingUnitId: row.proposing_unit_id,
      summary: row.summary,
      landM2: row.land_m2,
      moneyVnd: row.money_vnd,
      workdays: row.workdays,
      status: row.status,
      receivedOn: row.received_on,
      dossier: dossierOf(row, catalogue.mustAward(row.award_code)),
      version: row.version,
    };
  }

  const record = (id: number, action: 'create' | 'update', before: object | null, after: object, at: string) =>
    audit.record({ entity: 'nomination', entityId: id, action, before, after, operator: deps.operator() }, at);

  /** Checks a new nomination; returns the award. Throws what the user must fix. */
  function checkNew(input: NominationCreateInput, round: NominationRound, kind: NomineeKind): Award {
    if (round.status === 'closed') throw new AppError('VALIDATION', msg.roundClosed(round.name));
    const award = catalogue.mustAward(input.awardCode);
    if (!award.nomineeKinds.includes(kind)) {
      throw new AppError('VALIDATION', msg.wrongNomineeKind(award.name, kind), [
        { path: 'awardCode', message: msg.wrongNomineeKind(award.name, kind) },
      ]);
    }
    if (!award.commendationKinds.includes(round.commendationKind)) {
      const message = msg.wrongCommendationKind(award.name, round.commendationKind);
      throw new AppError('VALIDATION', message, [{ path: 'awardCode', message }]);
    }
    if (!deps.units.find(input.proposingUnitId)) {
      const message = msg.unitNotFound(input.proposingUnitId);
      throw new AppError('VALIDATION', message, [{ path: 'proposingUnitId', message }]);
    }
    return award;
  }

  /** Inserts a nomination with its first history line; inside the caller's transaction. */
  function insert(input: NominationCreateInput, at: string): number {
    const round = rounds.mustGet(input.roundId);
    const nominee = deps.nominees.mustGet(input.nomineeId);
    const award = checkNew(input, round, nominee.kind);
    if (repo.existingNomination(round.id, nominee.id, award.code) !== null) {
      throw new AppError('CONFLICT', msg.nominationTwice(nominee.name, award.name));
    }
    const id = repo.insertNomination({ ...input, awardCode: award.code }, at);
    repo.insertTransition(id, null, 'draft', '', at, deps.operator());
    record(id, 'create', null, snapshot(id), at);
    return id;
  }

  /**
   * Many nominations of one round (an import), in the caller's transaction: the round, each award and
   * each proposing unit read once, the same checks as `insert`, and one audit entry naming them all.
   */
  function insertMany(inputs: NominationCreateInput[], nominees: Nominee[], at: string): number[] {
    const rounds_ = new Map<number, NominationRound>();
    // checkNew per distinct award, nominee kind and proposing unit: the rest of its checks are the round's.
    const awards = new Map<string, Award>();
    const ids = inputs.map((input, index) => {
      const round = rounds_.get(input.roundId) ?? rounds.mustGet(input.roundId);
      rounds_.set(round.id, round);
      const nominee = nominees[index];
      let award = awards.get(`${input.awardCode}|${nominee.kind}|${input.proposingUnitId}`);
      if (!award) {
        award = checkNew(input, round, nominee.kind);
        awards.set(`${input.awardCode}|${nominee.kind}|${input.proposingUnitId}`, award);
      }
      if (repo.existingNomination(round.id, nominee.id, award.code) !== null) {
        throw new AppError('CONFLICT', msg.nominationTwice(nominee.name, award.name));
      }
      const id = repo.insertNomination({ ...input, awardCode: award.code }, at);
      repo.insertTransition(id, null, 'draft', '', at, deps.operator());
      return id;
    });
    audit.recordBatch(
      {
        entity: 'nomination',
        action: 'create',
        items: ids.map((id) => ({ entityId: id, before: null, after: snapshot(id) })),
        operator: deps.operator(),
      },
      at,
    );
    return ids;
  }

  type ListFilter = NominationFilter & { eligibility?: EligibilityStatus; query?: string };

  /** What a list reads once: the round, the catalogue and each proposing unit's overdue count. */
  function listContext(roundId: number) {
    const round = rounds.mustGet(roundId);
    const awards = new Map(catalogue.catalogue().map((a) => [a.code, a]));
    const name = (code: string) => awards.get(code)?.name ?? code;
    const overdueByUnit = new Map<number, number>();
    const overdue = (unitId: number) => {
      if (!overdueByUnit.has(unitId)) overdueByUnit.set(unitId, overdueOf(unitId));
      return overdueByUnit.get(unitId) ?? 0;
    };
    const statusOf = (row: NominationKeyRow) => eligibilityOf(row, round, awards.get(row.award_code) as Award, name).status;
    return { round, statusOf, toItem: (row: NominationRow) => toNomination(row, round, statusOf(row), overdue) };
  }

  const sqlFilter = ({ eligibility: _eligibility, query, ...filter }: ListFilter): NominationFilter => ({
    ...filter,
    words: query ? foldedWords(query) : undefined,
  });

  /** Every dossier the filters match (the round's workbook). */
  function list(filter: ListFilter): Nomination[] {
    const context = listContext(filter.roundId);
    const items: Nomination[] = [];
    for (const row of repo.nominations(sqlFilter(filter))) {
      if (filter.eligibility && context.statusOf(row) !== filter.eligibility) continue;
      items.push(context.toItem(row));
    }
    return items;
  }

  /**
   * One page of a round's dossiers. Every filter but eligibility is SQL (page, order and count too).
   * Eligibility is computed from the nominee's history and the rule in force, never stored, so with that
   * filter the round's other filters narrow the rows in SQL, each is checked on its few keys, and only the
   * page's dossiers are read whole.
   */
  function page(input: NominationPageInput): ListPage<Nomination> {
    const { page: _page, pageSize, sort, direction, ...filter } = input;
    const context = listContext(filter.roundId);
    const order = { sort: sort ?? 'award', direction: direction ?? 'asc' } as const;
    const where = sqlFilter(filter);
    const offset = pageOffset(input);
    if (!filter.eligibility) {
      return {
        rows: repo.nominationsPage(where, order, offset, pageSize).map(context.toItem),
        total: repo.countNominations(where),
      };
    }
    const ids = repo
      .nominationKeys(where, order)
      .filter((row) => context.statusOf(row) === filter.eligibility)
      .map((row) => row.id);
    return { rows: repo.nominationsByIds(ids.slice(offset, offset + pageSize)).map(context.toItem), total: ids.length };
  }

  return {
    list,
    page,
    async exportXlsx(filter: NominationListInput): Promise<{ fileName: string; base64: string }> {
      const round = rounds.mustGet(filter.roundId);
      const items = list(filter).map((nomination) => ({ nomination, nominee: deps.nominees.mustGet(nomination.nomineeId) }));
      const buffer = await nominationsWorkbook(round, items);
      return { fileName: safeFileName(['Danh sách đề nghị khen thưởng', round.name], 'xlsx'), base64: buffer.toString('base64') };
    },
    get: detail,
    exists(id: number): boolean {
      return repo.nominationExists(id);
    },
    create(input: NominationCreateInput): NominationDetail {
      return db.transaction(() => detail(insert(input, clock.now())))();
    },
    update(input: NominationUpdateInput): NominationDetail {
      return db.transaction(() => {
        const row = mustRow(input.id);
        if (row.version !== input.version) throw new AppError('CONFLICT', msg.nominationStale(row.nominee_name));
        if (!isDossierOpen(row.status)) throw new AppError('VALIDATION', msg.nominationLocked(row.status));
        const round = rounds.mustGet(row.round_id);
        const award = checkNew(
          { ...input, roundId: row.round_id, nomineeId: row.nominee_id },
          { ...round, status: 'open' },
          row.nominee_kind,
        );
        if (award.code !== row.award_code && repo.existingNomination(row.round_id, row.nominee_id, award.code) !== null) {
          throw new AppError('CONFLICT', msg.nominationTwice(row.nominee_name, award.name));
        }
        const before = snapshot(input.id);
        const at = clock.now();
        if (!repo.updateNomination(input.id, input.version, { ...input, awardCode: award.code }, at)) {
          throw new AppError('CONFLICT', msg.nominationStale(row.nominee_name));
        }
        record(input.id, 'update', before, snapshot(input.id), at);
        return detail(input.id);
      })();
    },
    /** For the import, inside its transaction. */
    insert,
    insertMany,
    checkNew,
    eligibility(id: number): EligibilityResult & { id: number; version: number } {
      const row = mustRow(id);
      return { ...eligibilityOf(row, rounds.mustGet(row.round_id), catalogue.mustAward(row.award_code)), id, version: row.version };
    },
    transition(id: number, to: NominationStatus, reason: string, version: number): NominationDetail {
      return db.transaction(() => {
        const row = mustRow(id);
        if (row.version !== version) throw new AppError('CONFLICT', msg.nominationStale(row.nominee_name));
        if (row.status === to) throw new AppError('VALIDATION', msg.sameStatus(to));
        if (!NOMINATION_TRANSITIONS[row.status].includes(to)) throw new AppError('VALIDATION', msg.badTransition(row.status, to));
        if (to === 'needs-supplement' && reason === '') {
          throw new AppError('VALIDATION', msg.reasonRequired, [{ path: 'reason', message: msg.reasonRequired }]);
        }
        if (to === 'complete') {
          const missing = dossierOf(row, catalogue.mustAward(row.award_code)).filter((d) => d.required && !d.received);
          if (missing.length > 0) throw new AppError('VALIDATION', msg.missingDocuments(missing.map((d) => d.label)));
        }
        const before = snapshot(id);
        const at = clock.now();
        if (!repo.setStatus(id, version, to, to === 'received' ? at.slice(0, 10) : null, at)) {
          throw new AppError('CONFLICT', msg.nominationStale(row.nominee_name));
        }
        repo.insertTransition(id, row.status, to, reason, at, deps.operator());
        record(id, 'update', before, { ...snapshot(id), transition: { from: row.status, to, reason } }, at);
        return detail(id);
      })();
    },
    setDocument(id: number, version: number, code: string, received: boolean, attachmentId: number | null): NominationDetail {
      return db.transaction(() => {
        const row = mustRow(id);
        if (row.version !== version) throw new AppError('CONFLICT', msg.nominationStale(row.nominee_name));
        if (!isDossierOpen(row.status)) throw new AppError('VALIDATION', msg.documentsLocked(row.status));
        const award = catalogue.mustAward(row.award_code);
        if (!award.documents.some((d) => d.code === code)) {
          throw new AppError('VALIDATION', msg.documentNotInChecklist(code, award.name), [
            { path: 'documentCode', message: msg.documentNotInChecklist(code, award.name) },
          ]);
        }
        if (
          attachmentId !== null &&
          !deps
            .attachments()
            .list('nomination', id)
            .some((a) => a.id === attachmentId)
        ) {
          throw new AppError('VALIDATION', msg.attachmentNotOwned(attachmentId), [
            { path: 'attachmentId', message: msg.attachmentNotOwned(attachmentId) },
          ]);
        }
        const before = snapshot(id);
        const at = clock.now();
        repo.setDocument(id, code, received, attachmentId);
        if (!repo.touch(id, version, at)) throw new AppError('CONFLICT', msg.nominationStale(row.nominee_name));
        record(id, 'update', before, snapshot(id), at);
        return detail(id);
      })();
    },
    /** What the printed list reads: the round, the catalogue and every nomination of the round with its nominee. */
    forList(roundId: number) {
      const round = rounds.mustGet(roundId);
      const entries = repo.nominations({ roundId }).map((row) => ({
        nominee: deps.nominees.mustGet(row.nominee_id),
        awardCode: row.award_code,
        proposingUnitName: row.proposing_unit_name,
        status: row.status,
      }));
      return { round, awards: catalogue.catalogue(), entries };
    },
  };
}

export type NominationsService = ReturnType<typeof createNominationsService>;
