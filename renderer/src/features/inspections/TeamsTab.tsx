import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { type InspectionDetail, type InspectionTeam, TEAM_ROLE_LABELS } from '@shared/domain/inspections';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';

import { FormModal } from '../../components/FormModal';
import { TeamForm } from './TeamForm';
import { inspectionsText } from './text';

const { teams } = inspectionsText;

function TeamCard({ team, onEdit }: { team: InspectionTeam; onEdit: () => void }) {
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{team.name}</Title>
        <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={onEdit} aria-label={teams.edit(team.name)}>
          {inspectionsText.page.edit}
        </Button>
      </Group>
      {team.members.length === 0 ? (
        <Text size="sm" c="dimmed">
          {teams.noMembers}
        </Text>
      ) : (
        <Table verticalSpacing={4} aria-label={teams.tableLabel(team.name)}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="30%">{teams.columns.fullName}</Table.Th>
              <Table.Th>{teams.columns.position}</Table.Th>
              <Table.Th w={170}>{teams.columns.role}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {team.members.map((member) => (
              <Table.Tr key={member.personId}>
                <Table.Td fw={600}>{member.fullName}</Table.Td>
                <Table.Td>{[member.position, member.agency].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td>{TEAM_ROLE_LABELS[member.role]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

type Editing = { team?: InspectionTeam } | null;

/** The round's teams with their members and roles; each saved whole through inspections.saveTeam. */
export function TeamsTab({ round, onChanged }: { round: InspectionDetail; onChanged: () => void }) {
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);
  const saved = () => {
    close();
    onChanged();
  };
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {teams.title}
        </Title>
        <Button size="sm" leftSection={<IconPlus size={16} />} onClick={() => setEditing({})}>
          {teams.add}
        </Button>
      </Group>
      {round.teams.length === 0 && <Text c="dimmed">{teams.empty}</Text>}
      {round.teams.map((team) => (
        <TeamCard key={team.id} team={team} onEdit={() => setEditing({ team })} />
      ))}
      <FormModal opened={editing !== null} onClose={close} title={editing?.team ? teams.editTitle(editing.team.name) : teams.createTitle}>
        {editing && (
          <TeamForm
            inspectionId={round.id}
            team={editing.team}
            teamCount={round.teams.length}
            onSaved={saved}
            onCancel={close}
            onReload={saved}
          />
        )}
      </FormModal>
    </Stack>
  );
}
