import { Anchor, Badge, Group, Text, Timeline } from '@mantine/core';
import type { ScheduleWarning, VisitSummary } from '@shared/domain/inspections';
import { formatDate } from '@shared/format/date';
import { IconAlertTriangle, IconCalendar } from '@tabler/icons-react';
import { Link } from 'react-router';

import { VisitStatusBadge } from './StatusBadges';
import { inspectionsText } from './text';
import { warningsOf } from './visit-form-values';

const { schedule } = inspectionsText;

/** The visits grouped by day, in date order. */
export function byDay(visits: readonly VisitSummary[]): { date: string; visits: VisitSummary[] }[] {
  const days = new Map<string, VisitSummary[]>();
  for (const visit of [...visits].sort((a, b) => a.date.localeCompare(b.date) || a.unitName.localeCompare(b.unitName, 'vi'))) {
    days.set(visit.date, [...(days.get(visit.date) ?? []), visit]);
  }
  return [...days].map(([date, list]) => ({ date, visits: list }));
}

export function weekday(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return schedule.weekdays[new Date(year, month - 1, day).getDay()];
}

/** The schedule day by day: each day's units with team, place and status; warned visits marked. */
export function ScheduleTimeline({ visits, warnings }: { visits: readonly VisitSummary[]; warnings: readonly ScheduleWarning[] }) {
  const days = byDay(visits);
  return (
    <Timeline bulletSize={26} lineWidth={2} aria-label={schedule.timeline.label} active={days.length}>
      {days.map((day) => (
        <Timeline.Item
          key={day.date}
          bullet={<IconCalendar size={14} />}
          title={
            <Group gap="xs">
              <Text fw={600}>{schedule.timeline.day(weekday(day.date), formatDate(day.date))}</Text>
              <Text size="sm" c="dimmed">
                {schedule.timeline.units(day.visits.length)}
              </Text>
            </Group>
          }
        >
          {day.visits.map((visit) => {
            const warned = warningsOf(warnings, visit.id);
            return (
              <Group key={visit.id} gap="xs" mt={4} wrap="wrap">
                <Anchor component={Link} to={`/inspections/visits/${visit.id}`} size="sm" fw={600}>
                  {visit.unitName}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {[visit.teamName ?? schedule.noTeam, visit.place].filter(Boolean).join(' · ')}
                </Text>
                <VisitStatusBadge status={visit.status} />
                {warned.map((warning) => (
                  <Badge
                    key={warning.kind}
                    color="yellow"
                    variant="filled"
                    autoContrast
                    leftSection={<IconAlertTriangle size={12} />}
                    title={warning.message}
                  >
                    {schedule.warningKinds[warning.kind]}
                  </Badge>
                ))}
              </Group>
            );
          })}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
