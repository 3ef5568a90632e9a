import { z } from 'zod';

import { idSchema } from '../../../../../shared/contract/common';
import type { PaperSize, PositionedDocument, PositionedField } from '../../../../../shared/documents/description';
import {
  CERTIFICATE_FIELD_LABELS,
  type CertificateField,
  type CertificateFieldKey,
  type CertificateLayout,
} from '../../../../../shared/domain/certificates';
import type { Decision, DecisionItem } from '../../../../../shared/domain/council';
import type { Nominee } from '../../../../../shared/domain/nominations';
import type { Settings } from '../../../../../shared/domain/settings';
import { AppError } from '../../../../../shared/errors';
import { dateLine, dateWords } from '../../../../../shared/format/document-date';
import { defineTemplate } from '../registry';
import { certificateText as text } from './text';

/** What the templates read: layouts (this area), the decision (council) and its awardees (nominations). */
export interface CertificateLayoutReader {
  layouts: { get(id: number): CertificateLayout };
}
export interface CertificateBatchReaders extends CertificateLayoutReader {
  decisions: { get(id: number): Decision };
  nominees: { find(id: number): Nominee | null };
}

export const certificateBatchParamsSchema = z
  .object({
    decisionId: idSchema,
    layoutId: idSchema,
    /** Only this form's awards, when the decision grants several and the blank is for one. */
    awardCode: z.string({ error: 'Mã hình thức khen thưởng phải là chuỗi ký tự' }).trim().min(1).max(40).optional(),
  })
  .strict();
export type CertificateBatchParams = z.output<typeof certificateBatchParamsSchema>;

/** A reader's NOT_FOUND named on the param, so the message points at what to fix. */
function readParam<T>(read: () => T, path: string, message: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', message, [{ path, message }]);
    throw error;
  }
}

export function layoutOf(id: number, readers: CertificateLayoutReader): CertificateLayout {
  return readParam(() => readers.layouts.get(id), 'params.layoutId', text.params.layoutNotFound(id));
}

/** The paper as the engine takes it: portrait sides, turned by the orientation. */
export function paperOf(layout: CertificateLayout): PaperSize {
  return layout.paper === 'custom' ? { widthMm: layout.widthMm, heightMm: layout.heightMm } : layout.paper;
}

/** A layout field as the engine places it, named for the error when its text does not fit. */
export function positioned(field: CertificateField, textValue: string): PositionedField {
  return {
    name: CERTIFICATE_FIELD_LABELS[field.key],
    xMm: field.xMm,
    yMm: field.yMm,
    widthMm: field.widthMm,
    heightMm: field.heightMm,
    text: textValue,
    fontSize: field.fontSize,
    minFontSize: field.minFontSize,
    bold: field.bold,
    italics: field.italics,
    align: field.align,
  };
}

/** "Số vào sổ: 15/2025": the prefix a blank does not pre-print, then the value. */
export function withPrefix(prefix: string, value: string): string {
  return prefix.trim() ? `${prefix.trim()} ${value}` : value;
}

function awardeeOf(item: DecisionItem, nominee: Nominee | null): string {
  if (item.nomineeKind === 'individual' && nominee?.formOfAddress) return `${nominee.formOfAddress} ${item.nomineeName}`;
  return item.nomineeName;
}

/** Position and workplace of a person, the village and commune of a household, the proposing unit otherwise. */
function unitOf(item: DecisionItem, nominee: Nominee | null): string {
  const parts =
    item.nomineeKind === 'individual'
      ? [nominee?.position, nominee?.workplace]
      : item.nomineeKind === 'household'
        ? [nominee?.village, nominee?.commune]
        : [];
  const joined = parts.filter((part): part is string => !!part?.trim()).join(', ');
  if (joined) return joined;
  return item.proposingUnitName === item.nomineeName ? '' : item.proposingUnitName;
}

function valuesOf(
  decision: Decision,
  item: DecisionItem,
  nominee: Nominee | null,
  settings: Settings,
): Record<CertificateFieldKey, string> {
  return {
    awardee: awardeeOf(item, nominee),
    unit: unitOf(item, nominee),
    achievement: item.summary,
    decision: text.decision(decision.number, dateWords(decision.date)),
    registerNumber: item.registerNumber === null ? '' : text.registerNumber(item.registerNumber, item.registerYear ?? 0),
    placeDate: dateLine(settings.placeName, decision.date),
  };
}

/**
 * Bằng khen, giấy khen of an issued decision printed on pre-printed blanks: one sheet per award, the
 * layout's fields at their positions moved by the printer's offset, no background. A printed copy of
 * what the decision granted (its register numbers are the decision's), so never numbered itself.
 */
export const certificatesTemplate = defineTemplate<CertificateBatchParams, CertificateBatchReaders>({
  id: 'certificates',
  title: text.batchTitle,
  typeAbbreviation: '',
  workingList: true,
  paramsSchema: certificateBatchParamsSchema,
  registerTitle: (params, deps) =>
    text.batchRegisterTitle(
      readParam(() => deps.decisions.get(params.decisionId), 'params.decisionId', text.params.decisionNotFound(params.decisionId)).number,
    ),
  build(params, deps): PositionedDocument {
    const decision = readParam(
      () => deps.decisions.get(params.decisionId),
      'params.decisionId',
      text.params.decisionNotFound(params.decisionId),
    );
    const layout = layoutOf(params.layoutId, deps);
    if (decision.status !== 'issued') {
      const message = text.params.notIssued(decision.number);
      throw new AppError('VALIDATION', message, [{ path: 'params.decisionId', message }]);
    }
    if (params.awardCode !== undefined && !decision.items.some((item) => item.awardCode === params.awardCode)) {
      const message = text.params.unknownAward(decision.number, params.awardCode);
      throw new AppError('VALIDATION', message, [{ path: 'params.awardCode', message }]);
    }
    const items = decision.items.filter((item) => params.awardCode === undefined || item.awardCode === params.awardCode);
    return {
      layout: 'positioned',
      paper: paperOf(layout),
      orientation: layout.orientation,
      offsetMm: deps.settings.certificateOffsetMm,
      metadataTitle: text.batchRegisterTitle(decision.number),
      pages: items.map((item) => {
        const values = valuesOf(decision, item, deps.nominees.find(item.nomineeId), deps.settings);
        return {
          label: text.sheet(item.awardName, values.awardee, values.registerNumber),
          fields: layout.fields
            .filter((field) => values[field.key].trim() !== '')
            .map((field) => positioned(field, withPrefix(field.prefix, values[field.key]))),
        };
      }),
    };
  },
});
