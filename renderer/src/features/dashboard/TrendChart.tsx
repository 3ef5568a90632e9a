import { Text } from '@mantine/core';
import type { TargetTrend } from '@shared/domain/targets';
import { formatFigure } from '@shared/format/number';
import { type CSSProperties, useState } from 'react';

import { withUnit } from './figures';
import { dashboardText } from './text';
import { across, fromTop, lineRuns, trendScale } from './trend-scale';

const { targets: text } = dashboardText;

interface Props {
  trend: TargetTrend | undefined;
  year: number;
  /** For shares: values are percents. */
  unit?: string;
}

const HEIGHT = 110;
/** The plot's margins inside the chart, in pixels: the value labels on the left, the years below. */
const PLOT = { top: 10, right: 16, bottom: 22, left: 44 };
const plotHeight = `(100% - ${PLOT.top + PLOT.bottom}px)`;
const plotWidth = `(100% - ${PLOT.left + PLOT.right}px)`;
/** A CSS length at a fraction of the plot's height from its top, or of its width from its left. */
const atHeight = (fraction: number) => `calc(${PLOT.top}px + ${plotHeight} * ${fraction})`;
const atWidth = (fraction: number) => `calc(${PLOT.left}px + ${plotWidth} * ${fraction})`;

const COLORS = {
  line: 'var(--mantine-color-blue-6)',
  year: 'var(--mantine-color-blue-3)',
  goal: 'var(--mantine-color-red-6)',
  // Small text in red.6 reads at 3,3:1 on white: the goal's words take a darker red (AA).
  goalText: 'var(--mantine-color-red-9)',
  grid: 'var(--mantine-color-gray-3)',
  axis: 'var(--mantine-color-gray-4)',
};
const label: CSSProperties = {
  position: 'absolute',
  fontSize: 11,
  lineHeight: '14px',
  color: 'var(--mantine-color-dimmed)',
  whiteSpace: 'nowrap',
  pointerEvents: 'none',
};
// Lines keep their width and dashes however the plot's box stretches the drawing.
const fixedStroke = { vectorEffect: 'non-scaling-stroke' } as const;

/**
 * The target's value each year of the period, with its goal and the chosen year marked. Drawn as SVG
 * in a 100 x 100 box stretched over the plot, labels as text around it: it fits any card's width
 * without measuring it, and costs a few elements where a charts library cost a quarter of the first
 * screen's code. A reader gets every value from its label; a pointer, from the year under it.
 */
export function TrendChart({ trend, year, unit }: Props) {
  const [hovered, setHovered] = useState<number | null>(null);
  if (!trend || trend.points.every((p) => p.value === null)) {
    return (
      <Text size="xs" c="dimmed" h={HEIGHT} pt="xl" ta="center">
        {text.noTrend}
      </Text>
    );
  }
  const { points, goal } = trend;
  const scale = trendScale(points, goal);
  const show = (value: number | null) => (value === null ? text.noValue : withUnit(formatFigure(value), unit));
  const x = (index: number) => 100 * across(index, points.length);
  const y = (value: number) => 100 * fromTop(value, scale);
  const yearIndex = points.findIndex((p) => p.year === year);
  const description = [
    ...points.map((p) => `${p.year}: ${show(p.value)}`),
    ...(goal === null ? [] : [`${text.trendGoal}: ${show(goal)}`]),
  ].join('; ');
  const tip = hovered === null ? null : points[hovered];
  return (
    <div role="img" aria-label={`${text.trend}: ${trend.label}. ${description}`} style={{ position: 'relative', height: HEIGHT }}>
      {scale.ticks.map((tick) => (
        <span
          key={tick}
          style={{ ...label, right: `calc(100% - ${PLOT.left - 6}px)`, top: atHeight(fromTop(tick, scale)), transform: 'translateY(-50%)' }}
        >
          {withUnit(formatFigure(tick), unit)}
        </span>
      ))}
      {points.map((point, index) => (
        <span key={point.year} style={{ ...label, left: atWidth(across(index, points.length)), bottom: 2, transform: 'translateX(-50%)' }}>
          {point.year}
        </span>
      ))}
      <svg
        aria-hidden
        viewBox="0 0 100 100"
        preserveAspectRatio="none"
        overflow="visible"
        style={{ position: 'absolute', top: PLOT.top, left: PLOT.left, width: `calc${plotWidth}`, height: `calc${plotHeight}` }}
      >
        {scale.ticks.map((tick) => (
          <line
            key={tick}
            x1={0}
            x2={100}
            y1={y(tick)}
            y2={y(tick)}
            stroke={tick === 0 ? COLORS.axis : COLORS.grid}
            strokeDasharray={tick === 0 ? undefined : '3 3'}
            {...fixedStroke}
          />
        ))}
        {yearIndex >= 0 && (
          <line x1={x(yearIndex)} x2={x(yearIndex)} y1={0} y2={100} stroke={COLORS.year} strokeDasharray="4 3" {...fixedStroke} />
        )}
        {goal !== null && <line x1={0} x2={100} y1={y(goal)} y2={y(goal)} stroke={COLORS.goal} {...fixedStroke} />}
        {lineRuns(points).map((run) => (
          <polyline
            key={run[0].index}
            points={run.map((p) => `${x(p.index)},${y(p.value)}`).join(' ')}
            fill="none"
            stroke={COLORS.line}
            strokeWidth={2}
            strokeLinejoin="round"
            {...fixedStroke}
          />
        ))}
        {/* A dot is a line of no length with round ends: it stays round when the box stretches. */}
        {points.map((point, index) =>
          point.value === null ? null : (
            <line
              key={point.year}
              data-year={point.year}
              x1={x(index)}
              x2={x(index)}
              y1={y(point.value)}
              y2={y(point.value)}
              stroke={COLORS.line}
              strokeWidth={hovered === index ? 9 : 6}
              strokeLinecap="round"
              {...fixedStroke}
            />
          ),
        )}
      </svg>
      {goal !== null && (
        <span
          style={{
            ...label,
            color: COLORS.goalText,
            left: PLOT.left + 4,
            top: atHeight(fromTop(goal, scale)),
            transform: 'translateY(-100%)',
          }}
        >
          {text.trendGoal}
        </span>
      )}
      {/* One band per year takes the pointer, so a reader need not aim at the dot. */}
      {points.map((point, index) => (
        <div
          key={point.year}
          data-testid={`trend-year-${point.year}`}
          onMouseEnter={() => setHovered(index)}
          onMouseLeave={() => setHovered((current) => (current === index ? null : current))}
          style={{
            position: 'absolute',
            top: PLOT.top,
            bottom: PLOT.bottom,
            left: atWidth(across(index, points.length) - 0.5 / Math.max(points.length - 1, 1)),
            width: `calc(${plotWidth} / ${Math.max(points.length - 1, 1)})`,
          }}
        />
      ))}
      {tip && hovered !== null && (
        <div
          role="tooltip"
          style={{
            position: 'absolute',
            zIndex: 1,
            left: atWidth(across(hovered, points.length)),
            top: 0,
            transform: `translateX(${hovered < points.length / 2 ? '8px' : 'calc(-100% - 8px)'})`,
            padding: '4px 8px',
            background: 'var(--mantine-color-body)',
            border: '1px solid var(--mantine-color-gray-3)',
            borderRadius: 'var(--mantine-radius-sm)',
            boxShadow: 'var(--mantine-shadow-sm)',
            fontSize: 12,
            whiteSpace: 'nowrap',
            pointerEvents: 'none',
          }}
        >
          <div style={{ fontWeight: 600 }}>{tip.year}</div>
          <div>
            {text.trendValue}: {show(tip.value)}
          </div>
          {goal !== null && (
            <div style={{ color: COLORS.goalText }}>
              {text.trendGoal}: {show(goal)}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
