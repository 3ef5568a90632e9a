import { Alert, Anchor, Breadcrumbs, Button, Center, Group, Loader, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';

import { useCall } from '../../api/use-call';
import { useScreenParams } from '../../app/screen-params';
import { CriteriaResultsTab } from '../agencies/CriteriaResultsTab';
import { agenciesText } from '../agencies/text';
import { ChangeHistory } from '../history/ChangeHistory';
import { documentLine } from './format';
import { IncomeTab } from './IncomeTab';
import { MilestonesTab } from './MilestonesTab';
import { KindBadge, StatusBadge } from './MovementBadges';
import { MovementFormModal } from './MovementFormModal';
import { MovementInfo } from './MovementInfo';
import { SubmissionsTab } from './SubmissionsTab';
import { TargetsTab } from './TargetsTab';
import { movementsText } from './text';

const { page } = movementsText;
const TABS = ['info', 'targets', 'milestones', 'submissions', 'income', 'criteria', 'history'] as const;
type Tab = (typeof TABS)[number];

/** One movement: its information, targets, milestones, the units' submissions and rural income, in tabs. */
export function MovementPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const [params, setParams] = useScreenParams();
  const tab: Tab = TABS.find((candidate) => candidate === params.get('tab')) ?? 'info';
  const detail = useCall('movements.get', { id: valid ? id : 1 }, valid);
  const [editing, edit] = useDisclosure(false);

  if (!valid || detail.error) {
    return (
      <Alert color="red" title={page.loadFailed}>
        <Stack gap="xs" align="flex-start">
          {detail.error?.message}
          <Anchor component={Link} to="/movements">
            {page.back}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  // Another movement's data may still be held while this one loads: wait for the right one.
  const movement = detail.data && detail.data.id === id ? detail.data : undefined;
  if (!movement) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  const line = documentLine(movement.document);

  return (
    <Stack gap="md">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to="/movements" size="sm">
          {page.back}
        </Anchor>
        <Text size="sm">{movement.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Group gap="sm" align="center">
            <Title order={2}>{movement.name}</Title>
            <KindBadge kind={movement.kind} />
            <StatusBadge status={movement.status} />
          </Group>
          <Text c="dimmed" size="sm">
            {movementsText.period(movement.startYear, movement.endYear)}
            {line ? ` · ${line}` : ''}
          </Text>
        </div>
        <Button leftSection={<IconPencil size={16} />} onClick={edit.open} style={{ flexShrink: 0 }}>
          {movementsText.edit}
        </Button>
      </Group>
      <Tabs value={tab} onChange={(next) => setParams(next && next !== 'info' ? { tab: next } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {value === 'criteria' ? agenciesText.results.tab : page.tabs[value]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Paper withBorder p="md" mt="sm">
          <Tabs.Panel value="info">
            <MovementInfo movement={movement} />
          </Tabs.Panel>
          <Tabs.Panel value="targets">
            <TargetsTab movement={movement} />
          </Tabs.Panel>
          <Tabs.Panel value="milestones">
            <MilestonesTab movement={movement} />
          </Tabs.Panel>
          <Tabs.Panel value="submissions">
            <SubmissionsTab movement={movement} />
          </Tabs.Panel>
          <Tabs.Panel value="income">
            <IncomeTab movement={movement} />
          </Tabs.Panel>
          <Tabs.Panel value="criteria">
            <CriteriaResultsTab movement={movement} />
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <ChangeHistory entity="movement" entityId={movement.id} />
          </Tabs.Panel>
        </Paper>
      </Tabs>
      <MovementFormModal
        opened={editing}
        onClose={edit.close}
        movement={movement}
        onSaved={detail.reload}
        onReload={() => {
          edit.close();
          detail.reload();
        }}
      />
    </Stack>
  );
}
