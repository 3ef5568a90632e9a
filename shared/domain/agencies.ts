/** Who answers for each new-rural criterion, results criterion by criterion, and the reminder letters sent. */

/** One agency (a unit of kind 'agency') as an owner of criteria. */
export interface AgencyRef {
  id: number;
  name: string;
  archived: boolean;
}

/** The agencies responsible for one criterion; `isDefault` while they are still the seeded assignment. */
export interface CriterionOwners {
  criterionId: number;
  setId: number;
  number: number;
  name: string;
  groupName: string;
  archived: boolean;
  agencies: AgencyRef[];
  /** Still the default of QĐ 318/QĐ-TTg mirrored to the province's departments (never edited). */
  isDefault: boolean;
}

/** A commune (or other unit) short of a criterion. */
export interface ShortUnit {
  unitId: number;
  name: string;
  districtId: number | null;
  districtName: string | null;
}

/** A district of the movement's area (null: its communes outside any district) and how many of its communes have a record. */
export interface DistrictRecorded {
  districtId: number | null;
  districtName: string;
  recorded: number;
}

/** One district's line for one criterion. */
export interface CriterionDistrictResult extends DistrictRecorded {
  met: number;
}

/** A criterion's line per district: the results' districts beside its met counts (sent apart, names once, not per criterion). */
export function criterionByDistrict(
  districts: DistrictRecorded[],
  criterion: Pick<CriterionResult, 'metByDistrict'>,
): CriterionDistrictResult[] {
  return districts.map((district, index) => ({ ...district, met: criterion.metByDistrict[index] ?? 0 }));
}

/** One criterion in a year, over the communes with a record in the movement's area. */
export interface CriterionResult {
  criterionId: number;
  number: number;
  name: string;
  groupName: string;
  agencies: AgencyRef[];
  /** Communes with a record of this criteria set in the year. */
  recorded: number;
  met: number;
  /** Percentage of `recorded` (null when nothing is recorded). */
  share: number | null;
  /** Met last year, over last year's records (null when last year has no record). */
  previousMet: number | null;
  previousShare: number | null;
  /** Communes meeting it in each district of the results' `districts`, in that order. */
  metByDistrict: number[];
  /**
   * The communes short of it, in the order lists print them: on the screens the first SHORT_LIST_LIMIT (the whole
   * country has thousands a criterion; the XLSX and the reminder letter take them all).
   */
  notMet: ShortUnit[];
  /** How many communes are short of it (recorded - met), however many `notMet` holds. */
  notMetCount: number;
}

/** A criterion's counts in a year without its districts and communes: what the movement report prints. */
export type CriterionTotals = Omit<CriterionResult, 'metByDistrict' | 'notMet' | 'notMetCount'>;

/** The communes short of a criterion that a screen's answer lists (agencies.results, agencies.page); the rest are counted. */
export const SHORT_LIST_LIMIT = 200;

/** CriteriaResults without the districts and communes of each criterion, read in a fraction of its time. */
export interface CriteriaTotals extends Omit<CriteriaResults, 'criteria' | 'districts'> {
  criteria: CriterionTotals[];
}

export interface CriteriaResults {
  movementId: number;
  year: number;
  /** Years of the movement (and the one before it) with at least one commune record. */
  years: number[];
  setId: number | null;
  setName: string;
  /** Communes with a record in the year, and in the year before. */
  recorded: number;
  previousRecorded: number;
  /** The districts of the area with records in the year, in the order lists print them. */
  districts: DistrictRecorded[];
  criteria: CriterionResult[];
}

/** Met count of one criterion in one year (the agency page's trend). */
export interface CriterionTrendPoint {
  criterionId: number;
  year: number;
  recorded: number;
  met: number;
}

/** The agency's reply to a reminder letter, recorded as received. */
export interface ReminderReply {
  receivedDate: string;
  number: string;
  note: string;
  version: number;
}

/** A Công văn đôn đốc issued to an agency, as the register keeps it, with its reply. */
export interface ReminderLetter {
  documentId: number;
  numberSymbol: string;
  date: string;
  title: string;
  movementId: number | null;
  year: number | null;
  status: 'issued' | 'cancelled';
  /** Reply due: 15 days after the letter's date. */
  replyDue: string;
  reply: ReminderReply | null;
}

export interface AgencySummary {
  agency: AgencyRef;
  criteria: { criterionId: number; number: number; name: string; setName: string }[];
  letters: number;
  unanswered: number;
}

export interface AgencyPage {
  agency: AgencyRef & { headName: string; address: string; phone: string; email: string };
  movementId: number;
  year: number;
  /** Years of the movement with at least one record, for the year picker. */
  years: number[];
  /** The districts the criteria's met counts follow (CriteriaResults.districts). */
  districts: DistrictRecorded[];
  criteria: CriterionResult[];
  trend: CriterionTrendPoint[];
  letters: ReminderLetter[];
}

/** Days an agency has to reply to a reminder letter, counted from the letter's date. */
export const REMINDER_REPLY_DAYS = 15;

/** Marks the seeded assignment in the UI and audit. */
export const DEFAULT_OWNERS_SOURCE = 'QĐ 318/QĐ-TTg';
