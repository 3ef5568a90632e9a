import { Alert, Anchor, Center, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { DashboardSummary, Target, TargetTrend } from '@shared/domain/targets';
import { formatNumber } from '@shared/format/number';
import { IconChecklist } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import { useCall } from '../../api/use-call';
import { LoadError } from '../../components/LoadError';
import { usePrintDocument } from '../documents/use-print-document';
import { OverdueRecommendationsCard } from '../recommendations/OverdueRecommendationsCard';
import { BaselineChecklist, missingBaseline } from './BaselineChecklist';
import { CommuneSection } from './CommuneSection';
import { DashboardControls } from './DashboardControls';
import { DistrictTable } from './DistrictTable';
import { OverdueTable } from './OverdueTable';
import { SummaryStats } from './SummaryStats';
import { TargetCard } from './TargetCard';
import { dashboardText as text } from './text';
import type { UnitList } from './units-list';
import { UnitsDrawer } from './UnitsDrawer';
import { useDashboardParams } from './use-dashboard-params';

/**
 * Nothing to judge the year by: no criteria record that year and no recognition up to it (a new
 * database). Figures such as "0/85 communes NTM" would then read as results, so none are shown.
 */
function isEmpty(summary: DashboardSummary): boolean {
  return summary.baseline.criteriaRecords === 0 && summary.baseline.recognitions === 0;
}

/** Tổng quan: the chosen movement's targets for a year, commune figures, districts, overdue documents. */
export function DashboardPage() {
  const movements = useCall('movements.list', {});
  const params = useDashboardParams(movements.data);
  const movement = params.movement;
  const movementId = movement?.id ?? 0;
  const targets = useCall('targets.list', { movementId }, movement !== undefined);
  const trend = useCall('targets.trend', { movementId }, movement !== undefined);
  // Answers for a movement chosen before are ignored until the new one's arrive.
  const ownTargets = targets.data?.every((t) => t.movementId === movementId) ? targets.data : undefined;
  const ownTrend = ownTargets && !targets.loading && !trend.loading ? trend.data : undefined;
  // Without a year in the address the server answers for the year the dashboard opens on (the same rule,
  // defaultYear), so the summary is asked for beside the targets and the trend, not after them.
  const summary = useCall(
    'dashboard.summary',
    params.year === null ? { movementId } : { movementId, year: params.year },
    movement !== undefined,
  );
  const data = summary.data && summary.data.movementId === movementId ? summary.data : undefined;
  const year = params.year ?? data?.year ?? null;
  const [drawer, setDrawer] = useState<{ opened: boolean; list: UnitList | null }>({ opened: false, list: null });
  const show = (list: UnitList) => setDrawer({ opened: true, list });
  const print = usePrintDocument(
    'movement-report',
    { movementId, year: year ?? 0 },
    { title: text.controls.reportTitle(movement?.name ?? '', year ?? 0), entity: 'movement', entityId: movement?.id },
  );

  const error = movements.error ?? targets.error ?? trend.error ?? summary.error;
  if (error) {
    return (
      <LoadError
        title={text.loadFailed}
        message={error.message}
        onRetry={() => [movements, targets, trend, summary].forEach((c) => c.reload())}
      />
    );
  }
  if (movements.data && movements.data.length === 0) {
    return (
      <Stack gap="md">
        <Title order={2}>{text.title}</Title>
        <Alert color="blue" title={text.noMovement.title}>
          <Stack gap="xs" align="flex-start">
            {text.noMovement.body}
            <Anchor component={Link} to="/movements">
              {text.noMovement.link}
            </Anchor>
          </Stack>
        </Alert>
      </Stack>
    );
  }
  if (!movements.data || !movement) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2}>{text.title}</Title>
        <Text c="dimmed" size="sm">
          {movement.name} — {text.controls.period(movement.startYear, movement.endYear)}
        </Text>
      </Stack>
      <DashboardControls
        movements={movements.data}
        movement={movement}
        year={year}
        loading={summary.loading || trend.loading}
        onMovement={params.setMovement}
        onYear={params.setYear}
        onPrint={print.open}
        printing={print.loading}
      />
      {!data ? (
        <Center p="xl">
          <Loader />
        </Center>
      ) : (
        <Body summary={data} targets={ownTargets ?? []} trend={ownTrend ?? []} endYear={movement.endYear} onShow={show} />
      )}
      <OverdueRecommendationsCard />
      <UnitsDrawer
        opened={drawer.opened}
        list={drawer.list}
        movementId={movementId}
        year={data?.year ?? year ?? 0}
        onClose={() => setDrawer((current) => ({ ...current, opened: false }))}
      />
      {print.modal}
    </Stack>
  );
}

interface BodyProps {
  summary: DashboardSummary;
  targets: Target[];
  trend: TargetTrend[];
  endYear: number;
  onShow: (list: UnitList) => void;
}

function Body({ summary, targets, trend, endYear, onShow }: BodyProps) {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const trendById = new Map(trend.map((t) => [t.targetId, t]));
  const threshold = summary.underThreshold.threshold;
  const missing = missingBaseline(summary);

  if (isEmpty(summary)) {
    return (
      <>
        <Paper withBorder p="xl" radius="md">
          <Stack align="center" gap="xs" ta="center">
            <IconChecklist size={40} stroke={1.4} color="var(--mantine-color-gray-5)" />
            <Title order={3} size="h4">
              {text.empty.title(summary.year)}
            </Title>
            <Text c="gray.7" maw={620}>
              {text.empty.body}
            </Text>
            <BaselineChecklist missing={missingBaseline(summary)} />
          </Stack>
        </Paper>
        <OverdueTable items={summary.overdue} asOf={summary.asOf} movementId={summary.movementId} />
      </>
    );
  }

  return (
    <>
      {missing.length > 0 && (
        <Alert color="yellow" title={text.baseline.partialTitle}>
          <BaselineChecklist missing={missing} />
        </Alert>
      )}
      <SummaryStats summary={summary} onShow={onShow} />
      <Title order={3} size="h4" mt="xs">
        {text.targets.title}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
        {summary.targets.map((evaluation) => (
          <TargetCard
            key={evaluation.targetId}
            evaluation={evaluation}
            target={byId.get(evaluation.targetId)}
            trend={trendById.get(evaluation.targetId)}
            endYear={endYear}
            onShow={onShow}
          />
        ))}
      </SimpleGrid>
      {summary.communes.recordedCount > 0 && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <CommuneSection
            title={text.under.title(threshold)}
            empty={text.under.empty(threshold, summary.year)}
            list={summary.underThreshold}
            source="under"
            onShow={onShow}
          />
          <CommuneSection
            title={text.noGain.title}
            empty={text.noGain.empty(summary.year)}
            list={summary.noGain}
            source="no-gain"
            withPrevious
            note={
              summary.noPreviousRecord.total > 0 ? (
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() =>
                    onShow({
                      title: text.ofYear(text.noGain.noPreviousList, summary.year),
                      source: { kind: 'no-previous' },
                      total: summary.noPreviousRecord.total,
                    })
                  }
                >
                  {text.noGain.noPrevious(formatNumber(summary.noPreviousRecord.total))}
                </Anchor>
              ) : undefined
            }
            onShow={onShow}
          />
        </SimpleGrid>
      )}
      <DistrictTable summary={summary} onShow={onShow} />
      <OverdueTable items={summary.overdue} asOf={summary.asOf} movementId={summary.movementId} />
    </>
  );
}
