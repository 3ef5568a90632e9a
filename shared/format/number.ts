/** Vietnamese number format: dot thousands separator, comma decimals (1.234.567; 15,88). */

// Whole numbers are grouped here; decimals go through Intl, made on first use (loading ICU's number
// data at import cost the app's start ~10 ms) and kept per number of decimals.
const formats = new Map<number, Intl.NumberFormat>();

/** de-DE uses the same separators as Vietnamese documents and is present in every ICU build. */
function formatWith(decimals: number): Intl.NumberFormat {
  let format = formats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('de-DE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formats.set(decimals, format);
  }
  return format;
}

/** 1234567 -> "1.234.567", -2500 -> "-2.500". */
function groupWhole(value: number): string {
  const digits = String(Math.abs(value));
  // Beyond 2^53 String() may use an exponent; Intl prints those as digits.
  if (!/^\d+$/u.test(digits)) return formatWith(0).format(value);
  const grouped = digits.replace(/\B(?=(\d{3})+$)/gu, '.');
  return value < 0 ? `-${grouped}` : grouped;
}

/** 1234567 -> "1.234.567"; with decimals, a fixed count after the comma: (15.875, 2) -> "15,88". */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '';
  if (decimals === 0) return groupWhole(Math.round(value));
  return formatWith(decimals).format(value);
}

/** A figure as users read it: 35, 1.234, 15,88, 12,5 (at most two decimals, no trailing zeros). */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return formatNumber(value);
  return formatNumber(value, 2).replace(/,?0+$/u, '');
}
