import type { FormValidateInput } from '@mantine/form';
import type { NomineeCreateInput } from '@shared/contract/nominees';
import type { CollectiveClass, Gender, IndividualClass, NomineeKind } from '@shared/domain/nominations';
import { normalizeText } from '@shared/text/fold';

import { nominationsText } from './text';

/** One form for the three kinds; the fields a kind does not have are left out of its input. */
export interface NomineeFormValues {
  kind: NomineeKind;
  name: string;
  formOfAddress: string;
  gender: Gender | null;
  birthYear: number | string;
  ethnicity: string;
  position: string;
  workplace: string;
  classification: string;
  unitId: string | null;
  village: string;
  commune: string;
}

const { errors, nomineeForm } = nominationsText;

export function newNomineeValues(kind: NomineeKind, name = ''): NomineeFormValues {
  return {
    kind,
    name,
    formOfAddress: '',
    gender: null,
    birthYear: '',
    ethnicity: '',
    position: '',
    workplace: '',
    classification: '',
    unitId: null,
    village: '',
    commune: '',
  };
}

export function toNomineeInput(values: NomineeFormValues): NomineeCreateInput {
  const unitId = values.unitId ? Number(values.unitId) : null;
  if (values.kind === 'collective')
    return {
      kind: 'collective',
      name: values.name,
      classification: (values.classification || '') as CollectiveClass | '',
      unitId,
      workplace: values.workplace,
    };
  if (values.kind === 'household')
    return { kind: 'household', name: values.name, village: values.village, unitId, commune: values.commune };
  return {
    kind: 'individual',
    name: values.name,
    // A cleared Select gives null.
    formOfAddress: values.formOfAddress || '',
    gender: values.gender,
    birthDate: null,
    birthYear: values.birthYear === '' ? null : Number(values.birthYear),
    ethnicity: values.ethnicity,
    position: values.position,
    workplace: values.workplace,
    classification: (values.classification || '') as IndividualClass | '',
    unitId,
  };
}

export const nomineeRules: FormValidateInput<NomineeFormValues> = {
  name: (value: string, values: NomineeFormValues) => {
    const label = nomineeForm.name[values.kind];
    const clean = normalizeText(value ?? '');
    if (clean === '') return errors.required(label);
    return clean.length > 300 ? errors.tooLong(label, 300) : null;
  },
  birthYear: (value: number | string, values: NomineeFormValues) => {
    if (values.kind !== 'individual' || value === '') return null;
    const year = Number(value);
    return Number.isInteger(year) && year >= 1900 && year <= 2100 ? null : errors.birthYear;
  },
};
