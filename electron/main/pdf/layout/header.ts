import type { Content } from 'pdfmake/interfaces';

import type { DocumentDescription } from '../../../../shared/documents/description';
import { dateLine, draftDateLine } from '../../../../shared/format/document-date';
import { numberLine } from '../../../../shared/format/document-number';
import { centredRule, type LayoutContext, splitToFit } from './context';
import { formatText } from './text';

// The two header columns touch, as the two cells of the decree's header table do: each block is
// centred in its own column, so text never meets across them.
const COLUMN_GAP = 0;
/** Tightening allowed before a line in capitals is broken instead (points between letters). */
const MAX_TIGHTENING = 0.35;

interface FittedLine {
  text: string;
  characterSpacing?: number;
}

/** Fits a line in capitals into `width`: as is, slightly tightened, or broken into two balanced lines. */
function fitCapitals(text: string, width: number, measure: (value: string) => number): FittedLine[] {
  const natural = measure(text);
  if (natural <= width) return [{ text }];
  const gaps = Math.max(1, [...text].length - 1);
  const needed = (natural - width) / gaps;
  if (needed <= MAX_TIGHTENING) return [{ text, characterSpacing: -Math.ceil(needed * 100) / 100 }];
  return splitToFit(text, width, measure).map((line) => ({ text: line }));
}

/**
 * Page 1's header: issuer upper left (parent agency, issuing body in bold with a rule under it,
 * then "Số: ..."), motto upper right (country, "Độc lập - Tự do - Hạnh phúc" with a rule as long
 * as it, then place and date in italic). Sizes follow the decree: 12-13 pt for the capitals,
 * 13 pt for the number, 13-14 pt for the motto's second line and the date.
 */
export function headerBlock(description: DocumentDescription, ctx: LayoutContext): Content {
  const { metrics, page, issuer, bodySize } = ctx;
  const width = page.contentWidth;
  const bold = (size: number) => (value: string) => metrics.bold.widthOf(value, size);
  // 13 pt when the issuing body and the country line fit side by side, else 12 pt (both within the decree).
  const capitals = bold(13)(issuer.issuingBody) + bold(13)(formatText.mottoCountry) + COLUMN_GAP <= width ? 13 : 12;
  const wordsSize = capitals + 1;
  const place = description.place ?? ctx.settings.placeName;
  const date = description.date
    ? dateLine(place, description.date)
    : draftDateLine(place, description.draftYear ?? new Date().getFullYear());
  const rightWidth = Math.min(
    width * 0.62,
    Math.max(bold(capitals)(formatText.mottoCountry), bold(wordsSize)(formatText.mottoWords), metrics.italics.widthOf(date, bodySize)),
  );
  const leftWidth = width - rightWidth - COLUMN_GAP;

  const agencyLines = fitCapitals(issuer.parentAgency, leftWidth, (v) => metrics.normal.widthOf(v, capitals));
  const bodyLines = fitCapitals(issuer.issuingBody, leftWidth, bold(capitals));
  const bodyWidth = Math.max(...bodyLines.map((line) => bold(capitals)(line.text) + (line.characterSpacing ?? 0) * line.text.length));
  const mottoWordsWidth = bold(wordsSize)(formatText.mottoWords);
  const number = numberLine(description.number, description.typeAbbreviation, issuer.abbreviation);

  const left: Content[] = [
    ...agencyLines.map((line) => ({ ...line, fontSize: capitals })),
    ...bodyLines.map((line) => ({ ...line, fontSize: capitals, bold: true })),
    // The rule under the issuing body: two fifths of its length (the decree asks for a third to a half).
    centredRule(leftWidth, bodyWidth * 0.4),
  ];
  const right: Content[] = [
    { text: formatText.mottoCountry, fontSize: capitals, bold: true },
    { text: formatText.mottoWords, fontSize: wordsSize, bold: true },
    centredRule(rightWidth, mottoWordsWidth),
  ];
  const leftBelow: Content[] = [{ text: number, fontSize: 13, preserveLeadingSpaces: true }];
  if (description.regarding) leftBelow.push({ text: description.regarding, fontSize: 12, margin: [0, 2, 0, 0] });

  return {
    stack: [
      {
        columns: [
          { width: leftWidth, stack: left },
          { width: rightWidth, stack: right },
        ],
        columnGap: COLUMN_GAP,
      },
      {
        columns: [
          { width: leftWidth, stack: leftBelow },
          { width: rightWidth, text: date, italics: true, fontSize: bodySize },
        ],
        columnGap: COLUMN_GAP,
        margin: [0, 6, 0, 0],
      },
    ],
    alignment: 'center',
  };
}
