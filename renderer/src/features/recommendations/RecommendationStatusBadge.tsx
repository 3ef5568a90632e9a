import { Badge } from '@mantine/core';
import { type Recommendation, RECOMMENDATION_STATUS_LABELS } from '@shared/domain/inspections';

const COLORS = { open: 'gray', 'in-progress': 'blue', done: 'green', overdue: 'red' } as const;

/** The stored status, or "Quá hạn" when the deadline passed before it was done. */
export function RecommendationStatusBadge({ recommendation }: { recommendation: Pick<Recommendation, 'status' | 'overdue'> }) {
  const shown = recommendation.overdue ? 'overdue' : recommendation.status;
  return (
    <Badge color={COLORS[shown]} variant={shown === 'overdue' ? 'filled' : 'light'} style={{ flexShrink: 0 }}>
      {RECOMMENDATION_STATUS_LABELS[shown]}
    </Badge>
  );
}
