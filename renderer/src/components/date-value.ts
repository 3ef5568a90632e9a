import { commonText } from './text';

/**
 * What a DateField holds when the typed text is not a calendar date (31/02/2024): the text itself behind a
 * prefix no ISO date starts with. Keeping it (instead of the last good date or null) lets the form refuse to
 * save and the field show what was typed; the server refuses it too should it ever be sent.
 */
const INVALID_PREFIX = 'invalid-date:';

export function invalidDateValue(typed: string): string {
  return `${INVALID_PREFIX}${typed}`;
}

export function isInvalidDate(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(INVALID_PREFIX);
}

/** The text typed into a field whose value is invalid; '' otherwise. */
export function invalidDateText(value: unknown): string {
  return isInvalidDate(value) ? value.slice(INVALID_PREFIX.length) : '';
}

/**
 * A form rule for a DateField: "Ngày không hợp lệ" for an impossible typed date, otherwise the field's own rule
 * (required, order of dates...).
 */
export function dateRule(next?: (value: string | null) => string | null) {
  return (value: string | null): string | null => (isInvalidDate(value) ? commonText.invalidDate : (next?.(value) ?? null));
}
