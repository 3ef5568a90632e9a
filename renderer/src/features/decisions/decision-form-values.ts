import type { FormValidateInput } from '@mantine/form';
import type { InputOf } from '@shared/contract';
import { normalizeText } from '@shared/text/fold';

import { dateRule } from '../../components/date-value';
import { decisionsText } from './text';

/** The decision form's values; the nominations chosen in the candidates table. */
export interface DecisionFormValues {
  number: string;
  date: string | null;
  signerName: string;
  signerAuthority: string;
  nominationIds: number[];
}

const { form: fields, errors } = decisionsText;

export function newDecisionValues(today: string): DecisionFormValues {
  return { number: '', date: today, signerName: '', signerAuthority: '', nominationIds: [] };
}

export function toDecisionInput(values: DecisionFormValues): InputOf<'decisions.create'> {
  return {
    number: values.number,
    date: values.date ?? '',
    signerName: values.signerName,
    signerAuthority: values.signerAuthority,
    nominationIds: values.nominationIds,
  };
}

const text = (label: string, max: number) => (value: string) => {
  const clean = normalizeText(value ?? '');
  if (clean === '') return errors.required(label);
  return clean.length > max ? errors.tooLong(label, max) : null;
};

/** Client-side checks mirroring decisionCreateSchema in shared/contract/decisions.ts; the server checks the votes and dates. */
export const decisionRules: FormValidateInput<DecisionFormValues> = {
  number: text(fields.number, 60),
  date: dateRule((value) => (value ? null : errors.dateRequired(fields.date))),
  signerName: text(fields.signerName, 200),
  signerAuthority: text(fields.signerAuthority, 300),
  nominationIds: (value: number[]) => (value.length === 0 ? fields.pickAtLeastOne : null),
};
