import { Alert, Button, Checkbox, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { checkQuorum, COUNCIL_ROLE_LABELS, type CouncilSession } from '@shared/domain/council';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';

import { ApiError, call } from '../../api/client';
import { councilText } from './text';

const text = councilText.attendance;

interface Props {
  session: CouncilSession;
  onSaved: (session: CouncilSession) => void;
  onConflict: () => void;
}

/** Whether enough members are present, said in words; green when the council may vote. */
export function QuorumLine({ met, explanation }: { met: boolean; explanation: string }) {
  return (
    <Alert
      color={met ? 'green' : 'orange'}
      variant="light"
      icon={met ? <IconCircleCheck size={18} /> : <IconAlertTriangle size={18} />}
      role="status"
      aria-label={councilText.vote.quorum}
    >
      <Text size="sm" fw={600}>
        {explanation}
      </Text>
    </Alert>
  );
}

/**
 * Who is present and the absent members' written opinions, with the quorum computed as the boxes are ticked
 * (by the same rule the service applies), before anything is voted. Locked once the session has votes.
 */
export function AttendancePanel({ session, onSaved, onConflict }: Props) {
  const [present, setPresent] = useState(() => new Set(session.members.filter((m) => m.present === true).map((m) => m.id)));
  const [opinions, setOpinions] = useState(() => new Map(session.members.map((m) => [m.id, m.opinion])));
  const [saving, setSaving] = useState(false);
  const locked = session.agenda.some((item) => item.vote !== null || item.history.length > 0);
  const saved = new Set(session.members.filter((m) => m.present === true).map((m) => m.id));
  const dirty =
    !session.attendanceRecorded ||
    present.size !== saved.size ||
    [...present].some((id) => !saved.has(id)) ||
    session.members.some((m) => !present.has(m.id) && (opinions.get(m.id) ?? '') !== m.opinion);
  const live = checkQuorum(present.size, session.members.length, session.quorumPercent);

  const toggle = (id: number, checked: boolean) =>
    setPresent((set) => {
      const next = new Set(set);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });

  const save = async () => {
    setSaving(true);
    try {
      const result = await call('sessions.setAttendance', {
        sessionId: session.id,
        version: session.version,
        presentIds: [...present],
        absentOpinions: session.members
          .filter((m) => !present.has(m.id) && (opinions.get(m.id) ?? '').trim() !== '')
          .map((m) => ({ memberId: m.id, opinion: opinions.get(m.id) ?? '' })),
      });
      notifications.show({ color: 'green', message: text.saved });
      onSaved(result);
    } catch (error) {
      const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
      notifications.show({ color: 'red', title: text.saveFailed, message });
      if (error instanceof ApiError && error.code === 'CONFLICT') onConflict();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label={text.title}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4">
              {text.title}
            </Title>
            <Text size="sm" c="dimmed">
              {locked ? text.locked : text.hint}
            </Text>
          </div>
          {!locked && session.members.length > 0 && (
            <Group gap="sm">
              <Button variant="default" size="sm" onClick={() => setPresent(new Set(session.members.map((m) => m.id)))}>
                {text.allPresent}
              </Button>
              <Button size="sm" loading={saving} disabled={!dirty} onClick={() => void save()}>
                {text.save}
              </Button>
            </Group>
          )}
        </Group>
        {session.members.length === 0 ? (
          <Text c="dimmed">{text.noMembers}</Text>
        ) : (
          <>
            {dirty && !locked && (
              <Text size="sm" c="dimmed">
                {session.attendanceRecorded ? text.unsaved : text.notRecorded}
              </Text>
            )}
            <QuorumLine met={live.met} explanation={live.explanation} />
            <Table striped verticalSpacing={6} aria-label={text.tableLabel}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>{text.columns.present}</Table.Th>
                  <Table.Th>{text.columns.name}</Table.Th>
                  <Table.Th w={170}>{text.columns.role}</Table.Th>
                  <Table.Th>{text.columns.opinion}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {session.members.map((member) => {
                  const here = present.has(member.id);
                  return (
                    <Table.Tr key={member.id}>
                      <Table.Td>
                        <Checkbox
                          aria-label={text.present(member.fullName)}
                          checked={here}
                          disabled={locked}
                          onChange={(event) => toggle(member.id, event.currentTarget.checked)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {member.fullName}
                        </Text>
                        {member.position && (
                          <Text size="xs" c="dimmed">
                            {member.position}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{COUNCIL_ROLE_LABELS[member.role]}</Table.Td>
                      <Table.Td>
                        {!here && (
                          <Textarea
                            aria-label={text.opinion(member.fullName)}
                            autosize
                            minRows={1}
                            maxRows={4}
                            disabled={locked}
                            value={opinions.get(member.id) ?? ''}
                            onChange={(event) => {
                              const value = event.currentTarget.value;
                              setOpinions((map) => new Map(map).set(member.id, value));
                            }}
                          />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}
