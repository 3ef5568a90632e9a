import type { DocumentDescription } from '../../../../shared/documents/description';
import type { DocumentSettings } from '../../../../shared/domain/settings';
import { upperVi } from '../../../../shared/text/case';
import type { FontMetrics } from '../font-metrics';
import type { FontStyle } from '../fonts';
import type { PageGeometry } from './geometry';

/** The issuer a document is printed and numbered under: settings, overridden per document. */
export interface ResolvedIssuer {
  parentAgency: string;
  issuingBody: string;
  abbreviation: string;
}

/** Gives each table of a document its own key, for the ids the page-break rule reads. */
export interface TableTracker {
  nextKey(): string;
}

export function tableTracker(): TableTracker {
  let tables = 0;
  return { nextKey: () => `t${++tables}` };
}

/** What every part of the layout reads: settings, font widths, the page of the main part. */
export interface LayoutContext {
  settings: DocumentSettings;
  metrics: Record<FontStyle, FontMetrics>;
  page: PageGeometry;
  /** Body text size (13-14 pt, from settings). */
  bodySize: number;
  issuer: ResolvedIssuer;
  tables: TableTracker;
}

export function resolveIssuer(description: DocumentDescription, settings: DocumentSettings): ResolvedIssuer {
  const override = description.issuer ?? {};
  return {
    parentAgency: upperVi(override.parentAgency ?? settings.parentAgency),
    issuingBody: upperVi(override.issuingBody ?? settings.issuingBody),
    abbreviation: (override.abbreviation ?? settings.issuerAbbreviation).normalize('NFC'),
  };
}

export function styleOf(bold?: boolean, italics?: boolean): FontStyle {
  if (bold) return italics ? 'bolditalics' : 'bold';
  return italics ? 'italics' : 'normal';
}

/**
 * A centred horizontal rule of `length` points inside a box `boxWidth` wide. pdfmake aligns a canvas
 * by its drawn width, so the line starts at 0 and the node is centred.
 */
export function centredRule(boxWidth: number, length: number, marginTop = 1, marginBottom = 0) {
  return {
    canvas: [{ type: 'line' as const, x1: 0, y1: 0, x2: Math.min(length, boxWidth), y2: 0, lineWidth: 0.6 }],
    alignment: 'center' as const,
    margin: [0, marginTop, 0, marginBottom] as [number, number, number, number],
  };
}

/** Words that start the place part of a name ("... TỈNH KON TUM"): a good place to break a long name. */
export const PLACE_WORDS = new Set(['TỈNH', 'HUYỆN', 'THÀNH', 'THỊ', 'QUẬN', 'XÃ', 'PHƯỜNG']);

/**
 * Splits a line in capitals that does not fit its column into two balanced lines, preferring a break
 * before its place ("BAN THI ĐUA - KHEN THƯỞNG" / "TỈNH KON TUM") or after " - ", never inside a phrase
 * when one of those fits.
 */
export function splitToFit(text: string, width: number, measure: (value: string) => number): string[] {
  if (measure(text) <= width) return [text];
  const words = text.split(' ');
  let best: { lines: string[]; score: number } | null = null;
  for (let cut = 1; cut < words.length; cut++) {
    const first = words.slice(0, cut).join(' ');
    const second = words.slice(cut).join(' ');
    const [a, b] = [measure(first), measure(second)];
    if (a > width || b > width) continue;
    const bonus = PLACE_WORDS.has(words[cut]) ? width : words[cut - 1] === '-' ? width / 2 : 0;
    const score = Math.abs(a - b) - bonus;
    if (!best || score < best.score) best = { lines: [first, second], score };
  }
  return best ? best.lines : [text];
}
