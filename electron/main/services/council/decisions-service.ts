import type { HandOverInput, RegisterExportQuery, RegisterQuery } from '../../../../shared/contract/award-register';
import type { CandidateQuery, DecisionCreateInput, DecisionListQuery } from '../../../../shared/contract/decisions';
import type { NomineeAddAwardInput } from '../../../../shared/contract/nominees';
import type { CandidatePage, Decision, DecisionListPage, RegisterEntry, RegisterPage } from '../../../../shared/domain/council';
import type { NomineeHistoryEntry } from '../../../../shared/domain/nominations';
import { AppError } from '../../../../shared/errors';
import { safeFileName } from '../../../../shared/format/file-name';
import { foldText } from '../../../../shared/text/fold';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { CouncilRepository, DecisionRow } from '../../db/repositories/council';
import type { Clock } from '../context';
import { decisionsMessages } from './decisions-messages';
import { councilMessages as msg } from './messages';
import { registerCsv } from './register-csv';
import { registerWorkbook } from './register-xlsx';

/** Rows of one register export: a province's register for many years stays far below it. */
const EXPORT_LIMIT = 50_000;

interface Deps {
  db: Db;
  council: CouncilRepository;
  /** The nominations area's register of nominees: an issued award enters the awardee's history there. */
  nominees: { addAward(input: NomineeAddAwardInput): NomineeHistoryEntry };
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

const registerFilter = (query: RegisterExportQuery) => ({
  foldedQuery: foldText(query.query),
  year: query.year ?? null,
  awardCode: query.awardCode ?? null,
  unitId: query.unitId ?? null,
  movementId: query.movementId ?? null,
});

const invalid = (path: string, message: string) => new AppError('VALIDATION', message, [{ path, message }]);

/** Decisions granting the awards the council passed, their issue with register numbers, and the award register. */
export function createDecisionsService(deps: Deps) {
  const { db, council: repo, audit, clock } = deps;

  function mustRow(id: number): DecisionRow {
    const row = repo.decision(id);
    if (!row) throw new AppError('NOT_FOUND', msg.decisionNotFound(id));
    return row;
  }

  function detail(id: number): Decision {
    const row = mustRow(id);
    return {
      id: row.id,
      number: row.number,
      date: row.date,
      signerName: row.signer_name,
      signerAuthority: row.signer_authority,
      status: row.status,
      issuedAt: row.issued_at,
      version: row.version,
      items: repo.items(id).map((item) => ({
        id: item.id,
        version: item.version,
        nominationId: item.nomination_id,
        ordinal: item.ordinal,
        nomineeId: item.nominee_id,
        nomineeName: item.nominee_name,
        nomineeKind: item.nominee_kind,
        awardCode: item.award_code,
        awardName: item.award_name,
        commendationKind: item.commendation_kind,
        proposingUnitName: item.proposing_unit_name,
        summary: item.summary,
        registerYear: item.register_year,
        registerNumber: item.register_number,
        printedOn: item.printed_on,
        handedOverOn: item.handed_over_on,
        receivedBy: item.received_by,
      })),
    };
  }

  /** One register entry as the register lists it. */
  const entry = (id: number): RegisterEntry => {
    const { rows } = repo.register({
      foldedQuery: '',
      year: null,
      awardCode: null,
      unitId: null,
      movementId: null,
      entryId: id,
      limit: 1,
      offset: 0,
    });
    return rows[0];
  };

  const record = (id: number, action: 'create' | 'update', before: Decision | null, after: Decision, at: string) =>
    audit.record(
      {
        entity: 'decision',
        entityId: id,
        action,
        before: before as unknown as Record<string, unknown> | null,
        after: after as unknown as Record<string, unknown>,
        operator: deps.operator(),
      },
      at,
    );

  return {
    exists(id: number): boolean {
      return repo.decision(id) !== null;
    },
    get(id: number): Decision {
      return detail(id);
    },
    create(input: DecisionCreateInput): Decision {
      return db.transaction(() => {
        const year = Number(input.date.slice(0, 4));
        const foldedNumber = foldText(input.number);
        if (repo.decisionNumberTaken(foldedNumber, year)) throw invalid('number', msg.decisionNumberTaken(input.number, year));
        for (const id of input.nominationIds) {
          const status = repo.nominationStatus(id);
          if (status === null) throw invalid('nominationIds', msg.nominationNotFound(id));
          const name = repo.nomineeOf(id);
          if (status !== 'submitted') throw invalid('nominationIds', msg.notSubmitted(name, status));
          const vote = repo.latestVote(id);
          if (!vote) throw invalid('nominationIds', msg.notVoted(name));
          if (!vote.passed) throw invalid('nominationIds', msg.notPassed(name));
          if (input.date < vote.sessionDate) throw invalid('date', msg.decisionBeforeSession(name, vote.sessionDate));
          const other = repo.decisionOfNomination(id);
          if (other !== null) throw new AppError('CONFLICT', msg.inOtherDecision(name, other));
        }
        const at = clock.now();
        const id = repo.insertDecision({ ...input, foldedNumber, year }, at);
        input.nominationIds.forEach((nominationId, index) => repo.insertItem(id, nominationId, index + 1));
        const created = detail(id);
        record(id, 'create', null, created, at);
        return created;
      })();
    },
    /** Register numbers in the decision's order within its year; each award enters its awardee's history (eligibility reads it). */
    issue(id: number, version: number | undefined): Decision {
      return db.transaction(() => {
        const row = mustRow(id);
        if (row.status === 'issued') throw new AppError('CONFLICT', msg.alreadyIssued(row.number));
        if (version !== undefined && version !== row.version) throw new AppError('CONFLICT', msg.decisionStale);
        const before = detail(id);
        const at = clock.now();
        if (!repo.issueDecision(id, row.version, at)) throw new AppError('CONFLICT', msg.decisionStale);
        for (const item of repo.items(id)) {
          const number = repo.nextRegisterNumber(row.year);
          const entry = deps.nominees.addAward({
            nomineeId: item.nominee_id,
            awardCode: item.award_code,
            year: item.round_year,
            commendationKind: item.commendation_kind,
            decisionNumber: row.number,
            decisionDate: row.date,
            issuer: row.signer_authority,
          });
          repo.numberItem(item.id, row.year, number, entry.id);
        }
        const after = detail(id);
        record(id, 'update', before, after, at);
        return after;
      })();
    },
    register(query: RegisterQuery): RegisterPage {
      const { rows, total } = repo.register({
        ...registerFilter(query),
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return { rows, total, page: query.page, pageSize: query.pageSize };
    },
    async registerXlsx(query: RegisterExportQuery): Promise<{ fileName: string; base64: string }> {
      const { rows } = repo.register({ ...registerFilter(query), limit: EXPORT_LIMIT, offset: 0 });
      const buffer = await registerWorkbook(rows, query.year ?? null);
      return {
        fileName: safeFileName([decisionsMessages.fileName, query.year ? String(query.year) : null], 'xlsx'),
        base64: buffer.toString('base64'),
      };
    },
    registerCsv(query: RegisterExportQuery): { fileName: string; base64: string } {
      const { rows } = repo.register({ ...registerFilter(query), limit: EXPORT_LIMIT, offset: 0 });
      return {
        fileName: safeFileName([decisionsMessages.fileName, query.year ? String(query.year) : null], 'csv'),
        base64: registerCsv(rows).toString('base64'),
      };
    },
    list(query: DecisionListQuery): DecisionListPage {
      const { rows, total } = repo.decisions({
        foldedQuery: foldText(query.query),
        year: query.year ?? null,
        status: query.status ?? null,
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return {
        rows: rows.map((r) => ({
          id: r.id,
          number: r.number,
          date: r.date,
          signerName: r.signer_name,
          signerAuthority: r.signer_authority,
          status: r.status,
          awardCount: r.award_count,
          handedOverCount: r.handed_over_count,
          version: r.version,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
    candidates(query: CandidateQuery): CandidatePage {
      const { rows, total } = repo.candidates({
        foldedQuery: foldText(query.query),
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return {
        rows: rows.map((r) => ({
          id: r.id,
          version: r.version,
          nomineeName: r.nominee_name,
          nomineeKind: r.nominee_kind,
          awardCode: r.award_code,
          awardName: r.award_name,
          proposingUnitName: r.proposing_unit_name,
          roundYear: r.round_year,
          sessionDate: r.session_date,
          explanation: r.explanation,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
    /** Printed on, handed over on and to whom, for an award of an issued decision; dates from the decision's date on. */
    handOver(input: HandOverInput): RegisterEntry {
      return db.transaction(() => {
        const dm = decisionsMessages;
        const row = repo.handOverRow(input.awardId);
        if (!row) throw new AppError('NOT_FOUND', dm.awardNotFound(input.awardId));
        if (row.decision_status !== 'issued') throw invalid('awardId', dm.notIssued(row.decision_number));
        if (input.version !== row.version) throw new AppError('CONFLICT', dm.awardStale);
        if (input.printedOn !== null && input.printedOn < row.decision_date)
          throw invalid('printedOn', dm.beforeDecision('Ngày in', row.decision_date));
        if (input.handedOverOn !== null && input.handedOverOn < row.decision_date)
          throw invalid('handedOverOn', dm.beforeDecision('Ngày trao', row.decision_date));
        if (input.printedOn !== null && input.handedOverOn !== null && input.handedOverOn < input.printedOn)
          throw invalid('handedOverOn', dm.handedBeforePrinted);
        const fields = { printedOn: input.printedOn, handedOverOn: input.handedOverOn, receivedBy: input.receivedBy };
        if (!repo.setHandOver({ id: row.id, version: row.version, ...fields })) throw new AppError('CONFLICT', dm.awardStale);
        audit.record(
          {
            entity: 'award',
            entityId: row.id,
            action: 'update',
            before: { printedOn: row.printed_on, handedOverOn: row.handed_over_on, receivedBy: row.received_by },
            after: fields,
            operator: deps.operator(),
          },
          clock.now(),
        );
        return entry(row.id);
      })();
    },
  };
}

export type DecisionsService = ReturnType<typeof createDecisionsService>;
