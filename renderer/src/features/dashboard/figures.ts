import type { MovementListItem } from '@shared/domain/movements';
import { formatNumber } from '@shared/format/number';

/** An average with exactly two decimals, as the plan reports it ("15,88"). */
export function formatAverage(value: number): string {
  return formatNumber(value, 2);
}

/** The movement the dashboard opens on: the first active one (the seed plan), else the first. */
export function defaultMovement(movements: MovementListItem[]): MovementListItem | undefined {
  return movements.find((m) => m.status === 'active') ?? movements[0];
}
