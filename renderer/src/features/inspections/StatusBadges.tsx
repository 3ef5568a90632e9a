import { Badge } from '@mantine/core';
import { INSPECTION_STATUS_LABELS, type InspectionStatus, VISIT_STATUS_LABELS, type VisitStatus } from '@shared/domain/inspections';

// Badges keep their words whole (Mantine would cut them with an ellipsis in narrow columns).
const WHOLE = { label: { overflow: 'visible', textOverflow: 'clip' } } as const;

const ROUND_COLORS: Record<InspectionStatus, string> = { planned: 'gray', 'in-progress': 'blue', done: 'green' };
const VISIT_COLORS: Record<VisitStatus, string> = {
  planned: 'gray',
  'in-progress': 'blue',
  results: 'cyan',
  signed: 'teal',
  done: 'green',
};

export function RoundStatusBadge({ status }: { status: InspectionStatus }) {
  return (
    <Badge color={ROUND_COLORS[status]} variant="light" styles={WHOLE}>
      {INSPECTION_STATUS_LABELS[status]}
    </Badge>
  );
}

export function VisitStatusBadge({ status }: { status: VisitStatus }) {
  return (
    <Badge color={VISIT_COLORS[status]} variant="light" styles={WHOLE}>
      {VISIT_STATUS_LABELS[status]}
    </Badge>
  );
}
