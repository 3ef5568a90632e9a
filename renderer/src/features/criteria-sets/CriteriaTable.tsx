import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import type { CriterionOwners } from '@shared/domain/agencies';
import type { CriteriaSet, Criterion } from '@shared/domain/criteria';
import { IconArchive, IconArchiveOff, IconPencil } from '@tabler/icons-react';
import { Fragment } from 'react';

import { OwnersCell } from '../agencies/OwnersCell';
import { agenciesText } from '../agencies/text';
import { criteriaSetsText } from './text';

const { criteria: text } = criteriaSetsText;

interface Props {
  set: CriteriaSet;
  onEdit: (criterion: Criterion) => void;
  onArchive: (criterion: Criterion) => void;
  /** Responsible agencies by criterion id; the column shows once they are loaded. */
  owners?: Map<number, CriterionOwners>;
  onEditOwners?: (owners: CriterionOwners) => void;
}

/** Groups in the order their first criterion appears, so "I. Quy hoạch" comes before "II. Hạ tầng...". */
function byGroup(criteria: Criterion[]): { group: string; items: Criterion[] }[] {
  const groups = new Map<string, Criterion[]>();
  for (const criterion of [...criteria].sort((a, b) => a.number - b.number)) {
    const list = groups.get(criterion.groupName) ?? [];
    list.push(criterion);
    groups.set(criterion.groupName, list);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

/** The set's criteria by group; rename and archive buttons only where the set is editable. */
export function CriteriaTable({ set, onEdit, onArchive, owners, onEditOwners }: Props) {
  if (set.criteria.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {text.empty}
      </Text>
    );
  }
  const grouped = byGroup(set.criteria);
  const showGroups = grouped.length > 1 || grouped[0].group !== '';
  // The status column only earns its place once something is archived.
  const anyArchived = set.criteria.some((criterion) => criterion.archived);
  const columnCount = 2 + (owners ? 1 : 0) + (anyArchived ? 1 : 0) + (set.editable ? 1 : 0);
  return (
    <Table verticalSpacing={6} highlightOnHover aria-label={text.tableLabel(set.name)}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={60} ta="right">
            {text.columns.number}
          </Table.Th>
          <Table.Th>{text.columns.name}</Table.Th>
          {owners && <Table.Th w="38%">{agenciesText.owners.column}</Table.Th>}
          {anyArchived && <Table.Th w={130}>{text.columns.status}</Table.Th>}
          {set.editable && <Table.Th w={90}>{text.columns.actions}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {grouped.map(({ group, items }) => (
          <Fragment key={group}>
            {showGroups && (
              <Table.Tr bg="var(--mantine-color-gray-0)">
                <Table.Td colSpan={columnCount}>
                  <Text fw={600} size="sm">
                    {group || text.noGroup}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {items.map((criterion) => (
              <Table.Tr key={criterion.id} c={criterion.archived ? 'dimmed' : undefined}>
                <Table.Td ta="right">{criterion.number}</Table.Td>
                <Table.Td td={criterion.archived ? 'line-through' : undefined}>{criterion.name}</Table.Td>
                {owners && (
                  <Table.Td>
                    <OwnersCell
                      owners={owners.get(criterion.id)}
                      name={criterion.name}
                      onEdit={
                        onEditOwners && owners.get(criterion.id)
                          ? () => onEditOwners(owners.get(criterion.id) as CriterionOwners)
                          : undefined
                      }
                    />
                  </Table.Td>
                )}
                {anyArchived && (
                  <Table.Td>
                    {criterion.archived && (
                      <Badge color="gray" variant="light">
                        {text.archivedBadge}
                      </Badge>
                    )}
                  </Table.Td>
                )}
                {set.editable && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={text.rename(criterion.name)}>
                        <ActionIcon variant="subtle" aria-label={text.rename(criterion.name)} onClick={() => onEdit(criterion)}>
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={criterion.archived ? text.restore(criterion.name) : text.archive(criterion.name)}>
                        <ActionIcon
                          variant="subtle"
                          color={criterion.archived ? 'teal' : 'red'}
                          aria-label={criterion.archived ? text.restore(criterion.name) : text.archive(criterion.name)}
                          onClick={() => onArchive(criterion)}
                        >
                          {criterion.archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Fragment>
        ))}
      </Table.Tbody>
    </Table>
  );
}
