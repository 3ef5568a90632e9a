/** The annual inspection: people, rounds, teams, visits, checklists, findings and recommendations. */

import type { Recognition } from './criteria';

export const TEAM_ROLES = ['leader', 'deputy', 'member', 'secretary'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  leader: 'Trưởng đoàn',
  deputy: 'Phó Trưởng đoàn',
  member: 'Thành viên',
  secretary: 'Thư ký',
};

/** A visit moves forward one step at a time; going back to any earlier step needs a reason. */
export const VISIT_STATUSES = ['planned', 'in-progress', 'results', 'signed', 'done'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];
export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = {
  planned: 'Kế hoạch',
  'in-progress': 'Đang kiểm tra',
  results: 'Đã có kết quả',
  signed: 'Đã ký biên bản',
  done: 'Hoàn thành',
};

/** A visit's schedule, results, findings and recommendations can change until its minutes are signed. */
export function isVisitEditable(status: VisitStatus): boolean {
  return status === 'planned' || status === 'in-progress' || status === 'results';
}

export const INSPECTION_STATUSES = ['planned', 'in-progress', 'done'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
export const INSPECTION_STATUS_LABELS: Record<InspectionStatus, string> = {
  planned: 'Kế hoạch',
  'in-progress': 'Đang thực hiện',
  done: 'Hoàn thành',
};

export const ITEM_RESULTS = ['pass', 'fail', 'na'] as const;
export type ItemResult = (typeof ITEM_RESULTS)[number];
export const ITEM_RESULT_LABELS: Record<ItemResult, string> = { pass: 'Đạt', fail: 'Chưa đạt', na: 'Không áp dụng' };

/** Stored statuses; 'overdue' is computed (not done and past its deadline). */
export const RECOMMENDATION_STATUSES = ['open', 'in-progress', 'done'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
export const RECOMMENDATION_FILTER_STATUSES = ['open', 'in-progress', 'done', 'overdue'] as const;
export type RecommendationFilterStatus = (typeof RECOMMENDATION_FILTER_STATUSES)[number];
export const RECOMMENDATION_STATUS_LABELS: Record<RecommendationFilterStatus, string> = {
  open: 'Chưa thực hiện',
  'in-progress': 'Đang thực hiện',
  done: 'Đã hoàn thành',
  overdue: 'Quá hạn',
};

export interface Person {
  id: number;
  fullName: string;
  position: string;
  agency: string;
  phone: string;
  version: number;
}

export interface ChecklistItem {
  id: number;
  sectionId: number;
  ordinal: number;
  code: string;
  text: string;
  required: boolean;
  maxPoints: number | null;
  /** 'all' or a unit kind. */
  appliesTo: string;
}

export interface ChecklistSection {
  id: number;
  ordinal: number;
  code: string;
  title: string;
  items: ChecklistItem[];
}

export interface ScoreBand {
  id: number;
  ordinal: number;
  label: string;
  minPoints: number;
}

export interface ChecklistTemplate {
  id: number;
  code: string;
  revision: number;
  title: string;
  locked: boolean;
  sections: ChecklistSection[];
  bands: ScoreBand[];
  version: number;
}

export interface TeamMember {
  personId: number;
  fullName: string;
  position: string;
  agency: string;
  role: TeamRole;
}

export interface InspectionTeam {
  id: number;
  inspectionId: number;
  name: string;
  members: TeamMember[];
  version: number;
}

export interface ScheduleWarning {
  kind: 'member-double-booked' | 'unit-visited-twice';
  message: string;
  visitIds: number[];
}

export interface FollowUpNote {
  id: number;
  date: string;
  text: string;
  operator: string;
}

export interface Recommendation {
  id: number;
  visitId: number;
  inspectionId: number;
  inspectionYear: number;
  /** The inspected unit of the visit that made the recommendation. */
  unitId: number;
  unitName: string;
  text: string;
  responsibleUnitId: number;
  responsibleUnitName: string;
  deadline: string;
  status: RecommendationStatus;
  /** Not done and past its deadline on the day asked (today unless a date is given). */
  overdue: boolean;
  closedInVisitId: number | null;
  notes: FollowUpNote[];
  version: number;
}

export interface VisitResult {
  itemId: number;
  result: ItemResult;
  points: number | null;
  note: string;
}

export interface VisitScore {
  /** Sum of the points given. */
  total: number;
  /** Sum of the maxima of the items that apply and are not marked "không áp dụng". */
  max: number;
  /** The highest band whose minimum the total reaches; null when the template has none or nothing is scored. */
  band: string | null;
}

export interface TransitionEntry {
  id: number;
  from: VisitStatus;
  to: VisitStatus;
  reason: string;
  operator: string;
  at: string;
}

export interface UnitRepresentative {
  fullName: string;
  position: string;
}

export interface VisitSummary {
  id: number;
  inspectionId: number;
  unitId: number;
  unitName: string;
  unitKind: string;
  date: string;
  teamId: number | null;
  teamName: string | null;
  place: string;
  status: VisitStatus;
  selfAssessmentDate: string | null;
  /** Who was present for the unit; the first signs the minutes for it. */
  unitRepresentatives: UnitRepresentative[];
  score: VisitScore;
  /** Required items that apply to the unit and have no result yet (codes and texts). */
  missingRequired: { itemId: number; code: string; text: string }[];
  /** Open recommendations from earlier rounds for the same unit, to close or carry over. */
  carried: Recommendation[];
  version: number;
}

/**
 * What the movement's own records say about the unit (criteria met, recognitions), for the checklist's
 * "results on targets and criteria": read from the records, never retyped. The round's year and the one before.
 */
export interface VisitMovementRecord {
  year: number;
  /** Criteria met that year; null when nothing was recorded (or the unit is not a commune). */
  criteriaMet: number | null;
  recognitions: Recognition[];
}

export interface VisitDetail extends VisitSummary {
  inspectionYear: number;
  inspectionTitle: string;
  team: InspectionTeam | null;
  checklist: ChecklistTemplate;
  results: VisitResult[];
  strengths: string;
  shortcomings: string;
  causes: string;
  recommendations: Recommendation[];
  transitions: TransitionEntry[];
  movementRecords: VisitMovementRecord[];
}

export interface InspectionListItem {
  id: number;
  year: number;
  title: string;
  periodFrom: string;
  periodTo: string;
  status: InspectionStatus;
  visitCount: number;
  doneCount: number;
  version: number;
}

export interface Inspection {
  id: number;
  year: number;
  title: string;
  purpose: string;
  scope: string;
  legalBasis: string;
  templateId: number;
  teamDecisionNumber: string;
  teamDecisionDate: string | null;
  periodFrom: string;
  periodTo: string;
  /** For the round's report. */
  commonStrengths: string;
  commonShortcomings: string;
  proposals: string;
  status: InspectionStatus;
  movementIds: number[];
  version: number;
}

export interface InspectionDetail extends Inspection {
  movements: { id: number; name: string }[];
  teams: InspectionTeam[];
  visits: VisitSummary[];
  warnings: ScheduleWarning[];
}

/** What adding or rescheduling a visit answers: the visit and the schedule warnings it raised. */
export interface VisitWithWarnings extends VisitDetail {
  warnings: ScheduleWarning[];
}
