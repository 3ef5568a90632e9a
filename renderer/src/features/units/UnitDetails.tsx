import { Anchor, DataList, SimpleGrid, Text } from '@mantine/core';
import { KINDS_WITH_EM_FLAG, type UnitDetail } from '@shared/domain/units';
import { formatDateTime } from '@shared/format/date';
import { UNIT_KIND_LABELS } from '@shared/text/units-text';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { unitsText } from './text';

const { fields } = unitsText;

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>
        {children === '' || children === null ? (
          <Text span c="dimmed">
            —
          </Text>
        ) : (
          children
        )}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

/** The unit's fields, two columns of label: value. */
export function UnitDetails({ unit }: { unit: UnitDetail }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <DataList labelWidth={180} gap="xs">
        <Item label={fields.code}>{unit.code ?? ''}</Item>
        <Item label={fields.kind}>{UNIT_KIND_LABELS[unit.kind]}</Item>
        <Item label={fields.adminType}>{unit.adminType}</Item>
        <Item label={fields.parentId}>
          {unit.parentId !== null ? (
            <Anchor component={Link} to={`/units/${unit.parentId}`} fz="inherit">
              {unit.parentName}
            </Anchor>
          ) : (
            ''
          )}
        </Item>
        {unit.districtName && unit.districtName !== unit.parentName && unit.districtId !== unit.id && (
          <Item label={fields.district}>{unit.districtName}</Item>
        )}
        {KINDS_WITH_EM_FLAG.includes(unit.kind) && (
          <Item label={fields.ethnicMinorityAreaShort}>{unit.ethnicMinorityArea ? unitsText.yes : unitsText.no}</Item>
        )}
        <Item label={fields.status}>{unit.archived ? unitsText.filters.archived : unitsText.filters.active}</Item>
      </DataList>
      <DataList labelWidth={180} gap="xs">
        <Item label={fields.headName}>{unit.headName}</Item>
        <Item label={fields.phone}>{unit.phone}</Item>
        <Item label={fields.email}>{unit.email}</Item>
        <Item label={fields.address}>{unit.address}</Item>
        <Item label={fields.notes}>
          {unit.notes ? (
            <Text span style={{ whiteSpace: 'pre-wrap' }}>
              {unit.notes}
            </Text>
          ) : (
            ''
          )}
        </Item>
        <Item label={fields.createdAt}>{formatDateTime(unit.createdAt)}</Item>
        <Item label={fields.updatedAt}>{formatDateTime(unit.updatedAt)}</Item>
      </DataList>
    </SimpleGrid>
  );
}
