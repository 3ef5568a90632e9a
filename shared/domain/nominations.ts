/**
 * Award nominations: the award catalogue (titles and forms of Law 06/2022 as data, with rules that
 * carry their legal basis and validity dates), rounds, the nominee register with its history, and
 * nominations with their dossier and status history.
 */

export const NOMINEE_KINDS = ['individual', 'collective', 'household'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];
export const NOMINEE_KIND_LABELS: Record<NomineeKind, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
};

/** Kinds of commendation (loại hình khen thưởng, Law Art. 8; niên hạn and đối ngoại from practice). */
export const COMMENDATION_KINDS = ['merit', 'thematic', 'ad-hoc', 'contribution', 'seniority', 'foreign'] as const;
export type CommendationKind = (typeof COMMENDATION_KINDS)[number];
export const COMMENDATION_KIND_LABELS: Record<CommendationKind, string> = {
  merit: 'Thường xuyên (công trạng)',
  thematic: 'Theo đợt hoặc chuyên đề',
  'ad-hoc': 'Đột xuất',
  contribution: 'Quá trình cống hiến',
  seniority: 'Theo niên hạn',
  foreign: 'Đối ngoại',
};

export const AWARD_LEVELS = ['state', 'government', 'province', 'grassroots'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];
export const AWARD_LEVEL_LABELS: Record<AwardLevel, string> = {
  state: 'Nhà nước',
  government: 'Chính phủ',
  province: 'Cấp tỉnh',
  grassroots: 'Cơ sở',
};

export const AWARD_CATEGORIES = ['title', 'form'] as const;
export type AwardCategory = (typeof AWARD_CATEGORIES)[number];
export const AWARD_CATEGORY_LABELS: Record<AwardCategory, string> = {
  title: 'Danh hiệu thi đua',
  form: 'Hình thức khen thưởng',
};

/** Yearly rating of how an official completed their tasks, the base of most merit rules. */
export const TASK_RATINGS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type TaskRating = (typeof TASK_RATINGS)[number];
export const TASK_RATING_LABELS: Record<TaskRating, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};

/** Reach of a recognised initiative (sáng kiến) or S&T project. */
export const INITIATIVE_SCOPES = ['grassroots', 'province', 'national'] as const;
export type InitiativeScope = (typeof INITIATIVE_SCOPES)[number];
export const INITIATIVE_SCOPE_LABELS: Record<InitiativeScope, string> = {
  grassroots: 'cấp cơ sở',
  province: 'phạm vi toàn tỉnh',
  national: 'phạm vi toàn quốc',
};

/** Statistics classes of individuals (statutory statistics; domain.md Part 1). */
export const INDIVIDUAL_CLASSES = ['senior-leader', 'department-leader', 'other-leader', 'business', 'direct-worker', 'other'] as const;
export type IndividualClass = (typeof INDIVIDUAL_CLASSES)[number];
export const INDIVIDUAL_CLASS_LABELS: Record<IndividualClass, string> = {
  'senior-leader': 'Lãnh đạo cấp bộ, tỉnh trở lên',
  'department-leader': 'Lãnh đạo cấp vụ, sở, ngành',
  'other-leader': 'Lãnh đạo khác từ cấp phó phòng trở lên',
  business: 'Doanh nhân',
  'direct-worker': 'Người trực tiếp lao động, sản xuất, học tập, công tác, chiến đấu',
  other: 'Khác',
};

export const COLLECTIVE_CLASSES = [
  'administrative',
  'public-service',
  'enterprise',
  'cooperative',
  'central-in-province',
  'other',
] as const;
export type CollectiveClass = (typeof COLLECTIVE_CLASSES)[number];
export const COLLECTIVE_CLASS_LABELS: Record<CollectiveClass, string> = {
  administrative: 'Cơ quan hành chính',
  'public-service': 'Đơn vị sự nghiệp công lập',
  enterprise: 'Doanh nghiệp',
  cooperative: 'Hợp tác xã',
  'central-in-province': 'Cơ quan Trung ương đóng trên địa bàn tỉnh',
  other: 'Khác',
};

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };

export const FORMS_OF_ADDRESS = ['Ông', 'Bà', 'Đồng chí'] as const;

// ---------------------------------------------------------------------------------------------
// Eligibility rules as data

/** What a year in a nominee's history can show: an award or title held, or a task rating at least so good. */
export type Mark = { award: string } | { rating: TaskRating };

/**
 * One condition of a rule. Windows end at the year before the round's year unless `upTo` says the
 * round's year itself (a title given for the year being reviewed, like CSTĐ cơ sở).
 */
export type EligibilityCondition =
  | { kind: 'consecutive'; mark: Mark; years: number; upTo?: 'year-before' | 'round-year' }
  | {
      kind: 'after-award';
      /** The award held first (the latest one counts). */
      award: string;
      /** Then at least this many consecutive years, after it and up to the year before, each with `each`. */
      years: number;
      each: Mark;
      /** Within those years, at least `count` years with `mark` (3 × CSTĐ cơ sở, 1 × HTXSNV). */
      within?: { mark: Mark; count: number }[];
    }
  | { kind: 'initiatives'; count: number; windowYears: number; scope: InitiativeScope; upTo?: 'year-before' | 'round-year' }
  | { kind: 'not-disciplined'; windowYears: number }
  | { kind: 'all-of'; conditions: EligibilityCondition[] }
  | { kind: 'any-of'; conditions: EligibilityCondition[] }
  /** A criterion only a person reading the dossier can judge; shown as a reason, never decides alone. */
  | { kind: 'manual'; text: string };

/** A legal period: the rules and vote rules of an award are each valid over one. */
export interface Validity {
  validFrom: string;
  /** Null: still in force. */
  validTo: string | null;
  legalBasis: string;
  /** True for values from practice or not verified ([M] in the domain notes): editable defaults, shown as such. */
  isDefault: boolean;
}

export interface AwardRule extends Validity {
  id: number;
  /** Null: every nominee kind the award accepts. */
  nomineeKind: NomineeKind | null;
  commendationKinds: CommendationKind[];
  /**
   * Decree 152/2025 Art. 4(3): awards for a thematic movement or an ad-hoc achievement do not ground
   * a higher merit award; these kinds of the nominee's awards are left out when counting.
   */
  excludeAwardKinds: CommendationKind[];
  condition: EligibilityCondition;
  note: string;
  version: number;
}

export type VoteBase = 'all-members' | 'present-members';
export const VOTE_BASE_LABELS: Record<VoteBase, string> = {
  'all-members': 'trên tổng số thành viên Hội đồng',
  'present-members': 'trên số thành viên có mặt',
};

export interface VoteRule extends Validity {
  id: number;
  required: boolean;
  /** Percent of the base that must approve; null when no vote is required. */
  thresholdPercent: number | null;
  base: VoteBase;
  secretBallot: boolean;
  version: number;
}

export interface DossierDocument {
  code: string;
  label: string;
  required: boolean;
  isDefault: boolean;
}

export interface Award {
  id: number;
  code: string;
  name: string;
  category: AwardCategory;
  level: AwardLevel;
  authority: string;
  nomineeKinds: NomineeKind[];
  commendationKinds: CommendationKind[];
  legalBasis: string;
  documents: DossierDocument[];
  voteRules: VoteRule[];
  rules: AwardRule[];
  note: string;
  version: number;
}

export const ELIGIBILITY_STATUSES = ['eligible', 'not-eligible', 'unknown'] as const;
export type EligibilityStatus = (typeof ELIGIBILITY_STATUSES)[number];
export const ELIGIBILITY_LABELS: Record<EligibilityStatus, string> = {
  eligible: 'Đủ điều kiện',
  'not-eligible': 'Chưa đủ điều kiện',
  unknown: 'Chưa xác định được',
};

export interface EligibilityResult {
  status: EligibilityStatus;
  reasons: string[];
  /** The rule applied, with its legal basis; null when no rule covers the case. */
  legalBasis: string | null;
}

// ---------------------------------------------------------------------------------------------
// Rounds, nominees, nominations

export const ROUND_STATUSES = ['open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = { open: 'Đang nhận hồ sơ', closed: 'Đã kết thúc' };

export interface NominationRound {
  id: number;
  name: string;
  year: number;
  commendationKind: CommendationKind;
  movementId: number | null;
  movementName: string | null;
  deadline: string;
  status: RoundStatus;
  note: string;
  nominationCount: number;
  version: number;
}

export interface Nominee {
  id: number;
  kind: NomineeKind;
  /** Full name, a collective's name, or the household head's name. */
  name: string;
  formOfAddress: string;
  gender: Gender | null;
  birthDate: string | null;
  birthYear: number | null;
  ethnicity: string;
  position: string;
  workplace: string;
  /** IndividualClass or CollectiveClass, '' when not given. */
  classification: string;
  /** The registry unit: the collective itself, an individual's workplace, a household's commune. */
  unitId: number | null;
  unitName: string | null;
  village: string;
  commune: string;
  version: number;
}

export const HISTORY_KINDS = ['award', 'rating', 'initiative', 'discipline'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export interface NomineeHistoryEntry {
  id: number;
  nomineeId: number;
  kind: HistoryKind;
  year: number;
  /** award */
  awardCode: string | null;
  awardName: string | null;
  commendationKind: CommendationKind | null;
  /** rating */
  rating: TaskRating | null;
  /** initiative */
  scope: InitiativeScope | null;
  /** The initiative's title, the discipline's form, a note. */
  detail: string;
  decisionNumber: string;
  decisionDate: string | null;
  issuer: string;
  version: number;
}

export interface NomineeDetail extends Nominee {
  history: NomineeHistoryEntry[];
  /** Other nominees that may be the same real person or body (folded name + year of birth + unit). */
  possibleDuplicates: Nominee[];
}

export const NOMINATION_STATUSES = ['draft', 'received', 'needs-supplement', 'complete', 'submitted'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/** A dossier (its form, summary, figures and checklist) can be corrected while it is at intake. */
export function isDossierOpen(status: NominationStatus): boolean {
  return status === 'draft' || status === 'received' || status === 'needs-supplement';
}
export const NOMINATION_STATUS_LABELS: Record<NominationStatus, string> = {
  draft: 'Nháp',
  received: 'Đã tiếp nhận',
  'needs-supplement': 'Cần bổ sung',
  complete: 'Đủ hồ sơ',
  submitted: 'Trình Hội đồng',
};
/** Allowed moves; a returned dossier comes back as received, a complete one can still be returned. */
export const NOMINATION_TRANSITIONS: Record<NominationStatus, readonly NominationStatus[]> = {
  draft: ['received'],
  received: ['needs-supplement', 'complete'],
  'needs-supplement': ['received'],
  complete: ['submitted', 'needs-supplement'],
  submitted: [],
};

export interface NominationTransition {
  from: NominationStatus | null;
  to: NominationStatus;
  reason: string;
  at: string;
  operator: string;
}

export interface Contribution {
  landM2: number | null;
  moneyVnd: number | null;
  workdays: number | null;
}

export interface Nomination extends Contribution {
  id: number;
  roundId: number;
  nomineeId: number;
  nomineeKind: NomineeKind;
  nomineeName: string;
  awardCode: string;
  awardName: string;
  proposingUnitId: number;
  proposingUnitName: string;
  summary: string;
  status: NominationStatus;
  /** Date the dossier was received (the rule version is chosen by it). */
  receivedOn: string | null;
  eligibility: EligibilityStatus;
  flags: string[];
  version: number;
}

export interface DossierItem extends DossierDocument {
  received: boolean;
  attachmentId: number | null;
  attachmentName: string | null;
}

export interface NominationDetail extends Nomination {
  nominee: Nominee;
  transitions: NominationTransition[];
  dossier: DossierItem[];
  eligibilityReasons: string[];
}

export interface ImportPreviewRow {
  rowNumber: number;
  nomineeKind: NomineeKind;
  name: string;
  awardCode: string;
  gender: Gender | null;
  birthYear: number | null;
  birthDate: string | null;
  position: string;
  workplace: string;
  classification: string;
  errors: string[];
}

export interface ImportPreview {
  sheets: string[];
  sheet: string;
  headerRow: number;
  /** Which column each recognised field was read from (header text as written). */
  columns: Record<string, string>;
  rows: ImportPreviewRow[];
  /** Forms the list names that the catalogue does not know, as written, for the user to map (`awardMap`). */
  unknownAwards: string[];
}
