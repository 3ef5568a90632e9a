// Vietnamese wording for zod's own checks, also for forms that import these helpers directly.
import './zod-messages';

import { z } from 'zod';

import { parseDate } from '../format/date';
import { formatNumber } from '../format/number';
import { removeZeroWidth, storedTextProblem } from '../text/clean';
import { normalizeText } from '../text/fold';

/** Positive whole-number id of a stored record. */
export const idSchema = z
  .number({ error: 'Mã bản ghi phải là số' })
  .int('Mã bản ghi phải là số nguyên')
  .positive('Mã bản ghi không hợp lệ');

/** Version carried by every edit, for optimistic concurrency. */
export const versionSchema = z.number({ error: 'Thiếu phiên bản của bản ghi' }).int().positive('Phiên bản không hợp lệ');

/**
 * A schema built on its first check rather than when the contract is loaded: the contract has a few
 * hundred text and date fields of five or six zod parts each, and the contract files' own schemas
 * (built the same way where nothing reads their shape), and building them all cost the app's start
 * more than everything else it does. The schema checks exactly the same.
 *
 * Once built, a check goes straight to the built schema: zod's lazy reads its inner schema through a
 * getter on every check, and a bulk save's rows pass through several of these per row (the row, its
 * level, its decision, each text field), a third of the validation's time for 1.000 recognitions.
 * It goes to the built schema's check as it is at each call: zod replaces a container's check after its
 * first run (its probe for recursive schemas steps aside), and the first one would probe every row again.
 */
export function builtOnFirstUse<T extends z.ZodType>(build: () => T): z.ZodLazy<T> {
  const lazy = z.lazy(build);
  const internals = lazy._zod;
  internals.parse = (payload, ctx) => {
    const built = internals.innerType._zod;
    internals.parse = (payload, ctx) => built.run(payload, ctx);
    internals.run = internals.parse;
    return built.run(payload, ctx);
  };
  // A lazy has no checks of its own: zod runs it by its parse (set when it was constructed, so set again here).
  internals.run = internals.parse;
  return lazy;
}

/** Whether text is longer than `max` characters, counted as zod counts them: a surrogate pair is one. */
function longerThan(value: string, max: number): boolean {
  if (value.length <= max) return false;
  let count = value.length;
  for (let index = 0; index < value.length - 1; index++) {
    if ((value.charCodeAt(index) & 0xfc00) === 0xd800 && (value.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      count--;
      index++;
    }
  }
  return count > max;
}

/**
 * A text field's checks and tidying in one zod step: well-formed, without control characters or bidi
 * overrides (checked before tidying), tidied, then within `max` (and not empty when required). One
 * transform rather than a chain of refine, transform and pipe: bulk saves check thousands of these per
 * call, and each link of a chain is a zod pass of its own. The messages are the chain's.
 */
function checkedText(label: string, opts: { max: number; tidy: (value: string) => string; required: boolean; rawMax?: number }) {
  const tooLong = `${label} dài quá ${opts.max} ký tự`;
  const empty = `${label} không được để trống`;
  // The last value that passed, with its tidy form: a bulk save's column repeats its values row after row
  // (one decision's date and signer for a district's communes), and the check is a pure function of the value.
  let lastValue: string | null = null;
  let lastTidy = '';
  return (value: string, ctx: z.RefinementCtx): string => {
    if (value === lastValue) return lastTidy;
    // A string far beyond the limit is not tidied (its characters are still checked, as the chain did).
    const overRaw = opts.rawMax !== undefined && longerThan(value, opts.rawMax);
    if (overRaw) ctx.addIssue({ code: 'custom', message: tooLong });
    const problem = storedTextProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `${label} ${problem}` });
    if (overRaw || problem) return z.NEVER;
    const tidy = opts.tidy(value);
    if (opts.required && tidy.length === 0) ctx.addIssue({ code: 'custom', message: empty });
    if (longerThan(tidy, opts.max)) ctx.addIssue({ code: 'custom', message: tooLong });
    else if (!opts.required || tidy.length > 0) {
      lastValue = value;
      lastTidy = tidy;
    }
    return tidy;
  };
}

/** Multi-line text keeps its line breaks: NFC without zero-width characters, trimmed. */
const tidyMultiline = (value: string) => removeZeroWidth(value).normalize('NFC').trim();

/** Required text, stored NFC with whitespace collapsed. */
export function requiredText(label: string, max = 255) {
  return builtOnFirstUse(() =>
    z.string({ error: `${label} không được để trống` }).transform(checkedText(label, { max, tidy: normalizeText, required: true })),
  );
}

/** Optional text; missing becomes ''. */
export function optionalText(label: string, max = 1000) {
  return builtOnFirstUse(() =>
    z
      .string({ error: `${label} phải là chuỗi ký tự` })
      .transform(checkedText(label, { max, tidy: normalizeText, required: false, rawMax: max * 2 }))
      .default(''),
  );
}

/** Multi-line text (notes): NFC, trimmed, line breaks kept. */
export function multilineText(label: string, max = 4000) {
  return builtOnFirstUse(() =>
    z
      .string({ error: `${label} phải là chuỗi ký tự` })
      .transform(checkedText(label, { max, tidy: tidyMultiline, required: false }))
      .default(''),
  );
}

/**
 * Rows a district grid's save takes in one call (criteria or recognitions): every commune of the largest
 * district at once, so one save is one transaction and one commit.
 */
export const GRID_ROWS_MAX = 2000;
export const gridTooLong = `Tối đa ${formatNumber(GRID_ROWS_MAX)} dòng một lần lưu`;

export const emptyInput = z.object({}).strict().default({});

/** yyyy-MM-dd or dd/MM/yyyy -> yyyy-MM-dd, null when it is not a real calendar date. */
function toIso(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return parseDate(iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value);
}

/** "Ngày không hợp lệ" with the field's name, for an impossible date (2024-02-31, 31/02/2024). */
function invalidDate(label: string): string {
  return `Ngày không hợp lệ (${label}, dd/mm/yyyy)`;
}

/** The dates a record of the app can hold, as for years: a typing slip (1900, 3000) is refused, not stored. */
export interface DateRange {
  from: string;
  to: string;
}

export const RECORD_DATES: DateRange = { from: '1990-01-01', to: '2100-12-31' };
/** Dates of birth reach further back than the app's records. */
export const BIRTH_DATES: DateRange = { from: '1900-01-01', to: '2100-12-31' };

/** dd/MM/yyyy of a yyyy-MM-dd, for messages. */
const shown = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * A field's date check: the checked date, or z.NEVER after adding the field's Vietnamese message. It keeps
 * the last date that passed, as text fields do (checkedText): a bulk save repeats one date row after row.
 */
function dateCheck(label: string, range: DateRange) {
  let lastValue: string | null = null;
  let lastIso = '';
  return (value: string, ctx: z.RefinementCtx): string => {
    if (value === lastValue) return lastIso;
    const iso = toIso(value);
    if (!iso) {
      ctx.addIssue({ code: 'custom', message: invalidDate(label) });
      return z.NEVER;
    }
    if (iso < range.from || iso > range.to) {
      ctx.addIssue({ code: 'custom', message: `${label} phải trong khoảng ${shown(range.from)} – ${shown(range.to)}` });
      return z.NEVER;
    }
    lastValue = value;
    lastIso = iso;
    return iso;
  };
}

/** A calendar date as yyyy-MM-dd; dd/MM/yyyy as typed by users is accepted and converted. */
export function isoDate(label: string, range: DateRange = RECORD_DATES) {
  return builtOnFirstUse(() => z.string({ error: `${label} phải là ngày (dd/mm/yyyy)` }).transform(dateCheck(label, range)));
}

/** Optional date: missing, null or '' become null. */
export function optionalIsoDate(label: string, range: DateRange = RECORD_DATES) {
  return builtOnFirstUse(() => {
    const checked = dateCheck(label, range);
    return z
      .string({ error: `${label} phải là ngày (dd/mm/yyyy)` })
      .nullable()
      .optional()
      .transform((value, ctx) => {
        if (value === null || value === undefined || value.trim() === '') return null;
        return checked(value, ctx);
      });
  });
}

export const yearSchema = z
  .number({ error: 'Năm phải là số' })
  .int('Năm phải là số nguyên')
  .min(1990, 'Năm không được trước 1990')
  .max(2100, 'Năm không được sau 2100');

/** Number, date and issuer of a legal document (decision, plan, resolution). */
export const documentRefSchema = z
  .object({
    number: optionalText('Số văn bản', 60),
    date: optionalIsoDate('Ngày văn bản'),
    issuer: optionalText('Cơ quan ban hành', 200),
  })
  .strict();

/**
 * What a write of a one-per-key record (a unit's year of criteria, its recognition, its submission)
 * expects to find: the version it read, or null for "no record yet". Anything else is a CONFLICT, so
 * two people creating the same record at once cannot both win, and a write cannot overwrite blindly.
 */
export const expectedVersion = z
  .number({ error: 'Thiếu phiên bản của bản ghi đã đọc (null khi chưa có bản ghi)' })
  .int('Phiên bản không hợp lệ')
  .positive('Phiên bản không hợp lệ')
  .nullable();

/** An optional version for edits of a record that always exists already: given, it must match the stored one. */
export const optionalVersion = z.number({ error: 'Phiên bản phải là số' }).int().positive('Phiên bản không hợp lệ').optional();
