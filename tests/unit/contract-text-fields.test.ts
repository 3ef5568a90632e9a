import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { isoDate, multilineText, optionalIsoDate, optionalText, requiredText } from '../../shared/contract/common';
import { removeZeroWidth, storedTextProblem } from '../../shared/text/clean';
import { normalizeText } from '../../shared/text/fold';

// The contract's text fields check, tidy and measure in one zod transform. The reference below is the chain of zod
// steps they replaced (refine, transform, pipe); both must accept the same values, store the same text and refuse
// with the same messages, in the same order.

const cleanText = (label: string) => (value: string, ctx: z.RefinementCtx) => {
  const problem = storedTextProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `${label} ${problem}` });
};
const reference = {
  required: (label: string, max: number) =>
    z
      .string({ error: `${label} không được để trống` })
      .superRefine(cleanText(label))
      .transform(normalizeText)
      .pipe(z.string().min(1, `${label} không được để trống`).max(max, `${label} dài quá ${max} ký tự`)),
  optional: (label: string, max: number) =>
    z
      .string({ error: `${label} phải là chuỗi ký tự` })
      .max(max * 2, `${label} dài quá ${max} ký tự`)
      .superRefine(cleanText(label))
      .transform(normalizeText)
      .pipe(z.string().max(max, `${label} dài quá ${max} ký tự`))
      .default(''),
  multiline: (label: string, max: number) =>
    z
      .string({ error: `${label} phải là chuỗi ký tự` })
      .superRefine(cleanText(label))
      .transform((value) => removeZeroWidth(value).normalize('NFC').trim())
      .pipe(z.string().max(max, `${label} dài quá ${max} ký tự`))
      .default(''),
};

/** Pieces that exercise every rule: spaces and breaks to tidy, zero-width and control characters, bidi overrides,
 * a lone surrogate, decomposed letters, astral characters (one character, two code units) and long runs. */
const pieces = [
  'a',
  'Đ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\u202e',
  '\ud800',
  'e\u0301',
  'ệ',
  '𐀀',
  'x'.repeat(7),
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join('')),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
);

type Outcome = { ok: unknown } | { messages: string[] };
const outcome = (schema: z.ZodType, value: unknown): Outcome => {
  const result = schema.safeParse(value);
  return result.success ? { ok: result.data } : { messages: result.error.issues.map((issue) => issue.message) };
};

describe('text fields of the contract', () => {
  for (const [name, ours, chain] of [
    ['requiredText, 10', requiredText('Tên', 10), reference.required('Tên', 10)],
    ['requiredText, 255', requiredText('Tên'), reference.required('Tên', 255)],
    ['optionalText, 10', optionalText('Số quyết định', 10), reference.optional('Số quyết định', 10)],
    ['multilineText, 12', multilineText('Ghi chú', 12), reference.multiline('Ghi chú', 12)],
  ] as const) {
    it(`${name}: as the chain of zod steps, on generated text`, () => {
      fc.assert(
        fc.property(text, (value) => {
          expect(outcome(ours, value)).toEqual(outcome(chain, value));
        }),
        { numRuns: 5000 },
      );
      for (const value of [undefined, null, 5, '', '   ', 'x'.repeat(25), '𐀀'.repeat(10), '𐀀'.repeat(11)])
        expect(outcome(ours, value)).toEqual(outcome(chain, value));
    });
  }

  // A field keeps the last value that passed (a bulk save's column repeats its values): runs of values, repeats among
  // them, each checked by one schema in turn, must come out as a new schema per value says.
  const pool = fc.array(text, { minLength: 1, maxLength: 6 });
  const runs = pool.chain((values) => fc.array(fc.constantFrom(...values, 'Quyết định', '', '   '), { maxLength: 40 }));
  for (const [name, build] of [
    ['requiredText', () => requiredText('Tên', 10)],
    ['optionalText', () => optionalText('Số quyết định', 10)],
    ['multilineText', () => multilineText('Ghi chú', 12)],
  ] as const) {
    it(`${name}: a run of repeated values, checked by one schema, as by a new schema each`, () => {
      fc.assert(
        fc.property(runs, (values) => {
          const ours = build();
          for (const value of values) expect(outcome(ours, value)).toEqual(outcome(build(), value));
        }),
        { numRuns: 1000 },
      );
    });
  }

  it('dates: a run of repeated values, checked by one schema, as by a new schema each', () => {
    const dates = ['15/12/2025', '2025-12-15', '31/02/2024', '01/01/1900', ' 15/12/2025 ', 'hôm qua', '', '29/02/2024'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...dates), { maxLength: 40 }), (values) => {
        const required = isoDate('Ngày quyết định');
        const optional = optionalIsoDate('Ngày quyết định');
        for (const value of values) {
          expect(outcome(required, value)).toEqual(outcome(isoDate('Ngày quyết định'), value));
          expect(outcome(optional, value)).toEqual(outcome(optionalIsoDate('Ngày quyết định'), value));
        }
      }),
      { numRuns: 500 },
    );
    const required = isoDate('Ngày quyết định');
    expect(outcome(required, '15/12/2025')).toEqual({ ok: '2025-12-15' });
    expect(outcome(required, '15/12/2025')).toEqual({ ok: '2025-12-15' });
    expect(outcome(required, '31/02/2024')).toEqual({ messages: ['Ngày không hợp lệ (Ngày quyết định, dd/mm/yyyy)'] });
    expect(outcome(required, '31/02/2024')).toEqual({ messages: ['Ngày không hợp lệ (Ngày quyết định, dd/mm/yyyy)'] });
  });

  it('gives the Vietnamese messages a user sees', () => {
    expect(outcome(requiredText('Tên', 10), '  ')).toEqual({ messages: ['Tên không được để trống'] });
    expect(outcome(optionalText('Số', 3), 'abcd')).toEqual({ messages: ['Số dài quá 3 ký tự'] });
    expect(outcome(optionalText('Số', 3), 'abcdefg\u0000')).toEqual({ messages: ['Số dài quá 3 ký tự', 'Số chứa ký tự điều khiển'] });
    expect(outcome(multilineText('Ghi chú'), ' dòng 1\n dòng 2 ')).toEqual({ ok: 'dòng 1\n dòng 2' });
  });
});
