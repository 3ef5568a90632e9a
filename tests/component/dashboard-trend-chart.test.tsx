import type { TargetTrend } from '@shared/domain/targets';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { TrendChart } from '../../renderer/src/features/dashboard/TrendChart';
import { renderInApp } from '../support/render';

const trend = (values: (number | null)[], goal: number | null): TargetTrend => ({
  targetId: 3,
  code: '3',
  label: 'Có ít nhất 60 xã đạt chuẩn nông thôn mới',
  goal,
  points: values.map((value, i) => ({ year: 2021 + i, value })),
});

const chart = () => screen.getByRole('img', { name: /^Diễn biến theo năm: Có ít nhất 60 xã/ });
const dots = (container: HTMLElement) => [...container.querySelectorAll('line[data-year]')].map((dot) => dot.getAttribute('data-year'));

describe('the trend chart of a target card', () => {
  it('says every value and the goal in its label, in Vietnamese number format', () => {
    renderInApp(<TrendChart trend={trend([4, 5.25, null, 8, 9], 60)} year={2025} />);
    expect(chart()).toHaveAccessibleName(
      'Diễn biến theo năm: Có ít nhất 60 xã đạt chuẩn nông thôn mới. 2021: 4; 2022: 5,25; 2023: Chưa có số liệu; 2024: 8; 2025: 9; Mục tiêu: 60',
    );
  });

  it('draws a dot per year with a value, the axis, the years and the goal line labelled', () => {
    renderInApp(<TrendChart trend={trend([4, 5, null, 8, 9], 60)} year={2024} />);
    expect(dots(chart())).toEqual(['2021', '2022', '2024', '2025']);
    // Two runs of the line: the year without a value breaks it.
    expect(chart().querySelectorAll('polyline')).toHaveLength(2);
    for (const text of ['0', '30', '60', '2021', '2023', '2025', 'Mục tiêu']) expect(chart()).toHaveTextContent(text);
  });

  it('shows no goal line for a target followed without a goal, and percents for shares', () => {
    renderInApp(<TrendChart trend={trend([12.5, 40], null)} year={2022} unit="%" />);
    expect(chart()).not.toHaveTextContent('Mục tiêu');
    expect(chart()).toHaveAccessibleName(/2021: 12,5%; 2022: 40%$/);
    for (const tick of ['0%', '20%', '40%']) expect(chart()).toHaveTextContent(tick);
  });

  it("shows a year's value and the goal under the pointer", () => {
    renderInApp(<TrendChart trend={trend([4, 5, 7, 8, 9], 60)} year={2025} />);
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.mouseEnter(screen.getByTestId('trend-year-2023'));
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('2023');
    expect(tip).toHaveTextContent('Giá trị: 7');
    expect(tip).toHaveTextContent('Mục tiêu: 60');
    fireEvent.mouseLeave(screen.getByTestId('trend-year-2023'));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('says there is nothing to draw when no year has a value', () => {
    renderInApp(<TrendChart trend={trend([null, null], 60)} year={2022} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('Chưa có số liệu các năm.')).toBeInTheDocument();
  });
});
