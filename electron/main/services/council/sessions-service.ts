import type {
  AgendaCandidatesInput,
  AgendaInput,
  AttendanceInput,
  RecordVoteInput,
  SessionCreateInput,
  SessionListInput,
} from '../../../../shared/contract/sessions';
import type {
  AgendaCandidate,
  AgendaItem,
  ConflictSuggestion,
  CouncilMember,
  CouncilSession,
  CouncilVote,
  NominationCouncilResult,
  QuorumCheck,
  RecordedVote,
  SessionListPage,
  SessionMember,
} from '../../../../shared/domain/council';
import type { Award } from '../../../../shared/domain/nominations';
import { AppError } from '../../../../shared/errors';
import { foldText } from '../../../../shared/text/fold';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { AgendaRow, CouncilRepository, SessionRow } from '../../db/repositories/council';
import type { Clock } from '../context';
import { councilMessages as msg } from './messages';
import { checkQuorum, computeVote, voteRuleOn } from './vote';

interface Deps {
  db: Db;
  council: CouncilRepository;
  catalogue: { mustAward(code: string, path?: string): Award };
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

const invalid = (path: string, message: string) => new AppError('VALIDATION', message, [{ path, message }]);

/** Members who may have a conflict of interest on an item: the nominee themself, or someone from the proposing unit. */
export function suggestConflicts(members: readonly CouncilMember[], item: AgendaRow): ConflictSuggestion[] {
  const unit = item.proposing_unit_folded;
  const out: ConflictSuggestion[] = [];
  for (const member of members) {
    const agency = foldText(member.agency);
    if (item.nominee_kind === 'individual' && foldText(member.fullName) === item.nominee_folded) {
      out.push({ memberId: member.id, memberName: member.fullName, why: msg.conflictSelf });
    } else if (agency !== '' && unit.length >= 3 && (agency === unit || agency.includes(unit) || unit.includes(agency))) {
      out.push({ memberId: member.id, memberName: member.fullName, why: msg.conflictUnit(item.proposing_unit_name) });
    }
  }
  return out;
}

/** Council sessions: chair and secretary, attendance and quorum, the agenda, and votes computed against the rule in force. */
export function createCouncilSessionsService(deps: Deps) {
  const { db, council: repo, audit, clock } = deps;

  function mustRow(id: number): SessionRow {
    const row = repo.session(id);
    if (!row) throw new AppError('NOT_FOUND', msg.sessionNotFound(id));
    return row;
  }

  function quorumOf(row: SessionRow, members: readonly SessionMember[]): QuorumCheck | null {
    if (row.attendance_recorded !== 1) return null;
    return checkQuorum(members.filter((m) => m.present === true).length, members.length, row.quorum_percent);
  }

  function sessionMembers(row: SessionRow): SessionMember[] {
    const attendance = new Map(repo.attendance(row.id).map((a) => [a.member_id, a]));
    return repo.members(row.date).map((member) => {
      const seen = attendance.get(member.id);
      return { ...member, present: seen ? seen.present === 1 : null, opinion: seen?.opinion ?? '' };
    });
  }

  function detail(id: number): CouncilSession {
    const row = mustRow(id);
    const members = sessionMembers(row);
    const votes = repo.votesOfSession(id);
    const byNomination = new Map<number, CouncilVote[]>();
    for (const vote of votes) byNomination.set(vote.nominationId, [...(byNomination.get(vote.nominationId) ?? []), vote]);
    const agenda: AgendaItem[] = repo.agenda(id).map((item) => {
      const its = byNomination.get(item.nomination_id) ?? [];
      return {
        nominationId: item.nomination_id,
        ordinal: item.ordinal,
        nomineeId: item.nominee_id,
        nomineeName: item.nominee_name,
        nomineeKind: item.nominee_kind,
        awardCode: item.award_code,
        awardName: item.award_name,
        awardLevel: item.award_level,
        proposingUnitId: item.proposing_unit_id,
        proposingUnitName: item.proposing_unit_name,
        status: item.status,
        conflicts: suggestConflicts(members, item),
        vote: its.find((v) => v.current) ?? null,
        history: its.filter((v) => !v.current),
      };
    });
    const name = (memberId: number) => repo.member(memberId)?.fullName ?? '';
    return {
      id: row.id,
      date: row.date,
      place: row.place,
      chairId: row.chair_id,
      chairName: name(row.chair_id),
      secretaryId: row.secretary_id,
      secretaryName: name(row.secretary_id),
      quorumPercent: row.quorum_percent,
      members,
      attendanceRecorded: row.attendance_recorded === 1,
      quorum: quorumOf(row, members),
      agenda,
      version: row.version,
    };
  }

  /** Moves the session's version on (checking the caller's version when given); the caller holds the transaction. */
  function touch(row: SessionRow, version: number | undefined, at: string) {
    if ((version !== undefined && version !== row.version) || !repo.touchSession(row.id, row.version, at)) {
      throw new AppError('CONFLICT', msg.sessionStale);
    }
  }

  function memberOn(id: number, date: string, path: string): CouncilMember {
    const member = repo.member(id);
    if (!member) throw invalid(path, msg.memberNotFound(id));
    if (member.termFrom > date || (member.termTo !== null && member.termTo < date))
      throw invalid(path, msg.notMemberOn(member.fullName, date));
    return member;
  }

  const record = (
    entityId: number,
    action: 'create' | 'update',
    before: object | null,
    after: object,
    at: string,
    entity = 'council-session',
  ) =>
    audit.record(
      {
        entity,
        entityId,
        action,
        before: before as Record<string, unknown> | null,
        after: after as Record<string, unknown>,
        operator: deps.operator(),
      },
      at,
    );

  return {
    exists(id: number): boolean {
      return repo.session(id) !== null;
    },
    get(id: number): CouncilSession {
      return detail(id);
    },
    list(input: SessionListInput): SessionListPage {
      const { rows, total } = repo.sessions({
        year: input.year ?? null,
        limit: input.pageSize,
        offset: (input.page - 1) * input.pageSize,
      });
      return { rows, total, page: input.page, pageSize: input.pageSize };
    },
    candidates(input: AgendaCandidatesInput): AgendaCandidate[] {
      return repo.agendaCandidates(foldText(input.query), input.limit);
    },
    results(nominationIds: readonly number[]): NominationCouncilResult[] {
      return nominationIds.length === 0 ? [] : repo.resultsOf(nominationIds);
    },
    create(input: SessionCreateInput): CouncilSession {
      return db.transaction(() => {
        const chair = memberOn(input.chairId, input.date, 'chairId');
        const secretary = memberOn(input.secretaryId, input.date, 'secretaryId');
        if (chair.role !== 'chair' && chair.role !== 'vice-chair') throw invalid('chairId', msg.chairRole(chair.fullName, chair.role));
        if (chair.id === secretary.id) throw invalid('secretaryId', msg.chairIsSecretary);
        const at = clock.now();
        const id = repo.insertSession(input, at);
        const created = detail(id);
        record(id, 'create', null, created, at);
        return created;
      })();
    },
    setAttendance(input: AttendanceInput): CouncilSession {
      return db.transaction(() => {
        const row = mustRow(input.sessionId);
        if (repo.votesOfSession(row.id).length > 0) throw new AppError('CONFLICT', msg.attendanceAfterVotes);
        const members = repo.members(row.date);
        const onDate = new Map(members.map((m) => [m.id, m]));
        for (const id of input.presentIds) if (!onDate.has(id)) throw invalid('presentIds', msg.notMemberIdOn(id, row.date));
        const present = new Set(input.presentIds);
        const opinions = new Map<number, string>();
        for (const { memberId, opinion } of input.absentOpinions) {
          const member = onDate.get(memberId);
          if (!member) throw invalid('absentOpinions', msg.notMemberIdOn(memberId, row.date));
          if (present.has(memberId)) throw invalid('absentOpinions', msg.opinionOfPresent(member.fullName));
          opinions.set(memberId, opinion);
        }
        const before = detail(row.id);
        const at = clock.now();
        touch(row, input.version, at);
        repo.replaceAttendance(
          row.id,
          members.map((m) => ({ memberId: m.id, present: present.has(m.id), opinion: opinions.get(m.id) ?? '' })),
        );
        const after = detail(row.id);
        record(row.id, 'update', { members: before.members, quorum: before.quorum }, { members: after.members, quorum: after.quorum }, at);
        return after;
      })();
    },
    setAgenda(input: AgendaInput): CouncilSession {
      return db.transaction(() => {
        const row = mustRow(input.sessionId);
        const before = detail(row.id);
        const kept = new Set(input.nominationIds);
        for (const item of before.agenda) {
          if (!kept.has(item.nominationId) && (item.vote || item.history.length > 0))
            throw new AppError('CONFLICT', msg.votedItemRemoved(item.nomineeName));
        }
        const listed = new Set(before.agenda.map((item) => item.nominationId));
        for (const id of input.nominationIds) {
          const status = repo.nominationStatus(id);
          if (status === null) throw invalid('nominationIds', msg.nominationNotFound(id));
          if (status !== 'submitted' && !listed.has(id)) throw invalid('nominationIds', msg.notSubmitted(repo.nomineeOf(id), status));
        }
        const at = clock.now();
        touch(row, input.version, at);
        repo.replaceAgenda(row.id, input.nominationIds);
        const after = detail(row.id);
        const ids = (s: CouncilSession) => s.agenda.map((item) => item.nominationId);
        record(row.id, 'update', { agenda: ids(before) }, { agenda: ids(after) }, at);
        return after;
      })();
    },
    recordVote(input: RecordVoteInput): RecordedVote {
      return db.transaction(() => {
        const row = mustRow(input.sessionId);
        const session = detail(row.id);
        const item = session.agenda.find((a) => a.nominationId === input.nominationId);
        if (!item) throw invalid('nominationId', msg.notOnAgenda);
        if (item.status !== 'submitted') throw invalid('nominationId', msg.voteNotSubmitted(item.nomineeName, item.status));
        if (!session.quorum) throw new AppError('VALIDATION', msg.noAttendance);
        if (!session.quorum.met) throw new AppError('VALIDATION', msg.noQuorum(session.quorum.explanation));
        const byId = new Map(session.members.map((m) => [m.id, m]));
        const withdrawn = input.withdrawn.map(({ memberId, reason }) => {
          const member = byId.get(memberId);
          if (!member) throw invalid('withdrawn', msg.withdrawnNotMember(memberId));
          return { memberId, memberName: member.fullName, reason, present: member.present === true };
        });
        const decided = repo.decisionOfNomination(item.nominationId);
        if (decided !== null) throw new AppError('CONFLICT', msg.alreadyDecided(decided));
        const previous = item.vote;
        if (previous && input.reason === '') throw invalid('reason', msg.correctionReason);
        const rule = voteRuleOn(deps.catalogue.mustAward(item.awardCode).voteRules, row.date);
        const outcome = computeVote(rule, {
          votesFor: input.votesFor,
          votesAgainst: input.votesAgainst,
          abstentions: input.abstentions,
          totalMembers: session.members.length,
          presentMembers: session.quorum.present,
          withdrawnTotal: withdrawn.length,
          withdrawnPresent: withdrawn.filter((w) => w.present).length,
        });
        if (!outcome.ok) throw invalid('votesFor', outcome.problem);
        const at = clock.now();
        if (previous) repo.retireVote(previous.id);
        const id = repo.insertVote(
          {
            sessionId: row.id,
            nominationId: item.nominationId,
            votesFor: input.votesFor,
            votesAgainst: input.votesAgainst,
            abstentions: input.abstentions,
            withdrawn: withdrawn.map(({ memberId, memberName, reason }) => ({ memberId, memberName, reason })),
            basis: outcome.basis,
            baseCount: outcome.baseCount,
            thresholdPercent: outcome.thresholdPercent,
            ruleId: rule?.id ?? null,
            legalBasis: rule?.legalBasis ?? '',
            passed: outcome.passed,
            explanation: outcome.explanation,
            reason: previous ? input.reason : '',
          },
          at,
          deps.operator(),
        );
        const vote = repo.vote(id) as CouncilVote;
        // A correction is a new result; the one it replaces stays in the history, named here.
        record(id, 'create', null, { ...vote, replaces: previous }, at, 'council-vote');
        return {
          id,
          version: vote.version,
          sessionId: row.id,
          nominationId: item.nominationId,
          passed: vote.passed,
          explanation: vote.explanation,
          vote,
        };
      })();
    },
  };
}

export type CouncilSessionsService = ReturnType<typeof createCouncilSessionsService>;
