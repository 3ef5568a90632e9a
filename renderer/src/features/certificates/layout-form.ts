import type { FormValidateInput } from '@mantine/form';
import type { InputOf } from '@shared/contract';
import {
  CERTIFICATE_FIELD_LABELS,
  type CertificateAlign,
  type CertificateField,
  type CertificateFieldKey,
  type CertificateLayout,
  type CertificateLayoutFields,
  type CertificateOrientation,
  type CertificatePaper,
  PAPER_SIZES_MM,
  sheetSize,
} from '@shared/domain/certificates';
import { normalizeText } from '@shared/text/fold';

import { certificatesText as text } from './text';

/** NumberInput gives '' while a number is being typed. */
type Num = number | string;

export interface FieldValues {
  key: CertificateFieldKey;
  prefix: string;
  xMm: Num;
  yMm: Num;
  widthMm: Num;
  heightMm: Num;
  fontSize: Num;
  minFontSize: Num;
  bold: boolean;
  italics: boolean;
  align: CertificateAlign;
}

export interface LayoutValues {
  name: string;
  blankKind: string;
  paper: CertificatePaper;
  widthMm: Num;
  heightMm: Num;
  orientation: CertificateOrientation;
  fields: FieldValues[];
}

export const NUMBER_COLUMNS = ['xMm', 'yMm', 'widthMm', 'heightMm', 'fontSize', 'minFontSize'] as const;

export function valuesOf(layout: CertificateLayoutFields): LayoutValues {
  return {
    name: layout.name,
    blankKind: layout.blankKind,
    paper: layout.paper,
    widthMm: layout.widthMm,
    heightMm: layout.heightMm,
    orientation: layout.orientation,
    fields: layout.fields.map((field) => ({ ...field })),
  };
}

const num = (value: Num) => (typeof value === 'number' ? value : Number.NaN);

/** The layout as the values stand, for the preview (numbers not typed yet count as 0). */
export function layoutOf(values: LayoutValues): CertificateLayoutFields {
  const paper =
    values.paper === 'custom' ? { widthMm: num(values.widthMm) || 0, heightMm: num(values.heightMm) || 0 } : PAPER_SIZES_MM[values.paper];
  return {
    name: values.name,
    blankKind: values.blankKind,
    paper: values.paper,
    ...paper,
    orientation: values.orientation,
    fields: values.fields.map((field): CertificateField => ({
      ...field,
      xMm: num(field.xMm) || 0,
      yMm: num(field.yMm) || 0,
      widthMm: num(field.widthMm) || 0,
      heightMm: num(field.heightMm) || 0,
      fontSize: num(field.fontSize) || 0,
      minFontSize: num(field.minFontSize) || 0,
    })),
  };
}

/** What certificates.saveLayout takes: a new layout, or the stored one at the version read. */
export function toInput(values: LayoutValues, stored: CertificateLayout | null): InputOf<'certificates.saveLayout'> {
  const layout = layoutOf(values);
  return {
    ...(stored ? { id: stored.id, version: stored.version } : {}),
    name: layout.name,
    blankKind: layout.blankKind,
    paper: layout.paper,
    ...(layout.paper === 'custom' ? { widthMm: layout.widthMm, heightMm: layout.heightMm } : {}),
    orientation: layout.orientation,
    fields: layout.fields,
  };
}

const required = (label: string) => (value: string) => (normalizeText(value ?? '') === '' ? text.errors.required(label) : null);
const numeric = (label: string) => (value: Num) => (typeof value === 'number' && Number.isFinite(value) ? null : text.errors.number(label));

/**
 * Checks before sending: names present, numbers typed. The rules on positions (inside the paper,
 * minimum not above the size) are the contract's; its messages come back on the fields.
 */
export const layoutRules: FormValidateInput<LayoutValues> = {
  name: required(text.labels.name),
  blankKind: required(text.labels.blankKind),
  widthMm: (value, values) => (values.paper === 'custom' ? numeric(text.labels.widthMm)(value) : null),
  heightMm: (value, values) => (values.paper === 'custom' ? numeric(text.labels.heightMm)(value) : null),
  fields: {
    xMm: numeric(text.columns.xMm),
    yMm: numeric(text.columns.yMm),
    widthMm: numeric(text.columns.widthMm),
    heightMm: numeric(text.columns.heightMm),
    fontSize: numeric(text.columns.fontSize),
    minFontSize: numeric(text.columns.minFontSize),
  },
};

/** The sheet as it lies, for the preview. */
export const sheetOf = (values: LayoutValues) => sheetSize(layoutOf(values));

export const fieldLabel = (key: CertificateFieldKey) => CERTIFICATE_FIELD_LABELS[key];
