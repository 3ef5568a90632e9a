/**
 * Dates as administrative documents write them (Decree 30/2020, Appendix I): "ngày 05 tháng 12 năm 2026".
 * Days under 10 and the months 1 and 2 take a leading zero; months 3 to 12 do not ("ngày 28 tháng 6 năm 2022").
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Blank kept for a day or month left for the office to fill in on a draft. */
export const DATE_BLANK = '      ';

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Splits a real calendar date yyyy-MM-dd; null for anything else (2026-02-30 included). */
export function isoDateParts(iso: string): DateParts | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { year, month, day };
}

function mustParse(iso: string): DateParts {
  const parts = isoDateParts(iso);
  if (!parts) throw new RangeError(`not a calendar date (yyyy-MM-dd): ${iso}`);
  return parts;
}

/** "05" for 5; "28" for 28. */
export function documentDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** "01" and "02" for January and February (the decree's rule), otherwise the plain number: "6", "12". */
export function documentMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** "ngày 05 tháng 12 năm 2026". */
export function dateWords(iso: string): string {
  const { year, month, day } = mustParse(iso);
  return `ngày ${documentDay(day)} tháng ${documentMonth(month)} năm ${year}`;
}

/** "Kon Tum, ngày 05 tháng 12 năm 2026": the place and date line of page 1. */
export function dateLine(place: string, iso: string): string {
  return `${place.normalize('NFC').trim()}, ${dateWords(iso)}`;
}

/** A draft's date line with day and month left blank: "Kon Tum, ngày      tháng      năm 2026". */
export function draftDateLine(place: string, year: number): string {
  return `${place.normalize('NFC').trim()}, ngày${DATE_BLANK}tháng${DATE_BLANK}năm ${year}`;
}
