import type { FormValidateInput } from '@mantine/form';
import type { InputOf } from '@shared/contract';
import { KINDS_WITH_EM_FLAG, PARENT_KINDS, type Unit, type UnitKind } from '@shared/domain/units';
import { normalizeText } from '@shared/text/fold';
import { UNIT_KIND_SUBJECTS } from '@shared/text/units-text';

import { unitsText } from './text';

/** The unit form's values: text as typed, the parent as a Select value (id as string). */
export interface UnitFormValues {
  code: string;
  name: string;
  kind: UnitKind;
  adminType: string;
  parentId: string | null;
  ethnicMinorityArea: boolean;
  headName: string;
  phone: string;
  email: string;
  address: string;
  notes: string;
}

export type UnitInput = InputOf<'units.create'>;

const { fields, errors } = unitsText;

/** Empty values for a new unit, optionally under a parent (from "Thêm đơn vị trực thuộc"). */
export function newUnitValues(preset: Partial<UnitFormValues> = {}): UnitFormValues {
  return {
    code: '',
    name: '',
    kind: 'commune',
    adminType: 'Xã',
    parentId: null,
    ethnicMinorityArea: false,
    headName: '',
    phone: '',
    email: '',
    address: '',
    notes: '',
    ...preset,
  };
}

export function unitValues(unit: Unit): UnitFormValues {
  return {
    code: unit.code ?? '',
    name: unit.name,
    kind: unit.kind,
    adminType: unit.adminType,
    parentId: unit.parentId === null ? null : String(unit.parentId),
    ethnicMinorityArea: unit.ethnicMinorityArea,
    headName: unit.headName,
    phone: unit.phone,
    email: unit.email,
    address: unit.address,
    notes: unit.notes,
  };
}

/** What units.create/units.update receive; the EM flag is dropped for kinds that cannot carry it. */
export function toUnitInput(values: UnitFormValues): UnitInput {
  return {
    code: values.code.trim(),
    name: values.name,
    kind: values.kind,
    adminType: values.adminType,
    parentId: values.parentId === null || values.parentId === '' ? null : Number(values.parentId),
    ethnicMinorityArea: KINDS_WITH_EM_FLAG.includes(values.kind) ? values.ethnicMinorityArea : false,
    headName: values.headName,
    phone: values.phone,
    email: values.email,
    address: values.address,
    notes: values.notes,
  };
}

function required(label: string, max: number) {
  return (value: string) => {
    const clean = normalizeText(value ?? '');
    if (clean === '') return errors.required(label);
    return clean.length > max ? errors.tooLong(label, max) : null;
  };
}

function optional(label: string, max: number, check?: (clean: string) => string | null) {
  return (value: string) => {
    const clean = normalizeText(value ?? '');
    if (clean.length > max) return errors.tooLong(label, max);
    return clean === '' || !check ? null : check(clean);
  };
}

// A practical check: the server's zod email rule decides in the end, and its message is shown on the field.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u;

/** Client-side checks mirroring unitFieldsSchema and the parent rules of the service. */
export const unitRules: FormValidateInput<UnitFormValues> = {
  code: (value) => (/^[0-9A-Za-z.-]{0,20}$/.test(value.trim()) ? null : errors.code),
  name: required(fields.name, 200),
  adminType: required(fields.adminType, 60),
  parentId: (value, values) => {
    const allowed = PARENT_KINDS[values.kind];
    const subject = UNIT_KIND_SUBJECTS[values.kind];
    if (!value && !allowed.includes(null)) return errors.parentRequired(subject);
    if (value && allowed.length === 1 && allowed[0] === null) return errors.parentNotAllowed(subject);
    return null;
  },
  headName: optional(fields.headName, 120),
  phone: optional(fields.phone, 30, (clean) => (/^[0-9 +().-]*$/.test(clean) ? null : errors.phone)),
  email: optional(fields.email, 200, (clean) => (EMAIL.test(clean) ? null : errors.email)),
  address: optional(fields.address, 300),
  notes: (value) => (value.trim().length > 4000 ? errors.tooLong(fields.notes, 4000) : null),
};
