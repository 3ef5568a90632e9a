import type { FormValidateInput } from '@mantine/form';
import type { InputOf } from '@shared/contract';
import type { Person } from '@shared/domain/inspections';
import { normalizeText } from '@shared/text/fold';

import { peopleText } from './text';

export interface PersonFormValues {
  fullName: string;
  position: string;
  agency: string;
  phone: string;
}

const { fields, errors } = peopleText;

export function personValues(person?: Person, fullName = ''): PersonFormValues {
  return person
    ? { fullName: person.fullName, position: person.position, agency: person.agency, phone: person.phone }
    : { fullName, position: '', agency: '', phone: '' };
}

export function toPersonInput(values: PersonFormValues): InputOf<'people.create'> {
  return { fullName: values.fullName, position: values.position, agency: values.agency, phone: values.phone };
}

function required(label: string, max: number) {
  return (value: string) => {
    const clean = normalizeText(value ?? '');
    if (clean === '') return errors.required(label);
    return clean.length > max ? errors.tooLong(label, max) : null;
  };
}

function optional(label: string, max: number) {
  return (value: string) => (normalizeText(value ?? '').length > max ? errors.tooLong(label, max) : null);
}

/** Client-side checks mirroring personFields in shared/contract/people.ts. */
export const personRules: FormValidateInput<PersonFormValues> = {
  fullName: required(fields.fullName, 200),
  position: optional(fields.position, 200),
  agency: optional(fields.agency, 300),
  phone: optional(fields.phone, 40),
};
