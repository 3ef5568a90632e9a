/** Vietnamese number format: dot thousands separator, comma decimals (1.234.567; 15,88). */

const integerFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });

/** 1234567 -> "1.234.567"; with decimals, a fixed count after the comma: (15.875, 2) -> "15,88". */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '';
  if (decimals === 0) return integerFormat.format(Math.round(value));
  // de-DE uses the same separators as Vietnamese documents and is present in every ICU build.
  return new Intl.NumberFormat('de-DE', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** A figure as users read it: 35, 1.234, 15,88, 12,5 (at most two decimals, no trailing zeros). */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return formatNumber(value);
  return formatNumber(value, 2).replace(/,?0+$/u, '');
}
