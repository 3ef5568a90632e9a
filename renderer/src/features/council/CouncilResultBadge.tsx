import { Badge, Tooltip } from '@mantine/core';
import type { NominationCouncilResult } from '@shared/domain/council';
import { formatDate } from '@shared/format/date';
import { useMemo } from 'react';

import { useCall } from '../../api/use-call';
import { councilText } from './text';

// Badges keep their words whole (Mantine would cut them with an ellipsis in narrow columns).
const WHOLE = { label: { overflow: 'visible', textOverflow: 'clip' } } as const;

/**
 * The council's latest result of each nomination asked for, by nomination id. The vote is the source of truth
 * for decisions (they take nominations whose latest result passed), so the dossier keeps its status and shows this.
 */
export function useCouncilResults(nominationIds: readonly number[], enabled = true): ReadonlyMap<number, NominationCouncilResult> {
  const results = useCall('sessions.results', { nominationIds: [...nominationIds] }, enabled && nominationIds.length > 0);
  return useMemo(() => new Map((results.data ?? []).map((r) => [r.nominationId, r])), [results.data]);
}

/** "Hội đồng: đạt / không đạt", the explanation and session date on hover. */
export function CouncilResultBadge({ result }: { result: NominationCouncilResult | undefined }) {
  if (!result) return null;
  return (
    <Tooltip label={`${formatDate(result.sessionDate)}: ${result.explanation}`} multiline w={320}>
      <Badge
        color={result.passed ? 'green.9' : 'red.9'}
        variant="outline"
        styles={WHOLE}
        aria-label={`${councilText.result.badge(result.passed)}: ${result.explanation}`}
      >
        {councilText.result.badge(result.passed)}
      </Badge>
    </Tooltip>
  );
}
