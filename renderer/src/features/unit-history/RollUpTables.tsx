import { Anchor, Badge, Table, Text, Tooltip } from '@mantine/core';
import type { UnitRef } from '@shared/domain/unit-history';
import { formatDate } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { LEVEL_LABELS } from '@shared/text/movements-text';
import { Fragment } from 'react';
import { Link } from 'react-router';

import type { RolledRecognition, RollUpGroup } from './roll-up';
import { unitHistoryText } from './text';

const text = unitHistoryText.rollUp;

function UnitLink({ unit }: { unit: UnitRef }) {
  return (
    <Anchor component={Link} to={`/units/${unit.id}`} fz="inherit">
      {unit.name}
    </Anchor>
  );
}

/** Today's unit(s) of one record; a split or an end without successor is said in words. */
function CurrentCell({ current }: { current: UnitRef[] }) {
  if (current.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {text.noSuccessor}
      </Text>
    );
  }
  return (
    <>
      {current.map((unit, index) => (
        <Fragment key={unit.id}>
          {index > 0 && ', '}
          <UnitLink unit={unit} />
        </Fragment>
      ))}
      {current.length > 1 && (
        <Tooltip label={text.splitHint} multiline w={260}>
          <Badge color="orange" variant="light" tt="none" ml={6}>
            {text.split}
          </Badge>
        </Tooltip>
      )}
    </>
  );
}

/** Totals per today's unit (a page of them): how many decisions of the year it inherits and at which levels; the foot sums every page. */
export function GroupTable({ groups, total, recognised }: { groups: RollUpGroup[]; total: number; recognised: number }) {
  return (
    <Table withTableBorder striped aria-label={text.groupsTitle}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{text.columns.currentUnit}</Table.Th>
          <Table.Th ta="right">{text.columns.records}</Table.Th>
          <Table.Th ta="right">{text.columns.recognised}</Table.Th>
          <Table.Th>{text.columns.byLevel}</Table.Th>
          <Table.Th>{text.columns.formerUnits}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {groups.map((group) => (
          <Table.Tr key={group.key}>
            <Table.Td>
              {group.target.type === 'unit' ? (
                <UnitLink unit={group.target.unit} />
              ) : (
                <Text size="sm" c="dimmed" fs="italic">
                  {group.target.type === 'split' ? text.split : text.noSuccessor}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right">{formatNumber(group.records)}</Table.Td>
            <Table.Td ta="right">{formatNumber(group.recognised)}</Table.Td>
            <Table.Td>
              {group.byLevel.map((entry) => text.levelCount(formatNumber(entry.count), LEVEL_LABELS[entry.level])).join('; ')}
            </Table.Td>
            <Table.Td>{group.formerNames.join(', ')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th>{text.total}</Table.Th>
          <Table.Th ta="right">{formatNumber(total)}</Table.Th>
          <Table.Th ta="right">{formatNumber(recognised)}</Table.Th>
          <Table.Th />
          <Table.Th />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

/** Every decision of the year as recorded (unit and district of its time) next to today's unit(s). */
export function RecordTable({ records }: { records: RolledRecognition[] }) {
  return (
    <Table withTableBorder striped aria-label={text.recordsTitle}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{text.columns.unit}</Table.Th>
          <Table.Th>{text.columns.district}</Table.Th>
          <Table.Th>{text.columns.level}</Table.Th>
          <Table.Th>{text.columns.decision}</Table.Th>
          <Table.Th>{text.columns.current}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {records.map((record) => (
          <Table.Tr key={record.id}>
            <Table.Td>{record.unitNameAt}</Table.Td>
            <Table.Td>{record.districtNameAt ?? ''}</Table.Td>
            <Table.Td>{LEVEL_LABELS[record.level]}</Table.Td>
            <Table.Td>{text.decision(record.decision.number, formatDate(record.decision.date), record.decision.signerAuthority)}</Table.Td>
            <Table.Td>
              <CurrentCell current={record.current} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
