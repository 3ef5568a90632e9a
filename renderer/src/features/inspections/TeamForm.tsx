import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type InspectionTeam, type Person, TEAM_ROLE_LABELS, TEAM_ROLES, type TeamRole } from '@shared/domain/inspections';
import { IconPlus, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';

import { call } from '../../api/client';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { PersonFormModal } from '../people/PersonFormModal';
import { PersonPicker } from './PersonPicker';
import { memberRow, type TeamFormValues, teamValues, toTeamInput, validateTeam } from './team-form-values';
import { inspectionsText } from './text';

const { teams } = inspectionsText;
const ROLE_OPTIONS = TEAM_ROLES.map((role) => ({ value: role, label: TEAM_ROLE_LABELS[role] }));

type Known = Map<string, Pick<Person, 'fullName' | 'position' | 'agency'>>;

interface Props {
  inspectionId: number;
  team?: InspectionTeam;
  /** Teams the round has, for the next team's default name. */
  teamCount: number;
  onSaved: (team: InspectionTeam) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/** A team's name and members with their roles, chosen from the people directory; a new person can be added on the spot. */
export function TeamForm({ inspectionId, team, teamCount, onSaved, onCancel, onReload }: Props) {
  const [known, setKnown] = useState<Known>(
    () => new Map((team?.members ?? []).map((member) => [String(member.personId), member] as const)),
  );
  const [adding, setAdding] = useState(false);
  const remember = (person: Person) => setKnown((map) => new Map(map).set(String(person.id), person));
  const form = useForm<TeamFormValues>({
    mode: 'controlled',
    initialValues: teamValues(team, teamCount),
    validate: (values) => validateTeam(values, (id) => known.get(id)?.fullName ?? id),
  });
  const state = useSaveForm(form, {
    save: (values) =>
      call('inspections.saveTeam', {
        ...toTeamInput(values),
        inspectionId,
        ...(team ? { id: team.id, version: team.version } : {}),
      }),
    success: (saved) => (team ? teams.saved(saved.name) : teams.created(saved.name)),
    onSaved,
  });
  const members = form.getValues().members;
  const nextRole = (): TeamRole => (members.some((member) => member.role === 'leader') ? 'member' : 'leader');

  return (
    <>
      <SaveForm state={state} conflictTitle={teams.conflictTitle} onReload={onReload} onCancel={onCancel}>
        <TextInput label={teams.name} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Stack gap="xs">
          <div>
            <Text size="sm" fw={500}>
              {teams.members}
            </Text>
            <Text size="xs" c="dimmed">
              {teams.leaderHint}
            </Text>
          </div>
          {members.map((member, index) => (
            <Group key={member.key} gap="sm" align="flex-start" wrap="nowrap">
              <div style={{ flex: 1 }}>
                <PersonPicker
                  label={`${teams.member(index + 1)}: ${teams.person}`}
                  known={known}
                  onPicked={remember}
                  {...form.getInputProps(`members.${index}.personId`)}
                />
              </div>
              <Select
                label={`${teams.member(index + 1)}: ${teams.role}`}
                data={ROLE_OPTIONS}
                allowDeselect={false}
                w={190}
                {...form.getInputProps(`members.${index}.role`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={26}
                aria-label={teams.removeMember(index + 1)}
                title={teams.removeMember(index + 1)}
                onClick={() => form.removeListItem('members', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          {typeof form.errors.members === 'string' && (
            <Text size="sm" c="red" role="alert" data-path="members">
              {form.errors.members}
            </Text>
          )}
          <Group gap="sm">
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('members', memberRow(null, nextRole()))}
            >
              {teams.addMember}
            </Button>
            <Button variant="subtle" size="xs" leftSection={<IconUserPlus size={14} />} onClick={() => setAdding(true)}>
              {teams.addPerson}
            </Button>
          </Group>
        </Stack>
      </SaveForm>
      <PersonFormModal
        opened={adding}
        onClose={() => setAdding(false)}
        onSaved={(person) => {
          remember(person);
          // The new person takes the first empty row, or a new one.
          const empty = form.getValues().members.findIndex((member) => !member.personId);
          if (empty >= 0) form.setFieldValue(`members.${empty}.personId`, String(person.id));
          else form.insertListItem('members', memberRow(person.id, nextRole()));
        }}
      />
    </>
  );
}
