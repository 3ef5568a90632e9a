import type { FormValidateInput } from '@mantine/form';
import type { NomineeAddAwardInput, NomineeAddRecordInput } from '@shared/contract/nominees';
import type { CommendationKind, InitiativeScope, TaskRating } from '@shared/domain/nominations';
import { normalizeText } from '@shared/text/fold';

import { dateRule } from '../../components/date-value';
import { nominationsText } from './text';

const { fields } = nominationsText.nominee;
const { errors } = nominationsText;

interface Decision {
  year: number | string;
  decisionNumber: string;
  decisionDate: string | null;
  issuer: string;
}

export interface AwardFormValues extends Decision {
  awardCode: string | null;
  commendationKind: CommendationKind;
}

export type RecordKind = 'rating' | 'initiative' | 'discipline';
export interface RecordFormValues extends Decision {
  kind: RecordKind;
  rating: TaskRating | null;
  scope: InitiativeScope | null;
  detail: string;
}

const decision = (year: number): Decision => ({ year, decisionNumber: '', decisionDate: null, issuer: '' });
export const newAwardValues = (year: number): AwardFormValues => ({ ...decision(year), awardCode: null, commendationKind: 'merit' });
export const newRecordValues = (year: number): RecordFormValues => ({
  ...decision(year),
  kind: 'rating',
  rating: null,
  scope: null,
  detail: '',
});

const decisionInput = (values: Decision) => ({
  year: Number(values.year),
  decisionNumber: values.decisionNumber,
  decisionDate: values.decisionDate,
  issuer: values.issuer,
});

export function toAwardInput(nomineeId: number, values: AwardFormValues): NomineeAddAwardInput {
  return { nomineeId, awardCode: values.awardCode ?? '', commendationKind: values.commendationKind, ...decisionInput(values) };
}

export function toRecordInput(nomineeId: number, values: RecordFormValues): NomineeAddRecordInput {
  const base = { nomineeId, ...decisionInput(values) };
  if (values.kind === 'rating') return { kind: 'rating', ...base, rating: values.rating ?? 'HTNV' };
  if (values.kind === 'initiative') return { kind: 'initiative', ...base, scope: values.scope ?? 'grassroots', detail: values.detail };
  return { kind: 'discipline', ...base, detail: values.detail };
}

const yearRule = (value: number | string) => {
  const year = Number(value);
  return value === '' || !Number.isInteger(year) || year < 1990 || year > 2100 ? errors.year : null;
};
const decisionRules = {
  year: yearRule,
  decisionNumber: (value: string) => (normalizeText(value ?? '').length > 60 ? errors.tooLong(fields.decisionNumber, 60) : null),
  decisionDate: dateRule(),
  issuer: (value: string) => (normalizeText(value ?? '').length > 200 ? errors.tooLong(fields.issuer, 200) : null),
};

export const awardRules: FormValidateInput<AwardFormValues> = {
  ...decisionRules,
  awardCode: (value: string | null) => (value ? null : errors.pick(fields.awardCode)),
};

export const recordRules: FormValidateInput<RecordFormValues> = {
  ...decisionRules,
  rating: (value: TaskRating | null, values: RecordFormValues) => (values.kind === 'rating' && !value ? errors.pick(fields.rating) : null),
  scope: (value: InitiativeScope | null, values: RecordFormValues) =>
    values.kind === 'initiative' && !value ? errors.pick(fields.scope) : null,
  detail: (value: string, values: RecordFormValues) => {
    if (values.kind === 'rating') return null;
    const label = values.kind === 'initiative' ? fields.initiative : fields.discipline;
    const clean = normalizeText(value ?? '');
    if (clean === '') return errors.required(label);
    const max = values.kind === 'initiative' ? 500 : 300;
    return clean.length > max ? errors.tooLong(label, max) : null;
  },
};
