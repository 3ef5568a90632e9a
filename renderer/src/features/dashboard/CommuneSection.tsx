import { Anchor, Button, Paper, Table, Text, Title } from '@mantine/core';
import type { UnitFigure } from '@shared/domain/targets';
import { formatNumber } from '@shared/format/number';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { dashboardText } from './text';
import type { ShowUnits } from './units-list';

const { communeColumns: columns } = dashboardText;

/** How many communes the section lists before "see all" (the drawer has the rest). */
const SHOWN = 8;

interface Props {
  title: string;
  empty: string;
  units: UnitFigure[];
  withPrevious?: boolean;
  /** A line under the list (e.g. communes left out for want of last year's record). */
  note?: ReactNode;
  onShow: ShowUnits;
}

/** A short list of communes (under the threshold, no gain), lowest count first, the rest in the drawer. */
export function CommuneSection({ title, empty, units, withPrevious = false, note, onShow }: Props) {
  const sorted = [...units].sort((a, b) => (a.count ?? 0) - (b.count ?? 0));
  const shown = sorted.slice(0, SHOWN);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
        {units.length > 0 && (
          <Text span c="dimmed" fw={400}>
            {` (${formatNumber(units.length)})`}
          </Text>
        )}
      </Title>
      {units.length === 0 ? (
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
              {shown.map((unit) => (
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
          {units.length > SHOWN && (
            <Button
              variant="subtle"
              size="compact-sm"
              mt="xs"
              onClick={() => onShow({ title, ids: units.map((u) => u.id), figures: units, withPrevious })}
            >
              {dashboardText.moreUnits(units.length)}
            </Button>
          )}
        </>
      )}
      {note && <div style={{ marginTop: 'var(--mantine-spacing-xs)' }}>{note}</div>}
    </Paper>
  );
}
