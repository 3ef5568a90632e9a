import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseDate } from '../../shared/format/date';
import { findMalformedString, isWellFormed, removeZeroWidth, storedTextProblem } from '../../shared/text/clean';
import { normalizeText } from '../../shared/text/fold';

// The checks every call's input passes through skip their work when a quick scan finds nothing to do.
// Each is held here to the plain rule it replaced, on text built from the characters that matter.

const TRICKY = [
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u2000',
  '\u2001',
  '\u2003',
  '\u3000',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u200e',
  '\u202e',
  '\u2066',
  '\ud800',
  '\udc00',
  '😀',
  'a',
  'Đ',
  'ắ',
  'e\u0301',
  'A\u030a',
  '\u212b',
  'x',
  '1',
  '/',
  '-',
];
const trickyText = fc.array(fc.constantFrom(...TRICKY), { maxLength: 12 }).map((parts) => parts.join(''));
const anyText = fc.oneof(trickyText, fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 12 }));

function normalizeByRule(value: string): string {
  return removeZeroWidth(value).normalize('NFC').replace(/\s+/gu, ' ').trim();
}

function problemByRule(value: string): string | null {
  if (!isWellFormed(value)) return 'chứa ký tự lỗi mã hóa';
  if (/\p{Cc}/u.test(value.replace(/[\t\n\r]/gu, ''))) return 'chứa ký tự điều khiển';
  if (/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(value)) return 'chứa ký tự đảo chiều văn bản';
  return null;
}

function parseDateByRule(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function malformedByRule(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === 'string') return !isWellFormed(value) || value.includes('\u0000') ? path.join('.') : null;
  if (depth > 64 || value === null || typeof value !== 'object') return null;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value);
  for (const [key, item] of entries) {
    if (!isWellFormed(key)) return [...path, '?'].join('.');
    const found = malformedByRule(item, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

describe('fast paths of the input checks', () => {
  it('normalizeText stores exactly what the rule gives (zero-width removed, NFC, whitespace collapsed and trimmed)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normalizeText(text)).toBe(normalizeByRule(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of ['Xã  Đăk Ui', ' Xã', 'Xã ', 'Xã\u00a0Ui', 'A\u030a', 'Xã\u200bUi', 'Xã\u2000Ui'])
      expect(normalizeText(text)).toBe(normalizeByRule(text));
  });

  it('storedTextProblem objects to the same texts with the same reason', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(storedTextProblem(text)).toBe(problemByRule(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('parseDate accepts the same calendar dates as the Date-based rule', () => {
    const typed = fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 9999 }), fc.boolean())
      .map(([d, m, y, pad]) => `${pad ? String(d).padStart(2, '0') : d}/${m}/${String(y).padStart(4, '0')}`);
    fc.assert(
      fc.property(fc.oneof(typed, fc.string({ maxLength: 12 })), (text) => {
        expect(parseDate(text)).toBe(parseDateByRule(text));
      }),
      {
        numRuns: 20000,
      },
    );
    for (const text of ['29/02/2024', '29/02/2023', '29/02/1900', '29/02/2000', '31/04/2025', '31/12/0099', '01/01/0100', ' 1/1/2025 '])
      expect(parseDate(text)).toBe(parseDateByRule(text));
  });

  it('findMalformedString names the same first bad string as the recursive rule', () => {
    const leaf = fc.oneof(anyText, fc.integer(), fc.constant(null), fc.boolean());
    const key = fc.oneof(fc.constantFrom('name', 'note', 'rows', '\ud800', 'a\u0000'), fc.string({ maxLength: 4 }));
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('tree'), { maxLength: 4 }),
        fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
      ),
    }));
    fc.assert(
      fc.property(tree, (value) => {
        expect(findMalformedString(value)).toBe(malformedByRule(value));
      }),
      { numRuns: 5000 },
    );
  });
});
