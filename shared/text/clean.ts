/**
 * Characters a record must never hold. A lone surrogate is stored by SQLite as invalid UTF-8 (other
 * tools then cannot read the table); control characters and bidi overrides make a name print or sort
 * unlike what the user sees; zero-width characters make two equal-looking names differ.
 */

/** Zero-width space, non-joiner, joiner, word joiner and the byte-order mark: removed before storing and folding. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/gu;
/** Bidi embeddings, overrides and isolates, and the left/right marks. */
const BIDI_CONTROL = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** C0 and C1 control characters, NUL included. */
const CONTROL = /\p{Cc}/u;
/** Line breaks and tabs: kept in notes, collapsed to spaces in names. */
const LINE_BREAKS_AND_TABS = /[\t\n\r]/gu;

export function removeZeroWidth(value: string): string {
  return value.replace(ZERO_WIDTH, '');
}

/** True when the string has no lone surrogate (JSON and IPC can carry one; UTF-8 cannot). */
export function isWellFormed(value: string): boolean {
  // String.prototype.isWellFormed exists from Node 20; the loop keeps older browsers' renderers working.
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(index + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      index++;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return false;
    }
  }
  return true;
}

/**
 * Why a text cannot be stored, or null: a lone surrogate, a control character other than line breaks
 * and tabs (names collapse those to spaces, notes keep them), a bidi override.
 */
export function storedTextProblem(value: string): string | null {
  if (!isWellFormed(value)) return 'chứa ký tự lỗi mã hóa';
  if (CONTROL.test(value.replace(LINE_BREAKS_AND_TABS, ''))) return 'chứa ký tự điều khiển';
  if (BIDI_CONTROL.test(value)) return 'chứa ký tự đảo chiều văn bản';
  return null;
}

/**
 * The path of the first string in a JSON-like value that is not well-formed Unicode or holds NUL,
 * e.g. "items.2.note"; '' for the value itself; null when every string is clean.
 */
export function findMalformedString(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === 'string') return !isWellFormed(value) || value.includes('\u0000') ? path.join('.') : null;
  if (depth > 64 || value === null || typeof value !== 'object') return null;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
  for (const [key, item] of entries) {
    if (!isWellFormed(key)) return [...path, '?'].join('.');
    const found = findMalformedString(item, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}
