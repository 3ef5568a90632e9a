import { Badge, Button, Group, Paper, Popover, Stack, Text } from '@mantine/core';
import type { Target, TargetFigure, TargetStatus, TargetTrend } from '@shared/domain/targets';
import { formatNumber } from '@shared/format/number';
import { formatFigure } from '@shared/format/number';
import { TARGET_STATUS_LABELS } from '@shared/text/movements-text';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

import { FigureButton } from './FigureButton';
import { withUnit } from './figures';
import { dashboardText } from './text';
import { TrendChart } from './TrendChart';
import type { ShowUnits } from './units-list';

const { targets: text, nouns } = dashboardText;

export const STATUS_COLORS: Record<TargetStatus, string> = {
  met: 'green',
  'not-yet': 'yellow',
  'at-risk': 'red',
  'no-data': 'gray',
  tracking: 'blue',
};

interface Props {
  evaluation: TargetFigure;
  target: Target | undefined;
  trend: TargetTrend | undefined;
  endYear: number;
  onShow: ShowUnits;
}

function nounOf(target: Target | undefined): string {
  if (!target || target.definition.metric === 'income-ratio') return '';
  if (target.definition.metric === 'min-criteria') return nouns.criteria;
  return nouns[target.definition.units.kind];
}

/** The headline figure and the line under it, by how the target is computed. */
function Result({ evaluation: e, target, onShow }: { evaluation: TargetFigure; target: Target | undefined; onShow: ShowUnits }) {
  const list = {
    title: text.drawerTitle(e.code, e.year),
    description: e.label,
    source: { kind: 'target', targetId: e.targetId } as const,
    total: e.unitCount,
  };
  if (e.value === null) {
    return (
      <Text fz="xl" fw={600} c="dimmed">
        {text.noValue}
      </Text>
    );
  }
  const metric = target?.definition.metric;
  const noun = nounOf(target);
  const big = (children: ReactNode, detail?: ReactNode) => (
    <Stack gap={0}>
      <Group gap={6} align="baseline" wrap="nowrap">
        {children}
      </Group>
      {detail && (
        <Text size="sm" c="dimmed">
          {detail}
        </Text>
      )}
    </Stack>
  );
  if (metric === 'level-count' && e.numerator !== null && e.denominator !== null) {
    return big(
      <>
        <FigureButton list={list} onShow={onShow} fz="1.75rem" fw={700}>
          {`${formatNumber(e.numerator)}/${formatNumber(e.denominator)}`}
        </FigureButton>
        <Text c="dimmed">{noun}</Text>
      </>,
    );
  }
  if (metric === 'level-share' && e.numerator !== null && e.denominator !== null) {
    return big(
      <FigureButton list={list} onShow={onShow} fz="1.75rem" fw={700}>
        {`${formatFigure(e.value)}%`}
      </FigureButton>,
      text.share(formatNumber(e.numerator), formatNumber(e.denominator), noun),
    );
  }
  if (metric === 'min-criteria' && target) {
    const goal = target.goal === null ? '' : formatFigure(target.goal);
    return big(
      <>
        <Text fz="1.75rem" fw={700}>
          {formatFigure(e.value)}
        </Text>
        <Text c="dimmed">{text.lowest}</Text>
      </>,
      target.goal !== null && e.numerator !== null ? (
        <>
          <FigureButton list={list} onShow={onShow} fw={600}>
            {formatNumber(e.numerator)}
          </FigureButton>{' '}
          {text.below(goal)}
        </>
      ) : undefined,
    );
  }
  if (metric === 'criteria-gain' && target?.definition.metric === 'criteria-gain') {
    return big(
      <>
        <FigureButton list={list} onShow={onShow} fz="1.75rem" fw={700}>
          {formatNumber(e.value)}
        </FigureButton>
        <Text c="dimmed">{noun}</Text>
      </>,
      `${text.gain(target.definition.minGain)}, ${text.considered(formatNumber(e.denominator ?? 0))}`,
    );
  }
  if (metric === 'income-ratio') {
    return big(
      <Text fz="1.75rem" fw={700}>
        {withUnit(formatFigure(e.value), text.times)}
      </Text>,
      e.numerator !== null && e.denominator !== null ? text.income(formatFigure(e.numerator), formatFigure(e.denominator)) : undefined,
    );
  }
  return big(
    <FigureButton list={list} onShow={onShow} fz="1.75rem" fw={700}>
      {formatFigure(e.value)}
    </FigureButton>,
  );
}

function goalText(e: TargetFigure, unit: string): string {
  if (e.goal === null) return text.noGoal;
  return `${e.direction === 'at-most' ? text.atMost : text.atLeast} ${withUnit(formatFigure(e.goal), unit)}`;
}

function Projection({
  evaluation: e,
  target,
  endYear,
  unit,
}: {
  evaluation: TargetFigure;
  target?: Target;
  endYear: number;
  unit: string;
}) {
  const yearly = target?.definition.metric === 'criteria-gain';
  return (
    <Group gap={6} justify="space-between" wrap="wrap">
      <Text size="sm">
        <Text span c="dimmed" size="sm">
          {text.projection(endYear)}
        </Text>{' '}
        {yearly ? (
          <Text span size="sm" c="dimmed" fs="italic">
            {text.yearlyTarget}
          </Text>
        ) : e.projection === null ? (
          <Text span size="sm" c="dimmed" fs="italic">
            {text.noProjection}
          </Text>
        ) : (
          <Text span size="sm" fw={600}>
            {withUnit(formatFigure(e.projection), unit)}
          </Text>
        )}
      </Text>
      <Popover width={420} position="bottom-end" withArrow shadow="md">
        <Popover.Target>
          <Button variant="subtle" size="compact-xs" leftSection={<IconInfoCircle size={14} />} style={{ flexShrink: 0 }}>
            {text.method}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Text size="sm" fw={600} mb={4}>
            {text.methodTitle}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {e.method}
          </Text>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}

/** One target: label, result vs goal, status, parts, projection to the end of the period and the trend. */
export function TargetCard({ evaluation: e, target, trend, endYear, onShow }: Props) {
  const metric = target?.definition.metric;
  const unit = metric === 'level-share' ? '%' : metric === 'income-ratio' ? text.times : nounOf(target);
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={text.code(e.code)}>
      <Stack gap="xs" h="100%">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {text.code(e.code)}
          </Text>
          <Badge color={STATUS_COLORS[e.status]} variant="light" style={{ flexShrink: 0 }}>
            {TARGET_STATUS_LABELS[e.status]}
          </Badge>
        </Group>
        <Text size="sm" fw={500} lineClamp={3} title={e.label} mih="3.9em">
          {e.label}
        </Text>
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <Result evaluation={e} target={target} onShow={onShow} />
          <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
            <Text size="xs" c="dimmed">
              {text.goal}
            </Text>
            <Text size="sm" fw={600}>
              {goalText(e, unit)}
            </Text>
          </Stack>
        </Group>
        {e.parts.map((part, index) => (
          <Group key={part.label} gap="xs" wrap="nowrap" align="center">
            <Text size="sm" c="dimmed" style={{ flex: 1 }} lh={1.3}>
              {part.label}
            </Text>
            <Text size="sm" style={{ flexShrink: 0 }}>
              <FigureButton
                list={{
                  title: text.drawerTitle(e.code, e.year),
                  description: part.label,
                  source: { kind: 'target', targetId: e.targetId, part: index },
                  total: part.unitCount,
                }}
                onShow={onShow}
                fw={600}
              >
                {part.value === null ? '—' : formatFigure(part.value)}
              </FigureButton>
              {`/${formatFigure(part.goal)}`}
            </Text>
            <Badge size="sm" color={STATUS_COLORS[part.status]} variant="dot" style={{ flexShrink: 0 }}>
              {TARGET_STATUS_LABELS[part.status]}
            </Badge>
          </Group>
        ))}
        <Projection evaluation={e} target={target} endYear={endYear} unit={unit} />
        <div style={{ marginTop: 'auto' }}>
          <TrendChart trend={trend} year={e.year} unit={metric === 'level-share' ? '%' : undefined} />
        </div>
      </Stack>
    </Paper>
  );
}
