import type { FormValidateInput } from '@mantine/form';
import type { DocumentSettings } from '@shared/domain/settings';
import type { IssuerSignature } from '@shared/domain/signature';
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
  /** The settings screen edits the issuers' default signature blocks; set-up leaves them to the defaults. */
  signatureDefaults?: IssuerSignature[];
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
  signatureDefaults: {
    issuer: (value, values, path) => {
      const abbreviation = normalizeText(value ?? '');
      const own =
        text(labels.issuerAbbreviation, 30)(abbreviation) ?? (/^[\p{Lu}\p{N}-]+$/u.test(abbreviation) ? null : errors.abbreviation);
      if (own) return own;
      const index = Number(path.split('.')[1]);
      const earlier = (values.signatureDefaults ?? []).slice(0, index).some((entry) => normalizeText(entry.issuer) === abbreviation);
      return earlier ? errors.duplicateIssuer(abbreviation) : null;
    },
    authority: (value, values, path) => {
      const entry = values.signatureDefaults?.[Number(path.split('.')[1])];
      return entry?.prefix && !normalizeText(value ?? '') ? errors.signatureAuthority(entry.prefix) : null;
    },
    position: (value, values, path) => {
      const entry = values.signatureDefaults?.[Number(path.split('.')[1])];
      return entry && !entry.prefix && !normalizeText(value ?? '') ? errors.signaturePosition : null;
    },
  },
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
