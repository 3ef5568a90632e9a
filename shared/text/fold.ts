import { removeZeroWidth } from './clean';

/**
 * Folding for search: Vietnamese text compared without case, diacritics or punctuation,
 * with đ treated as d ("Đắk Hà" -> "dak ha"). The folded form is what search columns store.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Stores text the way the database keeps it: NFC, trimmed, inner whitespace collapsed. */
export function normalizeText(value: string): string {
  // Text that is already tidy (no zero-width character, single spaces only, none at either end) needs
  // NFC alone; NFC neither makes nor removes whitespace outside these cases (NBSP and the quads are not ' ').
  if (!UNTIDY.test(value)) return value.normalize('NFC');
  return removeZeroWidth(value).normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** A zero-width character, whitespace other than a single space between words, or whitespace at either end. */
const UNTIDY = /[\u200b-\u200d\u2060\ufeff]|[^\S ]|\s\s|^\s|\s$/u;

/** The reference fold, by regular expressions, for any text: the table below is built from it, tests hold foldText to it. */
export function foldTextByRules(value: string): string {
  return removeZeroWidth(value)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}

/** What one character becomes in a fold: the folded letters, nothing (a mark, a zero-width), or a separator. */
const SKIP = 0;
const SEPARATOR = 1;

/**
 * The fold of every character of Latin scripts (U+0000-U+036F, where lower-casing never depends on the
 * neighbours) and the Vietnamese block (U+1E00-U+1EFF), worked out once by the reference fold: imports
 * fold every name they write, and a lookup per character costs a fraction of normalize and five regexes.
 */
type Entry = string | typeof SKIP | typeof SEPARATOR;
const VIETNAMESE_FROM = 0x1e00;
const VIETNAMESE_TO = 0x1eff;
const ZERO_WIDTH_CODES = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
let tables: { latin: Entry[]; vietnamese: Entry[] } | null = null;

/** Built on the first fold (about a thousand characters), not when the module loads: start-up stays as it was. */
function foldTables() {
  if (tables) return tables;
  const entry = (char: string): Entry => {
    if (/^\p{M}$/u.test(char) || removeZeroWidth(char) === '') return SKIP;
    const folded = foldTextByRules(char);
    return folded === '' ? SEPARATOR : folded;
  };
  const latin = Array.from({ length: 0x370 }, (_, code) => entry(String.fromCharCode(code)));
  const vietnamese = Array.from({ length: VIETNAMESE_TO - VIETNAMESE_FROM + 1 }, (_, i) => entry(String.fromCharCode(VIETNAMESE_FROM + i)));
  tables = { latin, vietnamese };
  return tables;
}

/** Folds text for search: lower case, no diacritics, đ -> d, punctuation and spaces collapsed to one space. */
export function foldText(value: string): string {
  const { latin, vietnamese } = foldTables();
  let out = '';
  let pendingSpace = false;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    const entry =
      code <= 0x36f
        ? latin[code]
        : code >= VIETNAMESE_FROM && code <= VIETNAMESE_TO
          ? vietnamese[code - VIETNAMESE_FROM]
          : ZERO_WIDTH_CODES.has(code)
            ? SKIP
            : undefined;
    // Another script (or a character outside the tables): the reference fold, exactly as before.
    if (entry === undefined) return foldTextByRules(value);
    if (entry === SKIP) continue;
    if (entry === SEPARATOR) {
      pendingSpace = out !== '';
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += entry;
  }
  return out;
}

/** The folded words of a text, for word-prefix matching. */
export function foldedWords(value: string): string[] {
  const folded = foldText(value);
  return folded === '' ? [] : folded.split(' ');
}

/** Lower-cased NFC text with its diacritics kept, used to rank exact-diacritic matches first. */
export function lowerKeepingDiacritics(value: string): string {
  return normalizeText(value)
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
