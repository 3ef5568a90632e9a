import { type Budget, comparedValue, type Verdict, verdict } from './stats';

export type Scale = 'province' | 'national';

/** One measured figure: its value (a median or p95), the baseline measured in the same run and the budget it must hold. */
export interface Figure {
  id: string;
  label: string;
  scale: Scale;
  value: number;
  unit: 'ms' | 'bytes' | 'rows/s';
  baseline?: number;
  baselineLabel?: string;
  budget?: Budget;
  budgetText?: string;
  /** value / baseline for ratio budgets. */
  compared?: number;
  verdict: Verdict;
  note?: string;
}

export function figure(input: Omit<Figure, 'verdict' | 'compared'>): Figure {
  const compared = input.budget?.ratio ? comparedValue(input.value, input.baseline, input.budget) : undefined;
  return { ...input, compared, verdict: verdict(input.value, input.baseline, input.budget) };
}

/** A figure that could not be measured: it fails its budget, with the reason. */
export function failed(input: Omit<Figure, 'verdict' | 'value'>, error: unknown): Figure {
  const message = error instanceof Error ? error.message : String(error);
  return { ...input, value: Number.NaN, verdict: input.budget ? 'FAIL' : 'INFO', note: `không đo được: ${message.slice(0, 200)}` };
}
