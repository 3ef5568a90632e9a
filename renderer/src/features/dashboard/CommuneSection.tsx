import { Anchor, Button, Paper, Table, Text, Title } from '@mantine/core';
import { DASHBOARD_LIST_SHOWN, type DashboardCommuneList, type UnitFigureList } from '@shared/domain/targets';
import { formatNumber } from '@shared/format/number';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { dashboardText } from './text';
import type { ShowUnits } from './units-list';

const { communeColumns: columns } = dashboardText;

interface Props {
  title: string;
  empty: string;
  /** How many communes, and the first few (lowest count first) with their figures, as the summary sends them. */
  list: UnitFigureList;
  /** The same list for the drawer that shows it whole. */
  source: DashboardCommuneList;
  withPrevious?: boolean;
  /** A line under the list (e.g. communes left out for want of last year's record). */
  note?: ReactNode;
  onShow: ShowUnits;
}

/** A short list of communes (under the threshold, no gain), lowest count first, the rest in the drawer. */
export function CommuneSection({ title, empty, list, source, withPrevious = false, note, onShow }: Props) {
  const total = list.total;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
        {total > 0 && (
          <Text span c="dimmed" fw={400}>
            {` (${formatNumber(total)})`}
          </Text>
        )}
      </Title>
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <>
          <Table verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{columns.name}</Table.Th>
                <Table.Th>{columns.district}</Table.Th>
                <Table.Th ta="right">{columns.count}</Table.Th>
                {withPrevious && <Table.Th ta="right">{columns.previous}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.lowest.map((unit) => (
                <Table.Tr key={unit.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/units/${unit.id}`} fz="sm">
                      {unit.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{unit.districtName ?? ''}</Table.Td>
                  <Table.Td ta="right">{unit.count === null ? '' : formatNumber(unit.count)}</Table.Td>
                  {withPrevious && <Table.Td ta="right">{unit.previousCount === null ? '' : formatNumber(unit.previousCount)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {total > DASHBOARD_LIST_SHOWN && (
            <Button
              variant="subtle"
              size="compact-sm"
              mt="xs"
              onClick={() => onShow({ title, source: { kind: source }, total, withPrevious })}
            >
              {dashboardText.moreUnits(total)}
            </Button>
          )}
        </>
      )}
      {note && <div style={{ marginTop: 'var(--mantine-spacing-xs)' }}>{note}</div>}
    </Paper>
  );
}
