import type {
  AgendaCandidate,
  CouncilMember,
  CouncilRole,
  CouncilVote,
  DecisionStatus,
  NominationCouncilResult,
  RegisterEntry,
  SessionListItem,
  VoteBasis,
  WithdrawnMember,
} from '../../../../shared/domain/council';
import type { AwardLevel, CommendationKind, NominationStatus, NomineeKind } from '../../../../shared/domain/nominations';
import type { Db } from '../connection';

interface MemberRow {
  id: number;
  person_id: number;
  full_name: string;
  position: string;
  agency: string;
  role: CouncilRole;
  term_from: string;
  term_to: string | null;
  version: number;
}

export interface SessionRow {
  id: number;
  date: string;
  place: string;
  chair_id: number;
  secretary_id: number;
  quorum_percent: number;
  attendance_recorded: number;
  version: number;
}

interface SessionListRow {
  id: number;
  version: number;
  date: string;
  place: string;
  chair_name: string;
  secretary_name: string;
  quorum_percent: number;
  attendance_recorded: number;
  present_count: number;
  member_count: number;
  agenda_count: number;
  voted_count: number;
  passed_count: number;
}

export interface AttendanceRow {
  member_id: number;
  present: number;
  opinion: string;
}

/** An agenda item as stored, with what the service needs of the nomination. */
export interface AgendaRow {
  nomination_id: number;
  ordinal: number;
  nominee_id: number;
  nominee_name: string;
  nominee_folded: string;
  nominee_kind: NomineeKind;
  award_code: string;
  award_name: string;
  award_level: AwardLevel;
  proposing_unit_id: number;
  proposing_unit_name: string;
  proposing_unit_folded: string;
  status: NominationStatus;
}

interface VoteRow {
  id: number;
  session_id: number;
  nomination_id: number;
  votes_for: number;
  votes_against: number;
  abstentions: number;
  withdrawn_json: string;
  basis: VoteBasis;
  base_count: number;
  threshold_percent: number;
  rule_id: number | null;
  legal_basis: string;
  passed: number;
  explanation: string;
  reason: string;
  current: number;
  recorded_at: string;
  operator: string;
  version: number;
}

export interface VoteFields {
  sessionId: number;
  nominationId: number;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  withdrawn: WithdrawnMember[];
  basis: VoteBasis;
  baseCount: number;
  thresholdPercent: number;
  ruleId: number | null;
  legalBasis: string;
  passed: boolean;
  explanation: string;
  reason: string;
}

export interface DecisionRow {
  id: number;
  number: string;
  date: string;
  year: number;
  signer_name: string;
  signer_authority: string;
  status: DecisionStatus;
  issued_at: string | null;
  version: number;
}

export interface DecisionItemRow {
  id: number;
  version: number;
  printed_on: string | null;
  handed_over_on: string | null;
  received_by: string;
  nomination_id: number;
  ordinal: number;
  register_year: number | null;
  register_number: number | null;
  nominee_id: number;
  nominee_name: string;
  nominee_kind: NomineeKind;
  award_code: string;
  award_name: string;
  commendation_kind: CommendationKind;
  round_year: number;
  proposing_unit_name: string;
  summary: string;
}

export interface RegisterFilter {
  foldedQuery: string;
  year: number | null;
  awardCode: string | null;
  unitId: number | null;
  movementId: number | null;
  /** One entry only (the answer of a handing-over). */
  entryId?: number;
  limit: number;
  offset: number;
}

const toMember = (row: MemberRow): CouncilMember => ({
  id: row.id,
  personId: row.person_id,
  fullName: row.full_name,
  position: row.position,
  agency: row.agency,
  role: row.role,
  termFrom: row.term_from,
  termTo: row.term_to,
  version: row.version,
});

const toVote = (row: VoteRow): CouncilVote => ({
  id: row.id,
  sessionId: row.session_id,
  nominationId: row.nomination_id,
  votesFor: row.votes_for,
  votesAgainst: row.votes_against,
  abstentions: row.abstentions,
  withdrawn: JSON.parse(row.withdrawn_json) as WithdrawnMember[],
  basis: row.basis,
  baseCount: row.base_count,
  thresholdPercent: row.threshold_percent,
  ruleId: row.rule_id,
  legalBasis: row.legal_basis,
  passed: row.passed === 1,
  explanation: row.explanation,
  reason: row.reason,
  current: row.current === 1,
  recordedAt: row.recorded_at,
  operator: row.operator,
  version: row.version,
});

const MEMBER_SELECT = `SELECT m.id, m.person_id, p.full_name, p.position, p.agency, m.role, m.term_from, m.term_to, m.version
  FROM council_members m JOIN people p ON p.id = m.person_id`;
const ROLE_ORDER = `CASE m.role WHEN 'chair' THEN 1 WHEN 'vice-chair' THEN 2 WHEN 'standing-member' THEN 3 WHEN 'member' THEN 4 ELSE 5 END`;
const ON_DATE = `m.term_from <= @date AND (m.term_to IS NULL OR m.term_to >= @date)`;

const ITEM_SELECT = `SELECT i.id, i.version, i.printed_on, i.handed_over_on, i.received_by, i.nomination_id, i.ordinal, i.register_year, i.register_number, e.id AS nominee_id, e.name AS nominee_name,
    e.kind AS nominee_kind, n.award_code, a.name AS award_name, r.commendation_kind, r.year AS round_year,
    u.name AS proposing_unit_name, n.summary
  FROM council_decision_items i
  JOIN nominations n ON n.id = i.nomination_id
  JOIN nominees e ON e.id = n.nominee_id
  JOIN awards a ON a.code = n.award_code
  JOIN nomination_rounds r ON r.id = n.round_id
  JOIN units u ON u.id = n.proposing_unit_id`;

/** The register's filters present in a query; each adds its own condition (and only the joins it needs). */
interface RegisterShape {
  year: boolean;
  awardCode: boolean;
  unitId: boolean;
  movementId: boolean;
  entryId: boolean;
  like: boolean;
}

/**
 * The register's FROM and WHERE for the filters present. Built per combination of filters (not with
 * "@x IS NULL OR ..."), so SQLite picks the index of the filter given: the register number for a year or
 * no filter, the proposing unit, the award, the round of a movement. A register number is given only at
 * issue, so a numbered item is an award of an issued decision.
 */
function registerFrom(shape: RegisterShape, forPage: boolean): string {
  const needNomination = forPage || shape.awardCode || shape.unitId || shape.movementId;
  // A page of a coarse filter (a form, a movement: a large share of the register) is found fastest walking the
  // register in its order until the page is full; CROSS JOIN keeps SQLite from sorting every match first.
  // A narrow filter (a unit, a name) starts from its own index and sorts its few matches.
  const walk = forPage && !shape.unitId && !shape.entryId && !shape.like ? 'CROSS JOIN' : 'JOIN';
  const joins = [
    needNomination ? `${walk} nominations n ON n.id = i.nomination_id` : '',
    forPage || shape.movementId ? `${walk} nomination_rounds r ON r.id = n.round_id` : '',
    forPage ? 'JOIN nominees e ON e.id = n.nominee_id JOIN council_decisions d ON d.id = i.decision_id' : '',
    forPage
      ? 'JOIN awards a ON a.code = n.award_code JOIN units u ON u.id = n.proposing_unit_id LEFT JOIN movements mv ON mv.id = r.movement_id'
      : '',
  ];
  const where = [
    'i.register_number IS NOT NULL',
    shape.year ? 'i.register_year = @year' : '',
    shape.awardCode ? 'n.award_code = @awardCode' : '',
    shape.unitId ? 'n.proposing_unit_id = @unitId' : '',
    shape.movementId ? 'r.movement_id = @movementId' : '',
    shape.entryId ? 'i.id = @entryId' : '',
    // The awardees and decisions matching the words, each found once, then their awards.
    shape.like
      ? `(i.nomination_id IN (SELECT n2.id FROM nominees e2 JOIN nominations n2 ON n2.nominee_id = e2.id
           WHERE (' ' || e2.folded_name) LIKE @like ESCAPE '\\')
         OR i.decision_id IN (SELECT d2.id FROM council_decisions d2 WHERE (' ' || d2.folded_number) LIKE @like ESCAPE '\\'))`
      : '',
  ];
  return `FROM council_decision_items i ${joins.filter(Boolean).join(' ')} WHERE ${where.filter(Boolean).join(' AND ')}`;
}

const DECISION_FILTER = `WHERE (@year IS NULL OR d.year = @year) AND (@status IS NULL OR d.status = @status)
    AND (@like IS NULL OR d.folded_number LIKE @like ESCAPE '\\')`;

// The latest current vote of a nomination over all sessions (as latestVote), passed, and no decision grants it yet.
const CANDIDATE_FROM = `FROM nominations n
  JOIN council_votes v ON v.id = (
    SELECT v2.id FROM council_votes v2 JOIN council_sessions s2 ON s2.id = v2.session_id
    WHERE v2.nomination_id = n.id AND v2.current = 1 ORDER BY s2.date DESC, v2.id DESC LIMIT 1)
  JOIN council_sessions s ON s.id = v.session_id
  JOIN nominees e ON e.id = n.nominee_id
  JOIN awards a ON a.code = n.award_code
  JOIN units u ON u.id = n.proposing_unit_id
  JOIN nomination_rounds r ON r.id = n.round_id
  WHERE n.status = 'submitted' AND v.passed = 1
    AND NOT EXISTS (SELECT 1 FROM council_decision_items x WHERE x.nomination_id = n.id)
    AND (@like IS NULL OR (' ' || e.folded_name) LIKE @like ESCAPE '\\' OR (' ' || u.name_folded) LIKE @like ESCAPE '\\')`;

/** A LIKE pattern matching a folded query at the start of any word ('' -> no filter). */
const wordLike = (folded: string) => (folded ? `% ${folded.replace(/[\\%_]/gu, (c) => `\\${c}`)}%` : null);

export interface DecisionListRow {
  id: number;
  number: string;
  date: string;
  signer_name: string;
  signer_authority: string;
  status: DecisionStatus;
  award_count: number;
  handed_over_count: number;
  version: number;
}

export interface CandidateRow {
  id: number;
  version: number;
  nominee_name: string;
  nominee_kind: NomineeKind;
  award_code: string;
  award_name: string;
  proposing_unit_name: string;
  round_year: number;
  session_date: string;
  explanation: string;
}

/** An award's handing-over as stored, with what its checks need. */
export interface HandOverRow {
  id: number;
  version: number;
  decision_date: string;
  decision_status: DecisionStatus;
  decision_number: string;
  nominee_name: string;
  printed_on: string | null;
  handed_over_on: string | null;
  received_by: string;
}

/** SQL of the council area: members, sessions, attendance, agenda, votes, decisions and the register. */
export function createCouncilRepository(db: Db) {
  const s = {
    member: db.prepare(`${MEMBER_SELECT} WHERE m.id = ?`),
    membersAll: db.prepare(`${MEMBER_SELECT} ORDER BY ${ROLE_ORDER}, p.folded_name, m.id LIMIT 1000`),
    membersOn: db.prepare(`${MEMBER_SELECT} WHERE ${ON_DATE} ORDER BY ${ROLE_ORDER}, p.folded_name, m.id`),
    overlapping: db.prepare(
      `SELECT id FROM council_members WHERE person_id = @personId AND term_from <= COALESCE(@termTo, '9999-12-31')
         AND COALESCE(term_to, '9999-12-31') >= @termFrom LIMIT 1`,
    ),
    insertMember: db.prepare(
      `INSERT INTO council_members (person_id, role, term_from, term_to, created_at, updated_at) VALUES (@personId, @role, @termFrom, @termTo, @at, @at)`,
    ),
    updateMember: db.prepare(
      `UPDATE council_members SET role = @role, term_to = @termTo, version = version + 1, updated_at = @at WHERE id = @id AND version = @version`,
    ),
    overlappingOther: db.prepare(
      `SELECT id FROM council_members WHERE person_id = @personId AND id <> @id AND term_from <= COALESCE(@termTo, '9999-12-31')
         AND COALESCE(term_to, '9999-12-31') >= @termFrom LIMIT 1`,
    ),
    lastSessionOf: db.prepare(
      `SELECT MAX(s.date) AS date FROM council_sessions s
       WHERE s.chair_id = @id OR s.secretary_id = @id
          OR EXISTS (SELECT 1 FROM council_attendance a WHERE a.session_id = s.id AND a.member_id = @id)`,
    ),
    session: db.prepare(`SELECT * FROM council_sessions WHERE id = ?`),
    sessionCount: db.prepare(`SELECT COUNT(*) AS total FROM council_sessions s WHERE (@from IS NULL OR s.date BETWEEN @from AND @to)`),
    sessionPage: db.prepare(
      `SELECT s.id, s.version, s.date, s.place, s.quorum_percent, s.attendance_recorded,
         pc.full_name AS chair_name, ps.full_name AS secretary_name,
         (SELECT COUNT(*) FROM council_attendance a WHERE a.session_id = s.id AND a.present = 1) AS present_count,
         (SELECT COUNT(*) FROM council_members m WHERE m.term_from <= s.date AND (m.term_to IS NULL OR m.term_to >= s.date)) AS member_count,
         (SELECT COUNT(*) FROM council_agenda g WHERE g.session_id = s.id) AS agenda_count,
         (SELECT COUNT(*) FROM council_votes v WHERE v.session_id = s.id AND v.current = 1) AS voted_count,
         (SELECT COUNT(*) FROM council_votes v WHERE v.session_id = s.id AND v.current = 1 AND v.passed = 1) AS passed_count
       FROM council_sessions s
       JOIN council_members cm ON cm.id = s.chair_id JOIN people pc ON pc.id = cm.person_id
       JOIN council_members sm ON sm.id = s.secretary_id JOIN people ps ON ps.id = sm.person_id
       WHERE (@from IS NULL OR s.date BETWEEN @from AND @to)
       ORDER BY s.date DESC, s.id DESC LIMIT @limit OFFSET @offset`,
    ),
    candidates: db.prepare(
      `SELECT n.id, n.version, e.name AS nominee_name, e.kind AS nominee_kind, n.award_code, a.name AS award_name,
         u.name AS proposing_unit_name, r.name AS round_name, r.year AS round_year
       FROM nominations n
       JOIN nominees e ON e.id = n.nominee_id
       JOIN awards a ON a.code = n.award_code
       JOIN units u ON u.id = n.proposing_unit_id
       JOIN nomination_rounds r ON r.id = n.round_id
       WHERE n.status = 'submitted'
         AND NOT EXISTS (SELECT 1 FROM council_decision_items i WHERE i.nomination_id = n.id)
         AND (@like IS NULL OR (' ' || e.folded_name) LIKE @like ESCAPE '\\' OR (' ' || u.name_folded) LIKE @like ESCAPE '\\')
       ORDER BY r.year DESC, e.folded_name, n.id LIMIT @limit`,
    ),
    resultsOf: db.prepare(
      `SELECT v.id, v.version, v.nomination_id, v.session_id, s.date AS session_date, v.passed, v.explanation
       FROM council_votes v JOIN council_sessions s ON s.id = v.session_id
       WHERE v.current = 1 AND v.nomination_id IN (SELECT value FROM json_each(?))
       ORDER BY v.nomination_id, s.date DESC, v.id DESC`,
    ),
    insertSession: db.prepare(
      `INSERT INTO council_sessions (date, place, chair_id, secretary_id, quorum_percent, created_at, updated_at)
       VALUES (@date, @place, @chairId, @secretaryId, @quorumPercent, @at, @at)`,
    ),
    touchSession: db.prepare(`UPDATE council_sessions SET version = version + 1, updated_at = @at WHERE id = @id AND version = @version`),
    markAttendance: db.prepare(`UPDATE council_sessions SET attendance_recorded = 1 WHERE id = ?`),
    attendance: db.prepare(`SELECT member_id, present, opinion FROM council_attendance WHERE session_id = ?`),
    clearAttendance: db.prepare(`DELETE FROM council_attendance WHERE session_id = ?`),
    insertAttendance: db.prepare(
      `INSERT INTO council_attendance (session_id, member_id, present, opinion) VALUES (@sessionId, @memberId, @present, @opinion)`,
    ),
    agenda: db.prepare(
      `SELECT g.nomination_id, g.ordinal, e.id AS nominee_id, e.name AS nominee_name, e.folded_name AS nominee_folded, e.kind AS nominee_kind,
          n.award_code, a.name AS award_name, a.level AS award_level, n.proposing_unit_id, u.name AS proposing_unit_name, u.name_folded AS proposing_unit_folded, n.status
       FROM council_agenda g
       JOIN nominations n ON n.id = g.nomination_id
       JOIN nominees e ON e.id = n.nominee_id
       JOIN awards a ON a.code = n.award_code
       JOIN units u ON u.id = n.proposing_unit_id
       WHERE g.session_id = ? ORDER BY g.ordinal`,
    ),
    clearAgenda: db.prepare(`DELETE FROM council_agenda WHERE session_id = ?`),
    insertAgenda: db.prepare(
      `INSERT INTO council_agenda (session_id, nomination_id, ordinal) VALUES (@sessionId, @nominationId, @ordinal)`,
    ),
    nominationStatus: db.prepare(`SELECT status FROM nominations WHERE id = ?`),
    nomineeOf: db.prepare(`SELECT e.name FROM nominations n JOIN nominees e ON e.id = n.nominee_id WHERE n.id = ?`),
    votesOfSession: db.prepare(`SELECT * FROM council_votes WHERE session_id = ? ORDER BY nomination_id, id DESC`),
    vote: db.prepare(`SELECT * FROM council_votes WHERE id = ?`),
    currentVote: db.prepare(`SELECT * FROM council_votes WHERE session_id = ? AND nomination_id = ? AND current = 1`),
    passedVote: db.prepare(
      `SELECT v.*, s.date AS session_date FROM council_votes v JOIN council_sessions s ON s.id = v.session_id
       WHERE v.nomination_id = ? AND v.current = 1 ORDER BY s.date DESC, v.id DESC LIMIT 1`,
    ),
    retireVote: db.prepare(`UPDATE council_votes SET current = 0, version = version + 1 WHERE id = ?`),
    insertVote: db.prepare(
      `INSERT INTO council_votes (session_id, nomination_id, votes_for, votes_against, abstentions, withdrawn_json, basis, base_count,
         threshold_percent, rule_id, legal_basis, passed, explanation, reason, current, recorded_at, operator)
       VALUES (@sessionId, @nominationId, @votesFor, @votesAgainst, @abstentions, @withdrawnJson, @basis, @baseCount,
         @thresholdPercent, @ruleId, @legalBasis, @passed, @explanation, @reason, 1, @at, @operator)`,
    ),
    decision: db.prepare(`SELECT * FROM council_decisions WHERE id = ?`),
    decisionByNumber: db.prepare(`SELECT id FROM council_decisions WHERE folded_number = ? AND year = ?`),
    insertDecision: db.prepare(
      `INSERT INTO council_decisions (number, folded_number, date, year, signer_name, signer_authority, created_at, updated_at)
       VALUES (@number, @foldedNumber, @date, @year, @signerName, @signerAuthority, @at, @at)`,
    ),
    issueDecision: db.prepare(
      `UPDATE council_decisions SET status = 'issued', issued_at = @at, version = version + 1, updated_at = @at
       WHERE id = @id AND version = @version AND status = 'draft'`,
    ),
    itemOfNomination: db.prepare(
      `SELECT d.number FROM council_decision_items i JOIN council_decisions d ON d.id = i.decision_id WHERE i.nomination_id = ?`,
    ),
    insertItem: db.prepare(
      `INSERT INTO council_decision_items (decision_id, nomination_id, ordinal) VALUES (@decisionId, @nominationId, @ordinal)`,
    ),
    items: db.prepare(`${ITEM_SELECT} WHERE i.decision_id = ? ORDER BY i.ordinal`),
    ensureCounter: db.prepare(`INSERT INTO award_register_counters (year, last_number) VALUES (?, 0) ON CONFLICT (year) DO NOTHING`),
    nextNumber: db.prepare(`UPDATE award_register_counters SET last_number = last_number + 1 WHERE year = ? RETURNING last_number`),
    numberItem: db.prepare(
      `UPDATE council_decision_items SET register_year = @year, register_number = @number, history_id = @historyId, version = version + 1 WHERE id = @id`,
    ),
    decisionCount: db.prepare(`SELECT COUNT(*) AS total FROM council_decisions d ${DECISION_FILTER}`),
    decisionPage: db.prepare(
      `SELECT d.id, d.number, d.date, d.signer_name, d.signer_authority, d.status, d.version,
         (SELECT COUNT(*) FROM council_decision_items i WHERE i.decision_id = d.id) AS award_count,
         (SELECT COUNT(*) FROM council_decision_items i WHERE i.decision_id = d.id AND i.handed_over_on IS NOT NULL) AS handed_over_count
       FROM (SELECT * FROM council_decisions d ${DECISION_FILTER} ORDER BY d.date DESC, d.id DESC LIMIT @limit OFFSET @offset) d
       ORDER BY d.date DESC, d.id DESC`,
    ),
    candidateCount: db.prepare(`SELECT COUNT(*) AS total ${CANDIDATE_FROM}`),
    candidatePage: db.prepare(
      `SELECT n.id, n.version, e.name AS nominee_name, e.kind AS nominee_kind, n.award_code, a.name AS award_name,
         u.name AS proposing_unit_name, r.year AS round_year, s.date AS session_date, v.explanation
       ${CANDIDATE_FROM}
       ORDER BY s.date DESC, n.id LIMIT @limit OFFSET @offset`,
    ),
    handOverRow: db.prepare(
      `SELECT i.id, i.version, d.date AS decision_date, d.status AS decision_status, d.number AS decision_number, e.name AS nominee_name,
         i.printed_on, i.handed_over_on, i.received_by
       FROM council_decision_items i
       JOIN council_decisions d ON d.id = i.decision_id
       JOIN nominations n ON n.id = i.nomination_id
       JOIN nominees e ON e.id = n.nominee_id
       WHERE i.id = ?`,
    ),
    setHandOver: db.prepare(
      `UPDATE council_decision_items SET printed_on = @printedOn, handed_over_on = @handedOverOn, received_by = @receivedBy, version = version + 1
       WHERE id = @id AND version = @version`,
    ),
  };

  type Statement = ReturnType<Db['prepare']>;
  const registerStatements = new Map<string, { count: Statement; page: Statement }>();
  /** The register's count and page statements for a combination of filters, prepared once each (at most 64). */
  function registerQueries(shape: RegisterShape): { count: Statement; page: Statement } {
    const key = JSON.stringify(shape);
    let found = registerStatements.get(key);
    if (!found) {
      found = {
        count: db.prepare(`SELECT COUNT(*) AS total ${registerFrom(shape, false)}`),
        page: db.prepare(
          `SELECT i.id, i.version, i.register_year, i.register_number, d.id AS decision_id, d.number AS decision_number,
             d.date AS decision_date, d.signer_authority, e.id AS nominee_id, e.name AS nominee_name, e.kind AS nominee_kind,
             n.award_code, a.name AS award_name, u.name AS proposing_unit_name, mv.name AS movement_name,
             i.printed_on, i.handed_over_on, i.received_by
           ${registerFrom(shape, true)}
           ORDER BY i.register_year DESC, i.register_number DESC LIMIT @limit OFFSET @offset`,
        ),
      };
      registerStatements.set(key, found);
    }
    return found;
  }

  return {
    member(id: number): CouncilMember | null {
      const row = s.member.get(id) as MemberRow | undefined;
      return row ? toMember(row) : null;
    },
    members(asOf: string | null): CouncilMember[] {
      const rows = (asOf === null ? s.membersAll.all() : s.membersOn.all({ date: asOf })) as MemberRow[];
      return rows.map(toMember);
    },
    overlappingSeat(personId: number, termFrom: string, termTo: string | null): boolean {
      return s.overlapping.get({ personId, termFrom, termTo }) !== undefined;
    },
    insertMember(fields: { personId: number; role: CouncilRole; termFrom: string; termTo: string | null }, at: string): number {
      return Number(s.insertMember.run({ ...fields, at }).lastInsertRowid);
    },
    /** Role and end of term at the version read; false when someone else changed the seat first. */
    updateMember(fields: { id: number; version: number; role: CouncilRole; termTo: string | null }, at: string): boolean {
      return s.updateMember.run({ ...fields, at }).changes === 1;
    },
    overlappingOtherSeat(id: number, personId: number, termFrom: string, termTo: string | null): boolean {
      return s.overlappingOther.get({ id, personId, termFrom, termTo }) !== undefined;
    },
    /** The date of the last session a member chaired, kept the minutes of or was counted at (present or absent); null if none. */
    lastSessionOf(memberId: number): string | null {
      return (s.lastSessionOf.get({ id: memberId }) as { date: string | null }).date;
    },
    /** Sessions of a year (or all), newest first, with their counts, one page. */
    sessions(filter: { year: number | null; limit: number; offset: number }): { rows: SessionListItem[]; total: number } {
      const range = filter.year === null ? { from: null, to: null } : { from: `${filter.year}-01-01`, to: `${filter.year}-12-31` };
      const total = (s.sessionCount.get(range) as { total: number }).total;
      const rows = s.sessionPage.all({ ...range, limit: filter.limit, offset: filter.offset }) as SessionListRow[];
      return {
        total,
        rows: rows.map((r) => ({
          id: r.id,
          version: r.version,
          date: r.date,
          place: r.place,
          chairName: r.chair_name,
          secretaryName: r.secretary_name,
          quorumPercent: r.quorum_percent,
          attendanceRecorded: r.attendance_recorded === 1,
          presentCount: r.present_count,
          memberCount: r.member_count,
          agendaCount: r.agenda_count,
          votedCount: r.voted_count,
          passedCount: r.passed_count,
        })),
      };
    },
    /** Nominations at "Trình Hội đồng" in no decision yet, matching a folded query on the nominee or the proposing unit. */
    agendaCandidates(foldedQuery: string, limit: number): AgendaCandidate[] {
      const like = foldedQuery ? `% ${foldedQuery.replace(/[\\%_]/gu, (c) => `\\${c}`)}%` : null;
      const rows = s.candidates.all({ like, limit }) as {
        id: number;
        version: number;
        nominee_name: string;
        nominee_kind: NomineeKind;
        award_code: string;
        award_name: string;
        proposing_unit_name: string;
        round_name: string;
        round_year: number;
      }[];
      return rows.map((r) => ({
        id: r.id,
        version: r.version,
        nomineeName: r.nominee_name,
        nomineeKind: r.nominee_kind,
        awardCode: r.award_code,
        awardName: r.award_name,
        proposingUnitName: r.proposing_unit_name,
        roundName: r.round_name,
        roundYear: r.round_year,
      }));
    },
    /** The latest current result of each nomination (by session date), for those that have one. */
    resultsOf(nominationIds: readonly number[]): NominationCouncilResult[] {
      const rows = s.resultsOf.all(JSON.stringify(nominationIds)) as {
        id: number;
        version: number;
        nomination_id: number;
        session_id: number;
        session_date: string;
        passed: number;
        explanation: string;
      }[];
      const latest = new Map<number, NominationCouncilResult>();
      for (const r of rows) {
        if (latest.has(r.nomination_id)) continue;
        latest.set(r.nomination_id, {
          id: r.id,
          version: r.version,
          nominationId: r.nomination_id,
          sessionId: r.session_id,
          sessionDate: r.session_date,
          passed: r.passed === 1,
          explanation: r.explanation,
        });
      }
      return [...latest.values()];
    },
    session(id: number): SessionRow | null {
      return (s.session.get(id) as SessionRow | undefined) ?? null;
    },
    insertSession(
      fields: { date: string; place: string; chairId: number; secretaryId: number; quorumPercent: number },
      at: string,
    ): number {
      return Number(s.insertSession.run({ ...fields, at }).lastInsertRowid);
    },
    /** Moves the session's version on; false when someone else changed it first. */
    touchSession(id: number, version: number, at: string): boolean {
      return s.touchSession.run({ id, version, at }).changes === 1;
    },
    attendance(sessionId: number): AttendanceRow[] {
      return s.attendance.all(sessionId) as AttendanceRow[];
    },
    replaceAttendance(sessionId: number, rows: { memberId: number; present: boolean; opinion: string }[]): void {
      s.clearAttendance.run(sessionId);
      for (const row of rows)
        s.insertAttendance.run({ sessionId, memberId: row.memberId, present: row.present ? 1 : 0, opinion: row.opinion });
      s.markAttendance.run(sessionId);
    },
    agenda(sessionId: number): AgendaRow[] {
      return s.agenda.all(sessionId) as AgendaRow[];
    },
    replaceAgenda(sessionId: number, nominationIds: number[]): void {
      s.clearAgenda.run(sessionId);
      nominationIds.forEach((nominationId, index) => s.insertAgenda.run({ sessionId, nominationId, ordinal: index + 1 }));
    },
    nominationStatus(id: number): NominationStatus | null {
      return ((s.nominationStatus.get(id) as { status: NominationStatus } | undefined) ?? null)?.status ?? null;
    },
    /** The nominee's name of a nomination, for messages. */
    nomineeOf(nominationId: number): string {
      return ((s.nomineeOf.get(nominationId) as { name: string } | undefined) ?? null)?.name ?? '';
    },
    votesOfSession(sessionId: number): CouncilVote[] {
      return (s.votesOfSession.all(sessionId) as VoteRow[]).map(toVote);
    },
    vote(id: number): CouncilVote | null {
      const row = s.vote.get(id) as VoteRow | undefined;
      return row ? toVote(row) : null;
    },
    currentVote(sessionId: number, nominationId: number): CouncilVote | null {
      const row = s.currentVote.get(sessionId, nominationId) as VoteRow | undefined;
      return row ? toVote(row) : null;
    },
    /** The latest current result of a nomination over all sessions. */
    latestVote(nominationId: number): (CouncilVote & { sessionDate: string }) | null {
      const row = s.passedVote.get(nominationId) as (VoteRow & { session_date: string }) | undefined;
      return row ? { ...toVote(row), sessionDate: row.session_date } : null;
    },
    retireVote(id: number): void {
      s.retireVote.run(id);
    },
    insertVote(fields: VoteFields, at: string, operator: string): number {
      const { withdrawn, passed, ...rest } = fields;
      return Number(
        s.insertVote.run({ ...rest, withdrawnJson: JSON.stringify(withdrawn), passed: passed ? 1 : 0, at, operator }).lastInsertRowid,
      );
    },
    decision(id: number): DecisionRow | null {
      return (s.decision.get(id) as DecisionRow | undefined) ?? null;
    },
    decisionNumberTaken(foldedNumber: string, year: number): boolean {
      return s.decisionByNumber.get(foldedNumber, year) !== undefined;
    },
    insertDecision(
      fields: { number: string; foldedNumber: string; date: string; year: number; signerName: string; signerAuthority: string },
      at: string,
    ): number {
      return Number(s.insertDecision.run({ ...fields, at }).lastInsertRowid);
    },
    issueDecision(id: number, version: number, at: string): boolean {
      return s.issueDecision.run({ id, version, at }).changes === 1;
    },
    /** The number of the decision that already grants a nomination, if any. */
    decisionOfNomination(nominationId: number): string | null {
      return ((s.itemOfNomination.get(nominationId) as { number: string } | undefined) ?? null)?.number ?? null;
    },
    insertItem(decisionId: number, nominationId: number, ordinal: number): void {
      s.insertItem.run({ decisionId, nominationId, ordinal });
    },
    items(decisionId: number): DecisionItemRow[] {
      return s.items.all(decisionId) as DecisionItemRow[];
    },
    /** The next register number of a year; the counter only moves forward, so no number is given twice. */
    nextRegisterNumber(year: number): number {
      s.ensureCounter.run(year);
      return (s.nextNumber.get(year) as { last_number: number }).last_number;
    },
    numberItem(id: number, year: number, number: number, historyId: number): void {
      s.numberItem.run({ id, year, number, historyId });
    },
    register(filter: RegisterFilter): { rows: RegisterEntry[]; total: number } {
      const like = wordLike(filter.foldedQuery);
      const entryId = filter.entryId ?? null;
      const shape: RegisterShape = {
        year: filter.year !== null,
        awardCode: filter.awardCode !== null,
        unitId: filter.unitId !== null,
        movementId: filter.movementId !== null,
        entryId: entryId !== null,
        like: like !== null,
      };
      // Only the parameters the statement names: better-sqlite3 refuses others.
      const given = { year: filter.year, awardCode: filter.awardCode, unitId: filter.unitId, movementId: filter.movementId, entryId, like };
      const params = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== null));
      const queries = registerQueries(shape);
      const total = (queries.count.get(params) as { total: number }).total;
      const rows = queries.page.all({ ...params, limit: filter.limit, offset: filter.offset }) as {
        id: number;
        version: number;
        register_year: number;
        register_number: number;
        decision_id: number;
        decision_number: string;
        decision_date: string;
        signer_authority: string;
        nominee_id: number;
        nominee_name: string;
        nominee_kind: NomineeKind;
        award_code: string;
        award_name: string;
        proposing_unit_name: string;
        movement_name: string | null;
        printed_on: string | null;
        handed_over_on: string | null;
        received_by: string;
      }[];
      return {
        total,
        rows: rows.map((r) => ({
          id: r.id,
          version: r.version,
          registerYear: r.register_year,
          registerNumber: r.register_number,
          decisionId: r.decision_id,
          decisionNumber: r.decision_number,
          decisionDate: r.decision_date,
          signerAuthority: r.signer_authority,
          nomineeId: r.nominee_id,
          nomineeName: r.nominee_name,
          nomineeKind: r.nominee_kind,
          awardCode: r.award_code,
          awardName: r.award_name,
          proposingUnitName: r.proposing_unit_name,
          movementName: r.movement_name,
          printedOn: r.printed_on,
          handedOverOn: r.handed_over_on,
          receivedBy: r.received_by,
        })),
      };
    },
    decisions(filter: { foldedQuery: string; year: number | null; status: DecisionStatus | null; limit: number; offset: number }): {
      rows: DecisionListRow[];
      total: number;
    } {
      // The number is searched anywhere in it ("812" finds 812/QĐ-UBND, "qd-ubnd" every one).
      const like = filter.foldedQuery ? `%${filter.foldedQuery.replace(/[\\%_]/gu, (c) => `\\${c}`)}%` : null;
      const params = { year: filter.year, status: filter.status, like };
      const total = (s.decisionCount.get(params) as { total: number }).total;
      const rows = s.decisionPage.all({ ...params, limit: filter.limit, offset: filter.offset }) as DecisionListRow[];
      return { rows, total };
    },
    candidates(filter: { foldedQuery: string; limit: number; offset: number }): { rows: CandidateRow[]; total: number } {
      const params = { like: wordLike(filter.foldedQuery) };
      const total = (s.candidateCount.get(params) as { total: number }).total;
      const rows = s.candidatePage.all({ ...params, limit: filter.limit, offset: filter.offset }) as CandidateRow[];
      return { rows, total };
    },
    handOverRow(id: number): HandOverRow | null {
      return (s.handOverRow.get(id) as HandOverRow | undefined) ?? null;
    },
    /** False when someone else changed the award first. */
    setHandOver(fields: {
      id: number;
      version: number;
      printedOn: string | null;
      handedOverOn: string | null;
      receivedBy: string;
    }): boolean {
      return s.setHandOver.run(fields).changes === 1;
    },
  };
}

export type CouncilRepository = ReturnType<typeof createCouncilRepository>;
