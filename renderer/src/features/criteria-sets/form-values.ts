import type { FormValidateInput } from '@mantine/form';
import type { InputOf } from '@shared/contract';
import type { CriteriaSet, Criterion } from '@shared/domain/criteria';
import { parseDate } from '@shared/format/date';
import { normalizeText } from '@shared/text/fold';

import { dateRule } from '../../components/date-value';
import { criteriaSetsText } from './text';

const { errors } = criteriaSetsText;
const setFields = criteriaSetsText.setForm.fields;
const criterionFields = criteriaSetsText.criterionForm.fields;

/** A date as a DateInput holds it (yyyy-MM-dd) or as typed (dd/MM/yyyy): yyyy-MM-dd, or null when empty/invalid. */
export function toIso(value: string | null): string | null {
  if (!value) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : parseDate(value);
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

export interface SetFormValues {
  name: string;
  adminTypes: string[];
  legalNumber: string;
  legalDate: string | null;
  legalIssuer: string;
  legalTitle: string;
  validFrom: string | null;
  validTo: string | null;
}

export function setValues(set: CriteriaSet): SetFormValues {
  return {
    name: set.name,
    adminTypes: set.adminTypes,
    legalNumber: set.legalBasis.number,
    legalDate: set.legalBasis.date,
    legalIssuer: set.legalBasis.issuer,
    legalTitle: set.legalBasis.title,
    validFrom: set.validFrom,
    validTo: set.validTo,
  };
}

/** What criteria.updateSet receives. */
export function toSetInput(set: Pick<CriteriaSet, 'id' | 'version'>, values: SetFormValues): InputOf<'criteria.updateSet'> {
  return {
    id: set.id,
    version: set.version,
    name: values.name,
    adminTypes: values.adminTypes.map((type) => type.trim()).filter(Boolean),
    legalBasis: { number: values.legalNumber, date: toIso(values.legalDate), issuer: values.legalIssuer, title: values.legalTitle },
    validFrom: toIso(values.validFrom),
    validTo: toIso(values.validTo),
  };
}

/** Client-side checks mirroring criteriaSetUpdateSchema. */
export const setRules: FormValidateInput<SetFormValues> = {
  name: required(setFields.name, 300),
  legalNumber: optional(setFields.legalNumber, 60),
  legalDate: dateRule(),
  legalIssuer: optional(setFields.legalIssuer, 200),
  legalTitle: optional(setFields.legalTitle, 500),
  validFrom: dateRule(),
  validTo: (value, values) => {
    const invalid = dateRule()(value);
    if (invalid) return invalid;
    const from = toIso(values.validFrom);
    const to = toIso(value);
    return from && to && to < from ? errors.validTo : null;
  },
};

/** Server paths (legalBasis.number) -> form fields (legalNumber). */
export function setFieldErrors(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(map).map(([path, message]) => {
      const legal = /^legalBasis\.(\w+)/.exec(path);
      if (legal) return [`legal${legal[1].charAt(0).toUpperCase()}${legal[1].slice(1)}`, message];
      return [path.startsWith('adminTypes') ? 'adminTypes' : path, message];
    }),
  );
}

export interface CriterionFormValues {
  number: number | string;
  name: string;
  groupName: string;
}

export function criterionValues(criterion: Criterion | undefined): CriterionFormValues {
  return criterion
    ? { number: criterion.number, name: criterion.name, groupName: criterion.groupName }
    : { number: '', name: '', groupName: '' };
}

/** Checks mirroring the criterion schema; the number may be left empty only when adding. */
export function criterionRules(editing: boolean): FormValidateInput<CriterionFormValues> {
  return {
    number: (value) => {
      if (value === '') return editing ? errors.number : null;
      const number = Number(value);
      return Number.isInteger(number) && number >= 1 && number <= 99 ? null : errors.number;
    },
    name: required(criterionFields.name, 300),
    groupName: optional(criterionFields.groupName, 200),
  };
}
