import type { FormValidateInput } from '@mantine/form';
import type { InputOf } from '@shared/contract';
import type { CommendationKind } from '@shared/domain/nominations';
import { normalizeText } from '@shared/text/fold';

import { dateRule } from '../../components/date-value';
import { nominationsText } from './text';

/** The round form's values: the year as NumberInput gives it, the movement as a Select string ('' for none). */
export interface RoundFormValues {
  name: string;
  year: number | string;
  commendationKind: CommendationKind;
  movementId: string | null;
  deadline: string | null;
  note: string;
}

const { fields } = nominationsText.roundForm;
const { errors } = nominationsText;

export function newRoundValues(year: number): RoundFormValues {
  return { name: '', year, commendationKind: 'merit', movementId: null, deadline: null, note: '' };
}

export function toRoundInput(values: RoundFormValues): InputOf<'rounds.create'> {
  return {
    name: values.name,
    year: Number(values.year),
    commendationKind: values.commendationKind,
    movementId: values.movementId ? Number(values.movementId) : null,
    deadline: values.deadline ?? '',
    note: values.note,
  };
}

/** Client-side checks mirroring roundFields in shared/contract/rounds.ts. */
export const roundRules: FormValidateInput<RoundFormValues> = {
  name: (value: string) => {
    const clean = normalizeText(value ?? '');
    if (clean === '') return errors.required(fields.name);
    return clean.length > 300 ? errors.tooLong(fields.name, 300) : null;
  },
  year: (value: number | string) => {
    const year = Number(value);
    return value === '' || !Number.isInteger(year) || year < 1990 || year > 2100 ? errors.year : null;
  },
  deadline: dateRule((value) => (value ? null : errors.dateRequired(fields.deadline))),
  note: (value: string) => ((value ?? '').trim().length > 2000 ? errors.tooLong(fields.note, 2000) : null),
};
