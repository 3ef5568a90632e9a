import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AgendaItem, CouncilSession, CouncilVote, RecordedVote } from '@shared/domain/council';
import { formatDateTime } from '@shared/format/date';
import { IconBulb, IconPlus, IconTrash } from '@tabler/icons-react';

import { call } from '../../api/client';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { QuorumLine } from './AttendancePanel';
import { councilText } from './text';
import { toVoteInput, validateVote, type VoteValues, voteValues, withdrawnRow } from './vote-form-values';

const text = councilText.vote;

interface Props {
  session: CouncilSession;
  item: AgendaItem;
  onSaved: (vote: RecordedVote) => void;
  onCancel: () => void;
}

/** One nomination's votes: counts, members withdrawing for a conflict (suggested ones offered), a correction's reason; then its history. */
export function VoteForm({ session, item, onSaved, onCancel }: Props) {
  const correcting = item.vote !== null;
  const form = useForm<VoteValues>({
    mode: 'controlled',
    initialValues: voteValues(item),
    validate: (values) => validateVote(values, { correcting, totalMembers: session.members.length }),
  });
  const state = useSaveForm(form, {
    save: (values) => call('sessions.recordVote', toVoteInput(values, session.id, item.nominationId)),
    success: (saved) => ({ message: text.saved(saved.explanation), autoClose: 8000 }),
    onSaved,
  });
  const rows = form.getValues().withdrawn;
  const memberOptions = session.members.map((m) => ({ value: String(m.id), label: m.fullName }));
  const listed = new Set(rows.map((row) => row.memberId));
  const suggestions = item.conflicts.filter((c) => !listed.has(String(c.memberId)));
  const history = [...(item.vote ? [item.vote] : []), ...item.history];

  return (
    <Stack gap="md">
      {session.quorum && <QuorumLine met={session.quorum.met} explanation={session.quorum.explanation} />}
      <SaveForm state={state} onCancel={onCancel} submitLabel={text.save}>
        <Group grow align="flex-start">
          <NumberInput label={text.votesFor} min={0} allowDecimal={false} withAsterisk data-autofocus {...form.getInputProps('votesFor')} />
          <NumberInput label={text.votesAgainst} min={0} allowDecimal={false} withAsterisk {...form.getInputProps('votesAgainst')} />
          <NumberInput label={text.abstentions} min={0} allowDecimal={false} withAsterisk {...form.getInputProps('abstentions')} />
        </Group>
        <Text size="xs" c="dimmed">
          {text.ballotsHint}
        </Text>
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {text.withdrawnTitle}
          </Text>
          {suggestions.map((s) => (
            <Alert key={s.memberId} color="yellow" variant="light" icon={<IconBulb size={16} />} p="xs">
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm">{text.suggestion(s.memberName, s.why)}</Text>
                <Button size="xs" variant="default" onClick={() => form.insertListItem('withdrawn', withdrawnRow(s.memberId, ''))}>
                  {text.addSuggested(s.memberName)}
                </Button>
              </Group>
            </Alert>
          ))}
          {rows.map((row, index) => (
            <Group key={row.key} gap="sm" align="flex-start" wrap="nowrap">
              <Select
                label={text.member(index + 1)}
                data={memberOptions}
                searchable
                allowDeselect={false}
                w={260}
                {...form.getInputProps(`withdrawn.${index}.memberId`)}
              />
              <TextInput label={text.reasonOf(index + 1)} style={{ flex: 1 }} {...form.getInputProps(`withdrawn.${index}.reason`)} />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={26}
                aria-label={text.removeWithdrawn(index + 1)}
                title={text.removeWithdrawn(index + 1)}
                onClick={() => form.removeListItem('withdrawn', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          {typeof form.errors.withdrawn === 'string' && (
            <Text size="sm" c="red" role="alert" data-path="withdrawn">
              {form.errors.withdrawn}
            </Text>
          )}
          <div>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('withdrawn', withdrawnRow())}
            >
              {text.addWithdrawn}
            </Button>
          </div>
        </Stack>
        {correcting && (
          <Textarea
            label={text.correctionReason}
            description={text.correctionHint}
            withAsterisk
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
        )}
      </SaveForm>
      {history.length > 0 && <VoteHistory votes={history} />}
    </Stack>
  );
}

/** Every result of an item, the current one first; corrections with their reasons. */
export function VoteHistory({ votes }: { votes: CouncilVote[] }) {
  return (
    <Stack gap="xs">
      <Title order={4} size="h5">
        {text.history}
      </Title>
      <Table striped aria-label={text.historyLabel} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>{text.historyColumns.at}</Table.Th>
            <Table.Th>{text.historyColumns.result}</Table.Th>
            <Table.Th w={200}>{text.historyColumns.reason}</Table.Th>
            <Table.Th w={120}>{text.historyColumns.who}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {votes.map((vote) => (
            <Table.Tr key={vote.id}>
              <Table.Td>
                {formatDateTime(vote.recordedAt)}
                {vote.current && (
                  <Badge size="xs" ml={6} variant="light">
                    {text.current}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{vote.explanation}</Text>
                <Text size="xs" c="dimmed">
                  {councilText.agenda.figures(vote.votesFor, vote.votesAgainst, vote.abstentions)}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{vote.reason || councilText.none}</Table.Td>
              <Table.Td>{vote.operator || councilText.none}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
