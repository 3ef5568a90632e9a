import type { CriterionResult } from '@shared/domain/agencies';
import { formatFigure, formatNumber } from '@shared/format/number';

/** "55/85". */
export const metOf = (c: Pick<CriterionResult, 'met' | 'recorded'>) => `${formatNumber(c.met)}/${formatNumber(c.recorded)}`;
/** "64,7%", or '' without records. */
export const shareText = (share: number | null) => (share === null ? '' : `${formatFigure(share)}%`);
/** "+3", "-1", "0", or null when last year has no record. */
export function changeText(c: Pick<CriterionResult, 'met' | 'previousMet'>): string | null {
  if (c.previousMet === null) return null;
  const change = c.met - c.previousMet;
  return change > 0 ? `+${formatNumber(change)}` : change < 0 ? `-${formatNumber(-change)}` : '0';
}
