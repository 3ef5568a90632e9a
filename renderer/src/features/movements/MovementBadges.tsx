import { Badge } from '@mantine/core';
import type { MovementKind, MovementStatus } from '@shared/domain/movements';
import { MOVEMENT_KIND_LABELS, MOVEMENT_STATUS_LABELS } from '@shared/text/movements-text';

// Badges ellipsize by default; in narrow table columns they must keep their whole text instead.
export const WHOLE = { root: { overflow: 'visible' }, label: { overflow: 'visible' } } as const;

const STATUS_COLORS: Record<MovementStatus, string> = { planned: 'gray', active: 'green', finished: 'blue', suspended: 'orange' };

/** The movement's status, coloured. */
export function StatusBadge({ status }: { status: MovementStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} styles={WHOLE}>
      {MOVEMENT_STATUS_LABELS[status]}
    </Badge>
  );
}

/** Regular or thematic. */
export function KindBadge({ kind }: { kind: MovementKind }) {
  return (
    <Badge variant="outline" color={kind === 'thematic' ? 'grape' : 'cyan'} styles={WHOLE}>
      {MOVEMENT_KIND_LABELS[kind]}
    </Badge>
  );
}
