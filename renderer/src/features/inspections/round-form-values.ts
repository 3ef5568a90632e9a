import type { FormValidateInput } from '@mantine/form';
import type { InputOf } from '@shared/contract';
import type { Inspection } from '@shared/domain/inspections';
import { normalizeText } from '@shared/text/fold';

import { dateRule, isInvalidDate } from '../../components/date-value';
import { inspectionsText } from './text';

/** The round form's values: text as typed, the year as NumberInput gives it, movement ids as MultiSelect strings. */
export interface RoundFormValues {
  year: number | string;
  title: string;
  periodFrom: string | null;
  periodTo: string | null;
  movementIds: string[];
  purpose: string;
  scope: string;
  legalBasis: string;
  teamDecisionNumber: string;
  teamDecisionDate: string | null;
  commonStrengths: string;
  commonShortcomings: string;
  proposals: string;
}

export type RoundInput = InputOf<'inspections.create'>;

const { fields, errors } = inspectionsText;

export function newRoundValues(year: number): RoundFormValues {
  return {
    year,
    title: `Kiểm tra việc thực hiện phong trào thi đua và công tác thi đua, khen thưởng năm ${year}`,
    periodFrom: null,
    periodTo: null,
    movementIds: [],
    purpose: '',
    scope: '',
    legalBasis: '',
    teamDecisionNumber: '',
    teamDecisionDate: null,
    commonStrengths: '',
    commonShortcomings: '',
    proposals: '',
  };
}

export function roundValues(round: Inspection): RoundFormValues {
  return {
    year: round.year,
    title: round.title,
    periodFrom: round.periodFrom,
    periodTo: round.periodTo,
    movementIds: round.movementIds.map(String),
    purpose: round.purpose,
    scope: round.scope,
    legalBasis: round.legalBasis,
    teamDecisionNumber: round.teamDecisionNumber,
    teamDecisionDate: round.teamDecisionDate,
    commonStrengths: round.commonStrengths,
    commonShortcomings: round.commonShortcomings,
    proposals: round.proposals,
  };
}

/** What inspections.create / inspections.update receive (dates already checked by the rules). */
export function toRoundInput(values: RoundFormValues): RoundInput {
  return {
    year: Number(values.year),
    title: values.title,
    periodFrom: values.periodFrom ?? '',
    periodTo: values.periodTo ?? '',
    movementIds: values.movementIds.map(Number),
    purpose: values.purpose,
    scope: values.scope,
    legalBasis: values.legalBasis,
    teamDecisionNumber: values.teamDecisionNumber,
    teamDecisionDate: values.teamDecisionDate,
    commonStrengths: values.commonStrengths,
    commonShortcomings: values.commonShortcomings,
    proposals: values.proposals,
  };
}

function requiredRule(label: string, max: number) {
  return (value: string) => {
    const clean = normalizeText(value ?? '');
    if (clean === '') return errors.required(label);
    return clean.length > max ? errors.tooLong(label, max) : null;
  };
}

function optionalRule(label: string, max: number) {
  return (value: string) => (normalizeText(value ?? '').length > max ? errors.tooLong(label, max) : null);
}

function multilineRule(label: string, max = 4000) {
  return (value: string) => ((value ?? '').trim().length > max ? errors.tooLong(label, max) : null);
}

export function yearRule(value: number | string): string | null {
  const year = typeof value === 'number' ? value : Number(value);
  return value === '' || !Number.isInteger(year) || year < 1990 || year > 2100 ? errors.year : null;
}

// isInvalidDate as a plain check: its type guard would narrow a string known to be a date to never.
const invalid: (value: string) => boolean = isInvalidDate;

export function requiredDate(label: string) {
  return dateRule((value) => (value ? null : errors.dateRequired(label)));
}

/** Client-side checks mirroring roundFields in shared/contract/inspections.ts and the period order of the service. */
const multiline = {
  commonStrengths: multilineRule(fields.commonStrengths),
  commonShortcomings: multilineRule(fields.commonShortcomings),
  proposals: multilineRule(fields.proposals),
};

/** The rules of the report's common findings, also used alone on the round's information tab. */
export const commonRules = multiline;

export const roundRules: FormValidateInput<RoundFormValues> = {
  year: yearRule,
  title: requiredRule(fields.title, 500),
  periodFrom: requiredDate(fields.periodFrom),
  periodTo: (value: string | null, values: RoundFormValues) => {
    const from = values.periodFrom;
    // Compared only when both are real dates; the invalid ones have their own message.
    return requiredDate(fields.periodTo)(value) ?? (from && value && !invalid(from) && value < from ? errors.periodOrder : null);
  },
  purpose: multilineRule(fields.purpose),
  scope: multilineRule(fields.scope),
  legalBasis: multilineRule(fields.legalBasis),
  teamDecisionNumber: optionalRule(fields.teamDecisionNumber, 60),
  teamDecisionDate: dateRule(),
  ...multiline,
};

/** Server paths (movementIds.2) -> the form's field. */
export function roundFieldErrors(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([path, message]) => [path.startsWith('movementIds') ? 'movementIds' : path, message]));
}
