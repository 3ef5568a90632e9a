import { ActionIcon, Anchor, Badge, Breadcrumbs, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { COUNCIL_ROLE_LABELS, type CouncilMember } from '@shared/domain/council';
import { formatDate, todayIso } from '@shared/format/date';
import { IconCalendarOff } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import { useCall } from '../../api/use-call';
import { useScreenParams } from '../../app/screen-params';
import { isInvalidDate } from '../../components/date-value';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { ListExportButton } from '../../components/ListExportButton';
import { ListSection } from '../../components/ListSection';
import { MemberForm } from './MemberForm';
import { councilText } from './text';

const text = councilText.members;
const ALL = 'all';

/** The council as of a date (today by default, every term when cleared): roles and terms; add a member, end a term. */
export function MembersPage() {
  const [params, setParams] = useScreenParams();
  const asked = params.get('asOf');
  const asOf = asked === ALL ? null : (asked ?? todayIso());
  const [typed, setTyped] = useState<string | null>(asOf);
  const list = useCall('members.list', { asOf });
  const [editing, setEditing] = useState<CouncilMember | 'new' | null>(null);
  const members = list.data ?? [];
  const close = () => setEditing(null);
  const saved = () => {
    close();
    list.reload();
  };
  const today = todayIso();

  return (
    <Stack gap="md">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to="/council" size="sm">
          {text.back}
        </Anchor>
      </Breadcrumbs>
      <div>
        <Title order={2}>{text.title}</Title>
        <Text c="dimmed" size="sm">
          {text.intro}
        </Text>
      </div>
      <Paper withBorder p="md">
        <ListSection
          list={list}
          texts={{ add: text.add, loadFailed: text.loadFailed, empty: text.empty, tableLabel: text.tableLabel }}
          onAdd={() => setEditing('new')}
          toolbar={
            <Group gap="sm" align="flex-end">
              <DateField
                label={text.asOf}
                description={text.asOfHint}
                value={typed}
                w={220}
                onChange={(value) => {
                  setTyped(value);
                  if (isInvalidDate(value)) return;
                  setParams(value === today ? {} : { asOf: value ?? ALL }, { replace: true });
                }}
              />
              {list.data && (
                <Text size="sm" c="dimmed" pb={6}>
                  {text.count(members.length)}
                </Text>
              )}
              <ListExportButton input={{ list: 'councilMembers', filters: { asOf } }} />
            </Group>
          }
          empty={members.length === 0}
          emptyText={asOf ? text.emptyOn(formatDate(asOf)) : text.empty}
          columns={[
            { label: text.columns.name },
            { label: text.columns.position },
            { label: text.columns.role, w: 170 },
            { label: text.columns.term, w: 240 },
            { label: text.columns.actions, w: 60 },
          ]}
          tableProps={{ miw: 820, highlightOnHover: true, striped: true }}
        >
          {members.map((member) => {
            const serving = member.termTo === null || member.termTo >= today;
            return (
              <Table.Tr key={member.id}>
                <Table.Td fw={600}>{member.fullName}</Table.Td>
                <Table.Td>{[member.position, member.agency].filter(Boolean).join(', ') || councilText.none}</Table.Td>
                <Table.Td>{COUNCIL_ROLE_LABELS[member.role]}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <span style={{ whiteSpace: 'nowrap' }}>
                      {text.term(formatDate(member.termFrom), member.termTo ? formatDate(member.termTo) : null)}
                    </span>
                    <Badge size="sm" variant="light" color={serving ? 'green' : 'gray'}>
                      {serving ? text.serving : text.ended}
                    </Badge>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    aria-label={text.edit(member.fullName)}
                    title={text.edit(member.fullName)}
                    onClick={() => setEditing(member)}
                  >
                    <IconCalendarOff size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </ListSection>
      </Paper>
      <FormModal
        opened={editing !== null}
        onClose={close}
        size="lg"
        title={editing && editing !== 'new' ? councilText.memberForm.editTitle(editing.fullName) : councilText.memberForm.createTitle}
      >
        {editing !== null && (
          <MemberForm member={editing === 'new' ? undefined : editing} onSaved={saved} onCancel={close} onReload={saved} />
        )}
      </FormModal>
    </Stack>
  );
}
