import { formatNumber } from '../format/number';
import type { AwardLevel, CommendationKind, NominationStatus, NomineeKind, VoteBase } from './nominations';

export const COUNCIL_ROLES = ['chair', 'vice-chair', 'standing-member', 'member', 'secretary'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  chair: 'Chủ tịch',
  'vice-chair': 'Phó Chủ tịch',
  'standing-member': 'Ủy viên thường trực',
  member: 'Ủy viên',
  secretary: 'Thư ký',
};

/** A seat on the council held by a person of the people directory over a term. */
export interface CouncilMember {
  id: number;
  personId: number;
  fullName: string;
  position: string;
  agency: string;
  role: CouncilRole;
  termFrom: string;
  /** Null: still serving. */
  termTo: string | null;
  version: number;
}

/** Whether enough members are present to vote, with the figures said in words. */
export interface QuorumCheck {
  present: number;
  total: number;
  requiredPercent: number;
  met: boolean;
  explanation: string;
}

/**
 * Whether enough members are present to vote: the one rule the service applies and the session screen shows
 * live while attendance is ticked ("Có mặt 12/15 thành viên = 80,0% ≥ 80% — đủ điều kiện tiến hành biểu quyết").
 */
export function checkQuorum(present: number, total: number, requiredPercent: number): QuorumCheck {
  // Integers where possible: 12 * 100 >= 80 * 15 exactly, without a float rounding 79,999...
  const met = total > 0 && present * 100 >= requiredPercent * total - 1e-9;
  const share = formatNumber(total === 0 ? 0 : (present * 100) / total, 1);
  const required = formatNumber(requiredPercent, Number.isInteger(requiredPercent) ? 0 : 2);
  const explanation = `Có mặt ${present}/${total} thành viên = ${share}% ${met ? '≥' : '<'} ${required}% — ${
    met ? 'đủ điều kiện tiến hành biểu quyết' : 'chưa đủ điều kiện tiến hành biểu quyết'
  }`;
  return { present, total, requiredPercent, met, explanation };
}

export interface SessionMember extends CouncilMember {
  /** Null until attendance is recorded. */
  present: boolean | null;
  /** An absent member's written opinion. */
  opinion: string;
}

export interface WithdrawnMember {
  memberId: number;
  memberName: string;
  reason: string;
}

/** How a vote was counted: the rule of the award form in force on the session date. */
export type VoteBasis = VoteBase | 'present-majority';

export interface CouncilVote {
  id: number;
  sessionId: number;
  nominationId: number;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  withdrawn: WithdrawnMember[];
  basis: VoteBasis;
  baseCount: number;
  thresholdPercent: number;
  /** The vote rule of the catalogue applied (null: none in force, simple majority). */
  ruleId: number | null;
  legalBasis: string;
  passed: boolean;
  explanation: string;
  /** Why a result was corrected; empty for the first one. */
  reason: string;
  /** False once a correction replaced it (kept as history). */
  current: boolean;
  recordedAt: string;
  operator: string;
  version: number;
}

/** A member who may have a conflict of interest on an agenda item: the user decides whether they withdraw. */
export interface ConflictSuggestion {
  memberId: number;
  memberName: string;
  why: string;
}

export interface AgendaItem {
  nominationId: number;
  ordinal: number;
  nomineeId: number;
  nomineeName: string;
  nomineeKind: NomineeKind;
  awardCode: string;
  awardName: string;
  /** Province and grassroots forms the Chairman decides; government and state ones the province proposes upward. */
  awardLevel: AwardLevel;
  proposingUnitId: number;
  proposingUnitName: string;
  status: NominationStatus;
  conflicts: ConflictSuggestion[];
  vote: CouncilVote | null;
  /** Earlier results replaced by corrections, newest first. */
  history: CouncilVote[];
}

export interface CouncilSession {
  id: number;
  date: string;
  place: string;
  chairId: number;
  chairName: string;
  secretaryId: number;
  secretaryName: string;
  quorumPercent: number;
  members: SessionMember[];
  attendanceRecorded: boolean;
  quorum: QuorumCheck | null;
  agenda: AgendaItem[];
  version: number;
}

export interface RecordedVote {
  id: number;
  version: number;
  sessionId: number;
  nominationId: number;
  passed: boolean;
  explanation: string;
  vote: CouncilVote;
}

/** A session in the list: when and where, who chaired, attendance, and how far its agenda has been voted. */
export interface SessionListItem {
  id: number;
  version: number;
  date: string;
  place: string;
  chairName: string;
  secretaryName: string;
  quorumPercent: number;
  attendanceRecorded: boolean;
  /** Members present (0 until attendance is recorded) of the members serving on the session date. */
  presentCount: number;
  memberCount: number;
  agendaCount: number;
  /** Agenda items with a current result, and how many of them passed. */
  votedCount: number;
  passedCount: number;
}

export interface SessionListPage {
  rows: SessionListItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** A nomination at "Trình Hội đồng" not yet granted by a decision: what a session's agenda can take. */
export interface AgendaCandidate {
  id: number;
  version: number;
  nomineeName: string;
  nomineeKind: NomineeKind;
  awardCode: string;
  awardName: string;
  proposingUnitName: string;
  roundName: string;
  roundYear: number;
}

/** A nomination's latest current council result, over all sessions (what decisions take it by). */
export interface NominationCouncilResult {
  /** The vote's id and version. */
  id: number;
  version: number;
  nominationId: number;
  sessionId: number;
  sessionDate: string;
  passed: boolean;
  explanation: string;
}

export const DECISION_STATUSES = ['draft', 'issued'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
export const DECISION_STATUS_LABELS: Record<DecisionStatus, string> = { draft: 'Dự thảo', issued: 'Đã ban hành' };

export interface DecisionItem {
  /** The award: the same id as its register entry. */
  id: number;
  version: number;
  nominationId: number;
  ordinal: number;
  nomineeId: number;
  nomineeName: string;
  nomineeKind: NomineeKind;
  awardCode: string;
  awardName: string;
  commendationKind: CommendationKind;
  proposingUnitName: string;
  summary: string;
  registerYear: number | null;
  registerNumber: number | null;
  printedOn: string | null;
  handedOverOn: string | null;
  receivedBy: string;
}

export interface Decision {
  id: number;
  number: string;
  date: string;
  signerName: string;
  signerAuthority: string;
  status: DecisionStatus;
  issuedAt: string | null;
  items: DecisionItem[];
  version: number;
}

/** One award of the register (sổ khen thưởng): who received what, when, under which decision. */
export interface RegisterEntry {
  id: number;
  version: number;
  registerYear: number;
  registerNumber: number;
  decisionId: number;
  decisionNumber: string;
  decisionDate: string;
  signerAuthority: string;
  nomineeId: number;
  nomineeName: string;
  nomineeKind: NomineeKind;
  awardCode: string;
  awardName: string;
  proposingUnitName: string;
  movementName: string | null;
  printedOn: string | null;
  handedOverOn: string | null;
  receivedBy: string;
}

export interface RegisterPage {
  rows: RegisterEntry[];
  total: number;
  page: number;
  pageSize: number;
}

/** A decision as the decisions list shows it. */
export interface DecisionListItem {
  id: number;
  number: string;
  date: string;
  signerName: string;
  signerAuthority: string;
  status: DecisionStatus;
  awardCount: number;
  handedOverCount: number;
  version: number;
}

export interface DecisionListPage {
  rows: DecisionListItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** A nomination the council passed that no decision grants yet. */
export interface DecisionCandidate {
  /** The nomination. */
  id: number;
  version: number;
  nomineeName: string;
  nomineeKind: NomineeKind;
  awardCode: string;
  awardName: string;
  proposingUnitName: string;
  roundYear: number;
  /** The date of the session whose vote passed it: the decision cannot be dated earlier. */
  sessionDate: string;
  explanation: string;
}

export interface CandidatePage {
  rows: DecisionCandidate[];
  total: number;
  page: number;
  pageSize: number;
}
