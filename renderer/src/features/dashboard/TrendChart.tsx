import '@mantine/charts/styles.css';

import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import type { TargetTrend } from '@shared/domain/targets';
import { formatFigure } from '@shared/format/number';

import { dashboardText } from './text';

const { targets: text } = dashboardText;

interface Props {
  trend: TargetTrend | undefined;
  year: number;
  /** For shares: values are percents. */
  unit?: string;
}

/** The target's value each year of the period, with its goal and the chosen year marked. */
export function TrendChart({ trend, year, unit }: Props) {
  if (!trend || trend.points.every((p) => p.value === null)) {
    return (
      <Text size="xs" c="dimmed" h={110} pt="xl" ta="center">
        {text.noTrend}
      </Text>
    );
  }
  const data = trend.points.map((p) => ({ year: String(p.year), value: p.value }));
  return (
    <LineChart
      h={110}
      data={data}
      dataKey="year"
      series={[{ name: 'value', label: text.trendValue, color: 'blue.6' }]}
      curveType="linear"
      connectNulls={false}
      gridAxis="x"
      tickLine="none"
      unit={unit}
      valueFormatter={formatFigure}
      yAxisProps={{
        width: 40,
        domain: [0, 'auto'],
        allowDecimals: trend.points.some((p) => p.value !== null && !Number.isInteger(p.value)),
      }}
      referenceLines={[
        { x: String(year), color: 'blue.3', strokeDasharray: '4 3' },
        ...(trend.goal === null ? [] : [{ y: trend.goal, color: 'red.6', label: text.trendGoal, ifOverflow: 'extendDomain' as const }]),
      ]}
      role="img"
      aria-label={`${text.trend}: ${trend.label}`}
    />
  );
}
