import { Badge } from '@mantine/core';
import {
  ELIGIBILITY_LABELS,
  type EligibilityStatus,
  NOMINATION_STATUS_LABELS,
  type NominationStatus,
  ROUND_STATUS_LABELS,
  type RoundStatus,
} from '@shared/domain/nominations';

// Badges keep their words whole (Mantine would cut them with an ellipsis in narrow columns).
const WHOLE = { label: { overflow: 'visible', textOverflow: 'clip' } } as const;

const STATUS_COLORS: Record<NominationStatus, string> = {
  draft: 'gray',
  received: 'blue',
  'needs-supplement': 'orange',
  complete: 'teal',
  submitted: 'green',
};
// Dark shades: an outline badge sits on striped rows and must keep its contrast there.
const ELIGIBILITY_COLORS: Record<EligibilityStatus, string> = { eligible: 'green.9', 'not-eligible': 'red.9', unknown: 'gray.7' };

export function NominationStatusBadge({ status }: { status: NominationStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" styles={WHOLE}>
      {NOMINATION_STATUS_LABELS[status]}
    </Badge>
  );
}

export function EligibilityBadge({ status }: { status: EligibilityStatus }) {
  return (
    <Badge color={ELIGIBILITY_COLORS[status]} variant="outline" styles={WHOLE}>
      {ELIGIBILITY_LABELS[status]}
    </Badge>
  );
}

export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  return (
    <Badge color={status === 'open' ? 'blue' : 'gray'} variant="light" styles={WHOLE}>
      {ROUND_STATUS_LABELS[status]}
    </Badge>
  );
}
