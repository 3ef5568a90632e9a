import { ActionIcon, Button, Divider, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { InspectionTeam, VisitSummary, VisitWithWarnings } from '@shared/domain/inspections';
import { IconPlus, IconTrash } from '@tabler/icons-react';

import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { teamOptions } from './AddVisitForm';
import { warningsNotification } from './ScheduleWarnings';
import { inspectionsText } from './text';
import { representativeRow, toVisitInput, visitRules, type VisitValues, visitValues } from './visit-form-values';

const { schedule } = inspectionsText;
const { fields, hints } = schedule;

interface Props {
  visit: VisitSummary;
  teams: InspectionTeam[];
  onSaved: (visit: VisitWithWarnings) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/** Reschedules a visit (date, team, place), records the self-assessment report's receipt and the unit's representatives. */
export function EditVisitForm({ visit, teams, onSaved, onCancel, onReload }: Props) {
  const form = useForm<VisitValues>({ mode: 'controlled', initialValues: visitValues(visit), validate: visitRules });
  const state = useSaveForm(form, {
    save: (values) => call('inspections.updateVisit', toVisitInput(visit, values)),
    success: (saved) =>
      saved.warnings.length > 0 ? warningsNotification(schedule.saved(saved.unitName), saved.warnings) : schedule.saved(saved.unitName),
    onSaved,
    fieldErrors: (map) =>
      Object.fromEntries(
        Object.entries(map).map(([path, message]) => [path === 'unitRepresentatives' ? 'unitRepresentatives.0.fullName' : path, message]),
      ),
  });
  const reps = form.getValues().unitRepresentatives;
  return (
    <SaveForm state={state} conflictTitle={schedule.conflictTitle} onReload={onReload} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField label={fields.date} withAsterisk {...form.getInputProps('date')} />
        <Select label={fields.teamId} data={teamOptions(teams)} placeholder={hints.noTeam} clearable {...form.getInputProps('teamId')} />
      </SimpleGrid>
      {/* Focus starts here: on a date field its calendar would open over the form. */}
      <TextInput label={fields.place} placeholder={hints.place} data-autofocus {...form.getInputProps('place')} />
      <DateField label={fields.selfAssessmentDate} description={hints.selfAssessment} {...form.getInputProps('selfAssessmentDate')} />
      <Divider label={fields.representatives} labelPosition="left" />
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {hints.representatives}
        </Text>
        {reps.map((rep, index) => (
          <Group key={rep.key} gap="sm" align="flex-start" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={`${fields.repName} (${index + 1})`}
              {...form.getInputProps(`unitRepresentatives.${index}.fullName`)}
            />
            <TextInput
              style={{ flex: 1 }}
              label={`${fields.repPosition} (${index + 1})`}
              {...form.getInputProps(`unitRepresentatives.${index}.position`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={26}
              aria-label={hints.removeRepresentative(index + 1)}
              title={hints.removeRepresentative(index + 1)}
              onClick={() => form.removeListItem('unitRepresentatives', index)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('unitRepresentatives', representativeRow())}
          >
            {hints.addRepresentative}
          </Button>
        </Group>
      </Stack>
    </SaveForm>
  );
}
