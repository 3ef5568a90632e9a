import { z } from 'zod';

import { idSchema } from '../../../../../shared/contract/common';
import type { PositionedDocument, PositionedDrawing, PositionedField } from '../../../../../shared/documents/description';
import { CERTIFICATE_FIELD_LABELS, sheetSize } from '../../../../../shared/domain/certificates';
import { defineTemplate } from '../registry';
import { type CertificateLayoutReader, layoutOf, paperOf } from './certificates';
import { certificateText as text } from './text';

export const calibrationParamsSchema = z.object({ layoutId: idSchema }).strict();
export type CalibrationParams = z.output<typeof calibrationParamsSchema>;

const MINOR = '#c8c8c8';
const MAJOR = '#7a7a7a';
const BOX = '#000000';

const label = (name: string, xMm: number, yMm: number, widthMm: number, align: 'left' | 'center' = 'left'): PositionedField => ({
  name,
  xMm,
  yMm,
  widthMm,
  heightMm: 3.5,
  text: name,
  fontSize: 7,
  minFontSize: 5,
  align,
});

/** Lines every 5 mm (every 10 mm darker) with the millimetres written along the top and left edges. */
function ruler(widthMm: number, heightMm: number): { drawings: PositionedDrawing[]; labels: PositionedField[] } {
  const drawings: PositionedDrawing[] = [];
  const labels: PositionedField[] = [];
  for (let x = 5; x < widthMm; x += 5) {
    const major = x % 10 === 0;
    drawings.push({ kind: 'line', x1Mm: x, y1Mm: 0, x2Mm: x, y2Mm: heightMm, widthPt: major ? 0.4 : 0.2, color: major ? MAJOR : MINOR });
    if (major && x + 4 <= widthMm) labels.push(label(String(x), x - 4, 6, 8, 'center'));
  }
  for (let y = 5; y < heightMm; y += 5) {
    const major = y % 10 === 0;
    drawings.push({ kind: 'line', x1Mm: 0, y1Mm: y, x2Mm: widthMm, y2Mm: y, widthPt: major ? 0.4 : 0.2, color: major ? MAJOR : MINOR });
    if (major && y + 2 <= heightMm) labels.push(label(String(y), 6, y - 1.75, 8));
  }
  return { drawings, labels };
}

/**
 * The calibration page of a layout: a millimetre grid over the whole sheet and each field's box with
 * its name, moved by the printer's offset like the certificates, so one print on plain paper laid over
 * the blank (or on a spoiled blank) shows whether the boxes fall on its lines.
 */
export const calibrationTemplate = defineTemplate<CalibrationParams, CertificateLayoutReader>({
  id: 'certificate-calibration',
  title: text.calibrationTitle,
  typeAbbreviation: '',
  workingList: true,
  paramsSchema: calibrationParamsSchema,
  registerTitle: (params, deps) => text.calibrationRegisterTitle(layoutOf(params.layoutId, deps).name),
  build(params, deps): PositionedDocument {
    const layout = layoutOf(params.layoutId, deps);
    const sheet = sheetSize(layout);
    const offset = deps.settings.certificateOffsetMm;
    const grid = ruler(sheet.widthMm, sheet.heightMm);
    const boxes: PositionedDrawing[] = layout.fields.map((field) => ({
      kind: 'box',
      xMm: field.xMm,
      yMm: field.yMm,
      widthMm: field.widthMm,
      heightMm: field.heightMm,
      widthPt: 0.8,
      color: BOX,
      dashed: true,
    }));
    // Each box is named inside its top-left corner (boxes on a blank often lie a line apart), never narrower than its name needs.
    const names = layout.fields.map((field) => {
      const width = Math.min(Math.max(field.widthMm - 1, 60), sheet.widthMm);
      const x = Math.min(field.xMm + 0.8, sheet.widthMm - width);
      return { ...label(CERTIFICATE_FIELD_LABELS[field.key], x, field.yMm + 0.6, width), bold: true };
    });
    const [heading, offsetLine, howTo] = text.calibrationNote(layout.name, offset.x, offset.y);
    const noteWidth = Math.min(180, sheet.widthMm - 30);
    const noteX = (sheet.widthMm - noteWidth) / 2;
    const note: PositionedField[] = [
      {
        name: heading,
        xMm: noteX,
        yMm: 14,
        widthMm: noteWidth,
        heightMm: 7,
        text: heading,
        fontSize: 11,
        minFontSize: 7,
        bold: true,
        align: 'center',
      },
      {
        name: offsetLine,
        xMm: noteX,
        yMm: 21,
        widthMm: noteWidth,
        heightMm: 5,
        text: offsetLine,
        fontSize: 9,
        minFontSize: 7,
        align: 'center',
      },
      {
        name: howTo,
        xMm: noteX,
        yMm: 26,
        widthMm: noteWidth,
        heightMm: 12,
        text: howTo,
        fontSize: 8,
        minFontSize: 6,
        italics: true,
        align: 'center',
      },
    ];
    return {
      layout: 'positioned',
      paper: paperOf(layout),
      orientation: layout.orientation,
      offsetMm: offset,
      metadataTitle: text.calibrationRegisterTitle(layout.name),
      pages: [{ drawings: [...grid.drawings, ...boxes], fields: [...grid.labels, ...note, ...names] }],
    };
  },
});
