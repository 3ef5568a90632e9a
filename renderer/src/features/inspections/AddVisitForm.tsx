import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { InspectionTeam, VisitWithWarnings } from '@shared/domain/inspections';

import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { warningsNotification } from './ScheduleWarnings';
import { inspectionsText } from './text';
import { UnitPicker } from './UnitPicker';
import { newVisitRules, type NewVisitValues, newVisitValues, toNewVisitInput } from './visit-form-values';

const { schedule } = inspectionsText;
const { fields, hints } = schedule;

export function teamOptions(teams: readonly InspectionTeam[]) {
  return teams.map((team) => ({ value: String(team.id), label: team.name }));
}

interface Props {
  inspectionId: number;
  teams: InspectionTeam[];
  /** The day the last visit was added on, to plan several units the same day quickly. */
  defaultDate: string | null;
  onSaved: (visit: VisitWithWarnings) => void;
  onCancel: () => void;
}

/** Adds a unit to the round's schedule: the unit (searched), date, team, place; warnings come back with the visit. */
export function AddVisitForm({ inspectionId, teams, defaultDate, onSaved, onCancel }: Props) {
  const form = useForm<NewVisitValues>({
    mode: 'controlled',
    initialValues: newVisitValues(defaultDate, teams.length === 1 ? teams[0].id : null),
    validate: newVisitRules,
  });
  const state = useSaveForm(form, {
    save: (values) => call('inspections.addVisit', toNewVisitInput(inspectionId, values)),
    success: (saved) =>
      saved.warnings.length > 0 ? warningsNotification(schedule.added(saved.unitName), saved.warnings) : schedule.added(saved.unitName),
    onSaved,
  });
  return (
    <SaveForm state={state} onCancel={onCancel}>
      <UnitPicker
        label={fields.unitId}
        withAsterisk
        {...form.getInputProps('unitId')}
        onPickedName={(name) => {
          if (!form.getValues().place) form.setFieldValue('place', name);
        }}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField label={fields.date} withAsterisk {...form.getInputProps('date')} />
        <Select label={fields.teamId} data={teamOptions(teams)} placeholder={hints.noTeam} clearable {...form.getInputProps('teamId')} />
      </SimpleGrid>
      <TextInput label={fields.place} placeholder={hints.place} {...form.getInputProps('place')} />
    </SaveForm>
  );
}
