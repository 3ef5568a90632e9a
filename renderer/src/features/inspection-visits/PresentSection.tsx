import { ActionIcon, Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { isVisitEditable, TEAM_ROLE_LABELS, type VisitDetail } from '@shared/domain/inspections';
import { IconPlus, IconTrash } from '@tabler/icons-react';

import { call } from '../../api/client';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { visitText } from './text';

const text = visitText.present;

interface Props {
  visit: VisitDetail;
  onSaved: () => void;
  onReload: () => void;
}

/** Who was present: the team (from the round page) and the unit's representatives, the first of whom signs for it. */
export function PresentSection({ visit, onSaved, onReload }: Props) {
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {`${text.teamTitle}${visit.team ? `: ${visit.team.name}` : ''}`}
        </Title>
        {visit.team && visit.team.members.length > 0 ? (
          <Table fz="sm" verticalSpacing={4} aria-label={text.teamTitle} maw={820}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{text.fullName}</Table.Th>
                <Table.Th>{text.role}</Table.Th>
                <Table.Th>{text.position}</Table.Th>
                <Table.Th>{text.agency}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visit.team.members.map((member) => (
                <Table.Tr key={member.personId}>
                  <Table.Td>{member.fullName}</Table.Td>
                  <Table.Td>{TEAM_ROLE_LABELS[member.role]}</Table.Td>
                  <Table.Td>{member.position}</Table.Td>
                  <Table.Td>{member.agency}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="gray.7">
            {text.noTeam}
          </Text>
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {text.unitTitle}
        </Title>
        <Text size="sm" c="gray.7">
          {text.unitHint}
        </Text>
        <RepresentativesForm visit={visit} onSaved={onSaved} onReload={onReload} />
      </Stack>
    </Stack>
  );
}

function RepresentativesForm({ visit, onSaved, onReload }: Props) {
  const editable = isVisitEditable(visit.status);
  const form = useForm({
    mode: 'controlled',
    initialValues: { people: visit.unitRepresentatives.map((r) => ({ ...r })) },
    validate: { people: { fullName: (value: string) => (value.trim() ? null : text.nameNeeded) } },
  });
  const state = useSaveForm(form, {
    save: (values) =>
      call('inspections.updateVisit', {
        id: visit.id,
        version: visit.version,
        date: visit.date,
        teamId: visit.teamId,
        place: visit.place,
        selfAssessmentDate: visit.selfAssessmentDate,
        unitRepresentatives: values.people,
      }),
    success: () => text.saved,
    onSaved,
    fieldErrors: (errors) =>
      Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^unitRepresentatives/u, 'people'), message])),
  });
  const people = form.getValues().people;
  if (!editable) {
    return (
      <>
        <Alert color="blue" variant="light">
          {text.locked}
        </Alert>
        {people.length === 0 ? (
          <Text size="sm">{text.none}</Text>
        ) : (
          <Table fz="sm" verticalSpacing={4} aria-label={text.unitTitle} maw={820}>
            <Table.Tbody>
              {people.map((p, index) => (
                <Table.Tr key={index}>
                  <Table.Td>{p.fullName}</Table.Td>
                  <Table.Td>{p.position}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </>
    );
  }
  return (
    <SaveForm state={state} conflictTitle={text.conflictTitle} onReload={onReload} footerJustify="flex-start">
      {people.length === 0 && <Text size="sm">{text.none}</Text>}
      {people.map((_, index) => (
        <Group key={index} gap="sm" align="flex-start" wrap="nowrap" maw={820}>
          <TextInput
            aria-label={text.nameOf(index + 1)}
            placeholder={text.fullName}
            style={{ flex: 1 }}
            {...form.getInputProps(`people.${index}.fullName`)}
          />
          <TextInput
            aria-label={text.positionOf(index + 1)}
            placeholder={text.position}
            style={{ flex: 1 }}
            {...form.getInputProps(`people.${index}.position`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={text.remove(index + 1)}
            onClick={() => form.removeListItem('people', index)}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('people', { fullName: '', position: '' })}
        >
          {text.add}
        </Button>
      </Group>
    </SaveForm>
  );
}
