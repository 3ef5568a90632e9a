import type { FormValidateInput } from '@mantine/form';
import type { NominationCreateInput } from '@shared/contract/nominations';
import type { NomineeKind } from '@shared/domain/nominations';

import { nominationsText } from './text';

export interface NominationFormValues {
  nomineeKind: NomineeKind;
  nomineeId: string | null;
  awardCode: string | null;
  proposingUnitId: string | null;
  summary: string;
  landM2: number | string;
  moneyVnd: number | string;
  workdays: number | string;
}

const { add, errors } = nominationsText;

export function newNominationValues(): NominationFormValues {
  return {
    nomineeKind: 'individual',
    nomineeId: null,
    awardCode: null,
    proposingUnitId: null,
    summary: '',
    landM2: '',
    moneyVnd: '',
    workdays: '',
  };
}

const figure = (value: number | string) => (value === '' ? null : Number(value));

export function toNominationInput(roundId: number, values: NominationFormValues): NominationCreateInput {
  return {
    roundId,
    nomineeId: Number(values.nomineeId),
    awardCode: values.awardCode ?? '',
    proposingUnitId: Number(values.proposingUnitId),
    summary: values.summary,
    landM2: figure(values.landM2),
    moneyVnd: figure(values.moneyVnd),
    workdays: figure(values.workdays),
  };
}

const nonNegative = (label: string) => (value: number | string) => (value !== '' && Number(value) < 0 ? errors.negative(label) : null);

export const nominationRules: FormValidateInput<NominationFormValues> = {
  nomineeId: (value: string | null) => (value ? null : errors.pick(add.nominee)),
  awardCode: (value: string | null) => (value ? null : errors.pick(add.award)),
  proposingUnitId: (value: string | null) => (value ? null : errors.pick(add.unit)),
  summary: (value: string) => ((value ?? '').trim().length > 4000 ? errors.tooLong(add.summary, 4000) : null),
  landM2: nonNegative(add.landM2),
  moneyVnd: nonNegative(add.moneyVnd),
  workdays: nonNegative(add.workdays),
};
