import { Anchor, Box, Button, Group, LoadingOverlay, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { MovementListItem } from '@shared/domain/movements';
import { formatNumber } from '@shared/format/number';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';

import { useCall } from '../../api/use-call';
import { ListExportButton } from '../../components/ListExportButton';
import { LoadError } from '../../components/LoadError';
import { documentLine } from './format';
import { KindBadge, StatusBadge } from './MovementBadges';
import { MovementFormModal } from './MovementFormModal';
import { movementsText } from './text';

const { columns } = movementsText;

function MovementRow({ movement }: { movement: MovementListItem }) {
  const line = documentLine(movement.document);
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/movements/${movement.id}`} fw={600} fz="sm">
          {movement.name}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <KindBadge kind={movement.kind} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{movementsText.period(movement.startYear, movement.endYear)}</Table.Td>
      <Table.Td>
        {line ? (
          <Text size="sm">{line}</Text>
        ) : (
          <Text size="sm" c="dimmed">
            {movementsText.none}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">{formatNumber(movement.targetCount)}</Table.Td>
      <Table.Td ta="right">{formatNumber(movement.participantCount)}</Table.Td>
      <Table.Td>
        <StatusBadge status={movement.status} />
      </Table.Td>
    </Table.Tr>
  );
}

/** Every movement with its kind, period, launching document and status; "Thêm phong trào" opens the form. */
export function MovementsPage() {
  const navigate = useNavigate();
  const list = useCall('movements.list', {});
  const [formOpened, form] = useDisclosure(false);
  const movements = list.data ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{movementsText.title}</Title>
          <Text c="dimmed" size="sm">
            {movementsText.intro}
          </Text>
        </div>
        <Group gap="xs">
          <ListExportButton input={{ list: 'movements', filters: {} }} />
          <Button leftSection={<IconPlus size={18} />} onClick={form.open}>
            {movementsText.add}
          </Button>
        </Group>
      </Group>
      {list.error && <LoadError title={movementsText.loadFailed} message={list.error.message} onRetry={list.reload} />}
      <Paper withBorder p="sm">
        <Box pos="relative" mih={100}>
          <LoadingOverlay visible={list.loading} zIndex={10} overlayProps={{ blur: 1 }} />
          {list.data && movements.length === 0 ? (
            <Text c="dimmed" p="md">
              {movementsText.empty}
            </Text>
          ) : (
            <ScrollArea type="auto" offsetScrollbars="x">
              <Table striped highlightOnHover verticalSpacing={8} miw={900} aria-label={movementsText.title}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{columns.name}</Table.Th>
                    <Table.Th>{columns.kind}</Table.Th>
                    <Table.Th>{columns.period}</Table.Th>
                    <Table.Th>{columns.document}</Table.Th>
                    <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {columns.targets}
                    </Table.Th>
                    <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {columns.participants}
                    </Table.Th>
                    <Table.Th>{columns.status}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {movements.map((movement) => (
                    <MovementRow key={movement.id} movement={movement} />
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          )}
        </Box>
      </Paper>
      <MovementFormModal opened={formOpened} onClose={form.close} onSaved={(saved) => navigate(`/movements/${saved.id}`)} />
    </Stack>
  );
}
