import { formatNumber } from '@shared/format/number';

/** An average with exactly two decimals, as the plan reports it ("15,88"). */
export function formatAverage(value: number): string {
  return formatNumber(value, 2);
}
