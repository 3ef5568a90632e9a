import { Alert, Anchor, Badge, Breadcrumbs, Button, Center, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { AgendaItem, CouncilSession } from '@shared/domain/council';
import { NOMINEE_KIND_LABELS } from '@shared/domain/nominations';
import { formatDate } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { IconFileText, IconListCheck, IconPencil, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { useCall } from '../../api/use-call';
import { FormModal } from '../../components/FormModal';
import { usePrintDocument } from '../documents/use-print-document';
import { AgendaPicker } from './AgendaPicker';
import { AttendancePanel } from './AttendancePanel';
import { councilText } from './text';
import { VoteForm } from './VoteForm';

const text = councilText.session;
const agendaText = councilText.agenda;

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** A session: attendance and quorum first, then the agenda with each nomination's votes and result; prints minutes, submission and ballot. */
export function SessionPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const detail = useCall('sessions.get', { id: valid ? id : 1 }, valid);
  const [picking, setPicking] = useState(false);
  const [voting, setVoting] = useState<AgendaItem | null>(null);
  const params = { sessionId: valid ? id : 1 };
  const minutes = usePrintDocument('council-minutes', params, { title: text.print.minutesTitle, entity: 'council-session', entityId: id });
  const submission = usePrintDocument('submission', params, { title: text.print.submissionTitle, entity: 'council-session', entityId: id });
  const ballot = usePrintDocument('ballot', params, { title: text.print.ballotTitle });

  if (!valid || detail.error) {
    return (
      <Alert color="red" title={text.loadFailed}>
        <Stack gap="xs" align="flex-start">
          {detail.error?.message}
          <Anchor component={Link} to="/council">
            {text.back}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  const session: CouncilSession | undefined = detail.data && detail.data.id === id ? detail.data : undefined;
  if (!session) {
    return (
      <Center p="xl">
        <Loader aria-label={text.loading} />
      </Center>
    );
  }
  const canVote = session.quorum?.met === true;

  return (
    <Stack gap="md">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to="/council" size="sm">
          {text.back}
        </Anchor>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Title order={2}>{text.title(formatDate(session.date))}</Title>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconFileText size={16} />} onClick={minutes.open} loading={minutes.loading}>
            {text.print.minutes}
          </Button>
          <Button variant="default" leftSection={<IconFileText size={16} />} onClick={submission.open} loading={submission.loading}>
            {text.print.submission}
          </Button>
          <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={ballot.open} loading={ballot.loading}>
            {text.print.ballot}
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="md">
        <Group grow align="flex-start">
          <Field label={text.place}>{session.place}</Field>
          <Field label={text.chair}>{session.chairName}</Field>
          <Field label={text.secretary}>{session.secretaryName}</Field>
          <Field label={text.quorumRule}>
            {text.quorumRuleValue(formatNumber(session.quorumPercent, Number.isInteger(session.quorumPercent) ? 0 : 2))}
          </Field>
        </Group>
      </Paper>
      <AttendancePanel key={session.version} session={session} onSaved={detail.reload} onConflict={detail.reload} />
      <Paper withBorder p="md" component="section" aria-label={agendaText.title}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} size="h4">
              {agendaText.title}
            </Title>
            <Button size="sm" variant="light" leftSection={<IconListCheck size={16} />} onClick={() => setPicking(true)}>
              {agendaText.pick}
            </Button>
          </Group>
          {!canVote && session.agenda.length > 0 && (
            <Text size="sm" c="dimmed">
              {agendaText.quorumFirst}
            </Text>
          )}
          {session.agenda.length === 0 ? (
            <Text c="dimmed">{agendaText.empty}</Text>
          ) : (
            <Table striped verticalSpacing={8} miw={900} aria-label={agendaText.tableLabel}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>{agendaText.columns.ordinal}</Table.Th>
                  <Table.Th w={220}>{agendaText.columns.nominee}</Table.Th>
                  <Table.Th w={200}>{agendaText.columns.award}</Table.Th>
                  <Table.Th>{agendaText.columns.result}</Table.Th>
                  <Table.Th w={150}>{agendaText.columns.actions}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {session.agenda.map((item) => (
                  <Table.Tr key={item.nominationId}>
                    <Table.Td>{item.ordinal}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/nominations/${item.nominationId}`} size="sm" fw={600}>
                        {item.nomineeName}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {NOMINEE_KIND_LABELS[item.nomineeKind]} · {item.proposingUnitName}
                      </Text>
                      {item.conflicts.length > 0 && !item.vote && (
                        <Text size="xs" c="dimmed" fw={600}>
                          {agendaText.conflicts(item.conflicts.length)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{item.awardName}</Table.Td>
                    <Table.Td>
                      {item.vote ? (
                        <Stack gap={2}>
                          <Group gap={6}>
                            <Badge color={item.vote.passed ? 'green' : 'red'} variant="light">
                              {item.vote.passed ? agendaText.passed : agendaText.failed}
                            </Badge>
                            <Text size="sm">{item.vote.explanation}</Text>
                          </Group>
                          <Text size="xs" c="dimmed">
                            {agendaText.figures(item.vote.votesFor, item.vote.votesAgainst, item.vote.abstentions)}
                          </Text>
                          {item.vote.withdrawn.length > 0 && (
                            <Text size="xs" c="dimmed">
                              {agendaText.withdrawn(item.vote.withdrawn.map((w) => `${w.memberName} (${w.reason})`).join('; '))}
                            </Text>
                          )}
                          {item.history.length > 0 && (
                            <Text size="xs" c="dimmed">
                              {agendaText.corrections(item.history.length)}
                            </Text>
                          )}
                        </Stack>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {agendaText.notVoted}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant={item.vote ? 'default' : 'filled'}
                        leftSection={<IconPencil size={14} />}
                        aria-label={item.vote ? agendaText.correctLabel(item.nomineeName) : agendaText.voteLabel(item.nomineeName)}
                        onClick={() => setVoting(item)}
                      >
                        {item.vote ? agendaText.correct : agendaText.vote}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Paper>
      <AgendaPicker session={session} opened={picking} onClose={() => setPicking(false)} onSaved={detail.reload} />
      <FormModal
        opened={voting !== null}
        onClose={() => setVoting(null)}
        size="xl"
        title={voting ? (voting.vote ? agendaText.correctLabel(voting.nomineeName) : agendaText.voteLabel(voting.nomineeName)) : ''}
      >
        {voting && (
          <VoteForm
            session={session}
            item={voting}
            onSaved={() => {
              setVoting(null);
              detail.reload();
            }}
            onCancel={() => setVoting(null)}
          />
        )}
      </FormModal>
      {minutes.modal}
      {submission.modal}
      {ballot.modal}
    </Stack>
  );
}
