/** Vietnamese number format: dot thousands separator, comma decimals (1.234.567; 15,88). */

// Numbers are formatted here, not by Intl: the first Intl.NumberFormat of a page loads ICU's number data,
// 40-70 ms in Chromium on the slower office machines, paid by the first screen that shows a decimal (the
// dashboard). Intl stays for what the digits here cannot print exactly (exponents, beyond 2^53), made on
// first use and kept per number of decimals.
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

/**
 * (15.875, 2) -> "15,88", as Intl prints it: rounded half away from zero on the number as written (its
 * shortest decimal form: 1.005 is "1.005", not the binary neighbour just below it), grouped, comma decimals.
 */
function withDecimals(value: number, decimals: number): string {
  const written = String(Math.abs(value));
  // "1.005e2" is read as the decimal 100.5 exactly, so rounding it is rounding the digits as written.
  const scaled = written.includes('e') ? Number.NaN : Math.round(Number(`${written}e${decimals}`));
  if (!Number.isSafeInteger(scaled)) return formatWith(decimals).format(value);
  const digits = String(scaled).padStart(decimals + 1, '0');
  const whole = groupWhole(Number(digits.slice(0, -decimals)));
  return `${value < 0 ? '-' : ''}${whole},${digits.slice(-decimals)}`;
}

/** 1234567 -> "1.234.567"; with decimals, a fixed count after the comma: (15.875, 2) -> "15,88". */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '';
  if (decimals === 0) return groupWhole(Math.round(value));
  return withDecimals(value, decimals);
}

/** A figure as users read it: 35, 1.234, 15,88, 12,5 (at most two decimals, no trailing zeros). */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return formatNumber(value);
  return formatNumber(value, 2).replace(/,?0+$/u, '');
}
