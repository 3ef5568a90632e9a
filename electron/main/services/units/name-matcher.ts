import type { UnitMatchQuality } from '../../../../shared/domain/units';
import { foldText } from '../../../../shared/text/fold';
import { type ParsedName, reverse } from '../../../../shared/text/unit-names';
import { unitMessages } from './messages';

/**
 * How close a written name is to a unit's name: exact (diacritics kept), folded (typed without
 * diacritics or in another case), or approximate (another mark, or one letter different, after
 * folding), with the reason in Vietnamese. Parsing lives in shared/text/unit-names.ts.
 */

export type MatchQuality = UnitMatchQuality;

/** Better first; the order imports and search rank by. */
export const QUALITY_RANK: Record<MatchQuality, number> = { exact: 0, folded: 1, alias: 2, approximate: 3 };

/** Below this many letters a one-letter difference is too likely to be another place. */
export const MIN_APPROXIMATE_LENGTH = 3;

/**
 * Key ranges a name within one letter of `key` must fall in: it starts with the first half or ends
 * with the second (one edit cannot touch both halves). Null when the key is too short.
 */
export function approximateRanges(key: string): { prefix: string; suffixRev: string } | null {
  if (key.length < MIN_APPROXIMATE_LENGTH) return null;
  const half = Math.floor(key.length / 2);
  return { prefix: key.slice(0, half), suffixRev: reverse(key.slice(half)) };
}

/** True when a and b differ by at most one inserted, removed or replaced letter. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1);
  return short.slice(i) === long.slice(i + 1);
}

/** A letter without diacritics: "ắ" -> "a", "đ" -> "d". */
function bare(char: string): string {
  return foldText(char) || char;
}

/**
 * Written letters agree with the unit's when each is the same or written bare: "Dak" and "Đak" agree
 * with "Đắk" (typed without diacritics), "Đăk" does not (a different mark: another spelling).
 */
function diacriticsAgree(written: string, official: string): boolean {
  const a = Array.from(written);
  const b = Array.from(official);
  if (a.length !== b.length) return false;
  return a.every((char, i) => char === b[i] || char === bare(b[i]));
}

function differingWords(written: ParsedName, official: ParsedName): string {
  if (written.tokens.length === official.tokens.length) {
    const pairs = written.tokens
      .map((token, i) => [token, official.tokens[i]] as const)
      .filter(([a, b]) => a.lower !== b.lower)
      .map(([a, b]) => `${a.text} ↔ ${b.text}`);
    if (pairs.length > 0) return pairs.join(', ');
  }
  return `${written.display} ↔ ${official.display}`;
}

export interface NameComparison {
  quality: Exclude<MatchQuality, 'alias'>;
  reason: string;
  /** 0 when the letters agree after folding, 1 when one letter differs: ranks approximate matches. */
  distance: 0 | 1;
}

/** How a written name compares with one name of a unit (its own or an alias); null when they are not the same place. */
export function compareNames(written: ParsedName, official: ParsedName): NameComparison | null {
  if (written.key === '' || official.key === '') return null;
  const text = unitMessages.match;
  if (written.key === official.key) {
    const a = written.tokens.map((t) => t.lower).join('');
    const b = official.tokens.map((t) => t.lower).join('');
    if (a === b && written.tokens.length === official.tokens.length) return { quality: 'exact', reason: text.exact, distance: 0 };
    if (diacriticsAgree(a, b)) return { quality: 'folded', reason: text.folded, distance: 0 };
    return { quality: 'approximate', reason: text.approximate(differingWords(written, official)), distance: 0 };
  }
  if (written.key.length >= MIN_APPROXIMATE_LENGTH && withinOneEdit(written.key, official.key)) {
    return { quality: 'approximate', reason: text.approximate(differingWords(written, official)), distance: 1 };
  }
  return null;
}

/** The written type differs from the unit's ("thị trấn Đắk Hà" for Xã Đắk Hà). */
export function otherType(written: ParsedName, unitAdminType: string): boolean {
  return written.adminType !== null && foldText(written.adminType) !== foldText(unitAdminType);
}
