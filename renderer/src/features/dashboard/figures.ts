import { formatNumber } from '@shared/format/number';

/** A figure with its unit: "45%" for percents, "3 lần" for a word, the figure alone without one. */
export function withUnit(value: string, unit: string | undefined): string {
  return unit === '%' ? `${value}%` : unit ? `${value} ${unit}` : value;
}

/** An average with exactly two decimals, as the plan reports it ("15,88"). */
export function formatAverage(value: number): string {
  return formatNumber(value, 2);
}
