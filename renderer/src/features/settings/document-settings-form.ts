import type { FormValidateInput } from '@mantine/form';
import type { DocumentSettings } from '@shared/domain/settings';
import { normalizeText } from '@shared/text/fold';

import { settingsText } from './text';

/** Values of the document-settings fields, shared by the set-up and settings forms. */
export interface DocumentSettingsValues extends Omit<
  DocumentSettings,
  'marginTopMm' | 'marginBottomMm' | 'marginLeftMm' | 'marginRightMm' | 'bodyFontSize'
> {
  operatorName: string;
  // NumberInput gives '' while the field is empty.
  marginTopMm: number | string;
  marginBottomMm: number | string;
  marginLeftMm: number | string;
  marginRightMm: number | string;
  bodyFontSize: number | string;
}

const { labels, names, errors } = settingsText;

function text(label: string, max: number) {
  return (value: string) => {
    const clean = normalizeText(value ?? '');
    if (clean === '') return errors.required(label);
    if (clean.length > max) return errors.tooLong(label, max);
    return null;
  };
}

function margin(name: string, min: number, max: number) {
  return (value: number | string) => {
    if (typeof value !== 'number' || Number.isNaN(value)) return errors.notNumber(name);
    if (value < min) return errors.min(name, min);
    if (value > max) return errors.max(name, max);
    return null;
  };
}

/** Client-side checks mirroring documentSettingsSchema, so most mistakes show before saving. */
export const documentSettingsRules: FormValidateInput<DocumentSettingsValues> = {
  parentAgency: text(labels.parentAgency, 200),
  issuingBody: text(labels.issuingBody, 200),
  issuerAbbreviation: (value) =>
    text(labels.issuerAbbreviation, 30)(value) ?? (/^[\p{Lu}\p{N}-]+$/u.test(normalizeText(value)) ? null : errors.abbreviation),
  placeName: text(names.placeName, 100),
  marginTopMm: margin(names.marginTopMm, 20, 25),
  marginBottomMm: margin(names.marginBottomMm, 20, 25),
  marginLeftMm: margin(names.marginLeftMm, 30, 35),
  marginRightMm: margin(names.marginRightMm, 15, 20),
  bodyFontSize: (value) => {
    if (typeof value !== 'number' || Number.isNaN(value)) return errors.notNumber(names.bodyFontSize);
    if (value < 13) return errors.fontMin;
    if (value > 14) return errors.fontMax;
    return null;
  },
  operatorName: text(labels.operatorName, 100),
};

/** The document settings as the contract wants them (numbers, not empty strings). */
export function toDocumentSettings(values: DocumentSettingsValues): DocumentSettings {
  return {
    parentAgency: values.parentAgency,
    issuingBody: values.issuingBody,
    issuerAbbreviation: values.issuerAbbreviation,
    placeName: values.placeName,
    marginTopMm: Number(values.marginTopMm),
    marginBottomMm: Number(values.marginBottomMm),
    marginLeftMm: Number(values.marginLeftMm),
    marginRightMm: Number(values.marginRightMm),
    bodyFontSize: Number(values.bodyFontSize),
  };
}
