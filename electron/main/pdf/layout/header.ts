import type { Content } from 'pdfmake/interfaces';

import type { DocumentDescription } from '../../../../shared/documents/description';
import { dateLine, draftDateLine } from '../../../../shared/format/document-date';
import { numberLine } from '../../../../shared/format/document-number';
import { centredRule, type LayoutContext, PLACE_WORDS, splitToFit } from './context';
import { MM } from './geometry';
import { formatText } from './text';

/** The issuer's column: about 40% of the text width, as the decree's header table has it. */
const LEFT_SHARE = 0.4;
/** A gap between the columns, so a long line of one never runs into the other. */
const COLUMN_GAP = 3 * MM;
/**
 * Space between a line's box and the rule under it: the box ends 0.22 em under the baseline, and
 * Vietnamese descenders and dots ("lập", "phúc", "ạ") reach 1.2-1.3 mm under it, so the rule sits
 * about 2 mm under the baseline, clear of them.
 */
export const RULE_CLEARANCE = 3;
/** Tightening allowed before a line in capitals is broken instead (points between letters). */
const MAX_TIGHTENING = 0.35;

interface FittedLine {
  text: string;
  characterSpacing?: number;
}

/** Fits one line in capitals into `width` as is or slightly tightened; null when it needs more. */
function tightened(text: string, width: number, measure: (value: string) => number): FittedLine | null {
  const natural = measure(text);
  if (natural <= width) return { text };
  const needed = (natural - width) / Math.max(1, [...text].length - 1);
  return needed <= MAX_TIGHTENING ? { text, characterSpacing: -Math.ceil(needed * 100) / 100 } : null;
}

/**
 * Fits a line in capitals into `width`: as is, slightly tightened, or broken into two balanced lines
 * (each of which may be tightened as well: "BAN THI ĐUA - KHEN THƯỞNG" / "TỈNH KON TUM").
 */
function fitCapitals(text: string, width: number, measure: (value: string) => number): FittedLine[] {
  const whole = tightened(text, width, measure);
  if (whole) return [whole];
  const loosest = (value: string) => measure(value) - MAX_TIGHTENING * Math.max(0, [...value].length - 1);
  return splitToFit(text, width, loosest).map((line) => tightened(line, width, measure) ?? { text: line });
}

/** One line, or two broken where a reader expects: before the place ("TỈNH KON TUM") or after " - ". */
function wellBroken(lines: FittedLine[]): boolean {
  if (lines.length === 1) return true;
  if (lines.length !== 2) return false;
  return PLACE_WORDS.has(lines[1].text.split(' ')[0]) || lines[0].text.endsWith(' -');
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
  const leftWidth = width * LEFT_SHARE;
  const rightWidth = width - leftWidth - COLUMN_GAP;
  // 13 pt when the country line fits its column and the issuing body fits (or breaks well) in its own,
  // else 12 pt (both within the decree).
  const capitals =
    bold(13)(formatText.mottoCountry) <= rightWidth && wellBroken(fitCapitals(issuer.issuingBody, leftWidth, bold(13))) ? 13 : 12;
  const wordsSize = capitals + 1;
  const place = description.place ?? ctx.settings.placeName;
  const date = description.date
    ? dateLine(place, description.date)
    : draftDateLine(place, description.draftYear ?? new Date().getFullYear());

  // A body without a parent agency (a provincial People's Committee) prints its own name alone.
  const agencyLines = issuer.parentAgency.trim()
    ? fitCapitals(issuer.parentAgency, leftWidth, (v) => metrics.normal.widthOf(v, capitals))
    : [];
  const bodyLines = fitCapitals(issuer.issuingBody, leftWidth, bold(capitals));
  const bodyWidth = Math.max(...bodyLines.map((line) => bold(capitals)(line.text) + (line.characterSpacing ?? 0) * line.text.length));
  const mottoWordsWidth = bold(wordsSize)(formatText.mottoWords);
  const number = numberLine(description.number, description.typeAbbreviation, issuer.abbreviation);

  const left: Content[] = [
    ...agencyLines.map((line) => ({ ...line, fontSize: capitals })),
    ...bodyLines.map((line) => ({ ...line, fontSize: capitals, bold: true })),
    // The rule under the issuing body: two fifths of its length (the decree asks for a third to a half).
    centredRule(leftWidth, bodyWidth * 0.4, RULE_CLEARANCE),
  ];
  const right: Content[] = [
    { text: formatText.mottoCountry, fontSize: capitals, bold: true },
    { text: formatText.mottoWords, fontSize: wordsSize, bold: true },
    centredRule(rightWidth, mottoWordsWidth, RULE_CLEARANCE),
  ];
  // A working list (numbered: false) prints no "Số:" line: it is not in the register.
  const leftBelow: Content[] =
    description.numbered === false ? [{ text: '' }] : [{ text: number, fontSize: 13, preserveLeadingSpaces: true }];
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
