import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { DashboardSummary } from '@shared/domain/targets';
import { formatNumber } from '@shared/format/number';
import type { ReactNode } from 'react';

import { FigureButton } from './FigureButton';
import { formatAverage } from './figures';
import { dashboardText } from './text';
import type { ShowUnits, UnitList } from './units-list';

const { stats: text, ofYear } = dashboardText;

function Stat({
  label,
  hint,
  list,
  onShow,
  children,
}: {
  label: string;
  hint: string;
  list: UnitList;
  onShow: ShowUnits;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" fw={600} lh={1.3} mih="2.6em">
        {label}
      </Text>
      <FigureButton list={list} onShow={onShow} fz="1.6rem" fw={700}>
        {children}
      </FigureButton>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

/** The year's headline commune figures: NTM communes, average criteria, under the threshold, no gain, missing. */
export function SummaryStats({ summary, onShow }: { summary: DashboardSummary; onShow: ShowUnits }) {
  const { communes, underThreshold, noGain, noPreviousRecord, baseline, year } = summary;
  const threshold = underThreshold.threshold;
  // Without any criteria record "0 communes under 15" would read as good news: show a dash instead.
  const counted = communes.recordedCount > 0;
  // "No gain" is judged only against last year's record; without any, it is unknown, not zero.
  const gainJudged = communes.recordedCount > noPreviousRecord.total;
  const decided = baseline.recognitions > 0;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
      <Stat
        label={text.ntm}
        hint={decided ? text.ntmHint : text.ntmNoDecisions}
        list={{ title: ofYear(text.ntm, year), source: { kind: 'ntm' }, total: communes.ntmCount }}
        onShow={onShow}
      >
        {decided ? `${formatNumber(communes.ntmCount)}/${formatNumber(communes.total)}` : text.none}
      </Stat>
      <Stat
        label={text.average}
        hint={text.averageHint(formatNumber(communes.recordedCount))}
        list={{ title: ofYear(text.average, year), source: { kind: 'recorded' }, total: communes.recordedCount }}
        onShow={onShow}
      >
        {communes.averageCriteria === null ? text.none : formatAverage(communes.averageCriteria)}
      </Stat>
      <Stat
        label={text.under(threshold)}
        hint={text.underHint}
        list={{ title: ofYear(text.under(threshold), year), source: { kind: 'under' }, total: underThreshold.total }}
        onShow={onShow}
      >
        {counted ? formatNumber(underThreshold.total) : text.none}
      </Stat>
      <Stat
        label={text.noGain}
        hint={noPreviousRecord.total > 0 ? text.noGainHintMissing(formatNumber(noPreviousRecord.total)) : text.noGainHint}
        list={{ title: ofYear(text.noGain, year), source: { kind: 'no-gain' }, total: noGain.total, withPrevious: true }}
        onShow={onShow}
      >
        {gainJudged ? formatNumber(noGain.total) : text.none}
      </Stat>
      <Stat
        label={text.missing}
        hint={text.missingHint}
        list={{ title: ofYear(text.missing, year), source: { kind: 'missing' }, total: communes.missingCount }}
        onShow={onShow}
      >
        {formatNumber(communes.missingCount)}
      </Stat>
    </SimpleGrid>
  );
}
