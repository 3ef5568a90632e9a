import { removeZeroWidth } from './clean';

/**
 * Folding for search: Vietnamese text compared without case, diacritics or punctuation,
 * with đ treated as d ("Đắk Hà" -> "dak ha"). The folded form is what search columns store.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Stores text the way the database keeps it: NFC, trimmed, inner whitespace collapsed. */
export function normalizeText(value: string): string {
  return removeZeroWidth(value).normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Folds text for search: lower case, no diacritics, đ -> d, punctuation and spaces collapsed to one space. */
export function foldText(value: string): string {
  return removeZeroWidth(value)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
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
