import { Alert, List, Text } from '@mantine/core';
import type { ScheduleWarning } from '@shared/domain/inspections';
import { IconAlertTriangle } from '@tabler/icons-react';

import { inspectionsText } from './text';

const { schedule } = inspectionsText;

/** The schedule's warnings (a member booked twice the same day, a unit visited twice), above the schedule. */
export function ScheduleWarnings({ warnings }: { warnings: readonly ScheduleWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={20} />}
      title={schedule.warningsTitle(warnings.length)}
      role="alert"
    >
      <List size="sm" spacing={2}>
        {warnings.map((warning) => (
          <List.Item key={`${warning.kind}-${warning.visitIds.join('-')}`}>{warning.message}</List.Item>
        ))}
      </List>
      <Text size="xs" mt={6}>
        {schedule.warningsHint}
      </Text>
    </Alert>
  );
}

/** What a save's notification says when the schedule has warnings after it. */
export function warningsNotification(title: string, warnings: readonly ScheduleWarning[]) {
  return {
    color: 'orange',
    title: schedule.savedWithWarnings,
    message: [title, ...warnings.map((warning) => warning.message)].join(' '),
    autoClose: 12000,
  };
}
