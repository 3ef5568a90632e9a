import type { FormValidateInput } from '@mantine/form';
import type { InputOf } from '@shared/contract';
import type { MovementDetail, MovementKind, MovementStatus } from '@shared/domain/movements';
import { normalizeText } from '@shared/text/fold';

import { dateRule } from '../../components/date-value';
import { toIsoDate } from './format';
import { movementsText } from './text';

/** The movement form's values: text as typed, years as NumberInput gives them, ids as Select strings. */
export interface MovementFormValues {
  name: string;
  kind: MovementKind;
  startYear: number | string;
  endYear: number | string;
  status: MovementStatus;
  documentNumber: string;
  documentDate: string | null;
  documentIssuer: string;
  documentTitle: string;
  attachmentPath: string;
  description: string;
  scopeUnitId: string | null;
  participantIds: string[];
}

export type MovementInput = InputOf<'movements.create'>;

const { fields, errors } = movementsText;

export function newMovementValues(year: number, scopeUnitId: number | null): MovementFormValues {
  return {
    name: '',
    kind: 'thematic',
    startYear: year,
    endYear: year,
    status: 'planned',
    documentNumber: '',
    documentDate: null,
    documentIssuer: '',
    documentTitle: '',
    attachmentPath: '',
    description: '',
    scopeUnitId: scopeUnitId === null ? null : String(scopeUnitId),
    participantIds: [],
  };
}

export function movementValues(movement: MovementDetail): MovementFormValues {
  return {
    name: movement.name,
    kind: movement.kind,
    startYear: movement.startYear,
    endYear: movement.endYear,
    status: movement.status,
    documentNumber: movement.document.number,
    documentDate: movement.document.date,
    documentIssuer: movement.document.issuer,
    documentTitle: movement.document.title,
    attachmentPath: movement.document.attachmentPath,
    description: movement.description,
    scopeUnitId: movement.scopeUnitId === null ? null : String(movement.scopeUnitId),
    participantIds: movement.participants.map((unit) => String(unit.id)),
  };
}

/** What movements.create / movements.update (fields) receive. */
export function toMovementInput(values: MovementFormValues): MovementInput {
  return {
    name: values.name,
    kind: values.kind,
    startYear: Number(values.startYear),
    endYear: Number(values.endYear),
    document: {
      number: values.documentNumber,
      date: toIsoDate(values.documentDate),
      issuer: values.documentIssuer,
      title: values.documentTitle,
      attachmentPath: values.attachmentPath.trim(),
    },
    description: values.description,
    scopeUnitId: values.scopeUnitId ? Number(values.scopeUnitId) : null,
    participantIds: values.participantIds.map(Number),
    status: values.status,
  };
}

export function requiredRule(label: string, max: number) {
  return (value: string) => {
    const clean = normalizeText(value ?? '');
    if (clean === '') return errors.required(label);
    return clean.length > max ? errors.tooLong(label, max) : null;
  };
}

export function optionalRule(label: string, max: number) {
  return (value: string) => (normalizeText(value ?? '').length > max ? errors.tooLong(label, max) : null);
}

/** A whole year 1990-2100, as yearSchema in shared/contract/common.ts. */
export function yearRule(value: number | string): string | null {
  const year = typeof value === 'number' ? value : Number(value);
  return value === '' || !Number.isInteger(year) || year < 1990 || year > 2100 ? errors.year : null;
}

/** Client-side checks mirroring movementFieldsSchema. */
export const movementRules: FormValidateInput<MovementFormValues> = {
  name: requiredRule(fields.name, 300),
  startYear: yearRule,
  endYear: (value, values) => yearRule(value) ?? (Number(value) < Number(values.startYear) ? errors.endBeforeStart : null),
  documentNumber: optionalRule(fields.documentNumber, 60),
  documentDate: dateRule(),
  documentIssuer: optionalRule(fields.documentIssuer, 200),
  documentTitle: optionalRule(fields.documentTitle, 500),
  attachmentPath: optionalRule(fields.attachmentPath, 1000),
  description: (value) => (value.trim().length > 8000 ? errors.tooLong(fields.description, 8000) : null),
};

/** Server field paths ((fields.)document.number) -> form fields (documentNumber). */
export function movementFieldErrors(map: Record<string, string>): Record<string, string> {
  const rename: Record<string, string> = {
    'document.number': 'documentNumber',
    'document.date': 'documentDate',
    'document.issuer': 'documentIssuer',
    'document.title': 'documentTitle',
    'document.attachmentPath': 'attachmentPath',
  };
  return Object.fromEntries(
    Object.entries(map).map(([full, message]) => {
      const path = full.replace(/^fields\./, '');
      return [rename[path] ?? (path.startsWith('participantIds') ? 'participantIds' : path), message];
    }),
  );
}
