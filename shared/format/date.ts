/**
 * Dates cross the contract as ISO strings (yyyy-MM-dd or full ISO timestamps) and are shown
 * to users as dd/MM/yyyy. Kept free of Node and DOM so both sides use the same rules.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** dd/MM/yyyy from an ISO date or timestamp; '' for empty input. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = ISO_DATE.exec(iso);
  if (!match) return '';
  const [, year, month, day] = match;
  return `${day}/${month}/${year}`;
}

/** dd/MM/yyyy HH:mm in local time, for audit timestamps. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${pad2(date.getDate())}/${pad2(date.getMonth() + 1)}/${date.getFullYear()} ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

/** Parses dd/MM/yyyy (also d/M/yyyy) into yyyy-MM-dd; null when it is not a real calendar date. */
export function parseDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  // Years 0-99 were never accepted (Date.UTC reads them as 1900-1999); the calendar is the Gregorian one.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Today's date as yyyy-MM-dd in local time. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}
