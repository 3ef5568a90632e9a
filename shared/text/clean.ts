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
/**
 * Any character storedTextProblem could object to: C0/C1 controls but tab and line breaks, bidi controls,
 * and any surrogate (without the u flag a class matches code units, so a pair is a suspect too, then cleared).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;
/** NUL or any surrogate: a string without either is well-formed and NUL-free. */
// eslint-disable-next-line no-control-regex -- NUL is what it looks for
const NUL_OR_SURROGATE = /[\u0000\ud800-\udfff]/;

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
  // Most text holds none of the characters below: one scan says so (every call's text fields pass here).
  if (!SUSPECT.test(value)) return null;
  if (!isWellFormed(value)) return 'chứa ký tự lỗi mã hóa';
  if (CONTROL.test(value.replace(LINE_BREAKS_AND_TABS, ''))) return 'chứa ký tự điều khiển';
  if (BIDI_CONTROL.test(value)) return 'chứa ký tự đảo chiều văn bản';
  return null;
}

/**
 * The path of the first string in a JSON-like value that is not well-formed Unicode or holds NUL,
 * e.g. "items.2.note"; '' for the value itself; null when every string is clean. Keys are checked too
 * (a bad one is named "?"). Every call's whole input passes here, so the walk keeps one path and builds
 * the answer only when it finds something.
 */
export function findMalformedString(value: unknown): string | null {
  const path: string[] = [];
  const isBad = (text: string) => NUL_OR_SURROGATE.test(text) && (!isWellFormed(text) || text.includes('\u0000'));
  const walk = (item: unknown, depth: number): boolean => {
    if (typeof item === 'string') return isBad(item);
    if (depth > 64 || item === null || typeof item !== 'object') return false;
    if (Array.isArray(item)) {
      for (let index = 0; index < item.length; index++) {
        const element: unknown = item[index];
        if (element === null || (typeof element !== 'string' && typeof element !== 'object')) continue;
        path.push(String(index));
        if (walk(element, depth + 1)) return true;
        path.pop();
      }
      return false;
    }
    for (const key in item) {
      if (!Object.prototype.hasOwnProperty.call(item, key)) continue;
      if (NUL_OR_SURROGATE.test(key) && !isWellFormed(key)) {
        path.push('?');
        return true;
      }
      const element = (item as Record<string, unknown>)[key];
      if (element === null || (typeof element !== 'string' && typeof element !== 'object')) continue;
      path.push(key);
      if (walk(element, depth + 1)) return true;
      path.pop();
    }
    return false;
  };
  return walk(value, 0) ? path.join('.') : null;
}
