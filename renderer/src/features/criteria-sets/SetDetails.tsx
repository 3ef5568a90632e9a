import { Alert, Badge, Button, DataList, Group, Stack, Text, Title } from '@mantine/core';
import type { CriterionOwners } from '@shared/domain/agencies';
import type { CriteriaSet, Criterion } from '@shared/domain/criteria';
import { formatDate } from '@shared/format/date';
import { IconLock, IconPencil, IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

import { CriteriaTable } from './CriteriaTable';
import { criteriaSetsText } from './text';

const { info } = criteriaSetsText;

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>
        {children === '' ? (
          <Text span c="dimmed">
            {criteriaSetsText.none}
          </Text>
        ) : (
          children
        )}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

/** "Đang dùng / đã lưu trữ" counts for the set's badge. */
export function criteriaCounts(set: CriteriaSet): string {
  const archived = set.criteria.filter((criterion) => criterion.archived).length;
  return criteriaSetsText.criteriaCount(set.criteria.length - archived, archived);
}

export function EditableBadge({ set }: { set: CriteriaSet }) {
  return set.editable ? (
    <Badge color="teal" variant="light">
      {criteriaSetsText.editable}
    </Badge>
  ) : (
    <Badge color="gray" variant="light" leftSection={<IconLock size={12} />}>
      {criteriaSetsText.fixed}
    </Badge>
  );
}

interface Props {
  set: CriteriaSet;
  onEditSet: () => void;
  onAddCriterion: () => void;
  onEditCriterion: (criterion: Criterion) => void;
  onArchiveCriterion: (criterion: Criterion) => void;
  owners?: Map<number, CriterionOwners>;
  onEditOwners?: (owners: CriterionOwners) => void;
}

/** One set: its information (editable for every set) and its criteria (changeable only in provincial sets). */
export function SetDetails({ set, onEditSet, onAddCriterion, onEditCriterion, onArchiveCriterion, owners, onEditOwners }: Props) {
  const { legalBasis } = set;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={3}>{set.name}</Title>
          <Group gap="xs" mt={6}>
            <Badge variant="outline">{criteriaSetsText.scopes[set.scope]}</Badge>
            <EditableBadge set={set} />
            <Text size="sm" c="dimmed">
              {criteriaCounts(set)}
            </Text>
          </Group>
        </div>
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEditSet} style={{ flexShrink: 0 }}>
          {info.editSet}
        </Button>
      </Group>
      <DataList labelWidth={170} gap="xs">
        <Item label={info.scope}>{criteriaSetsText.scopes[set.scope]}</Item>
        <Item label={info.adminTypes}>{set.adminTypes.length > 0 ? set.adminTypes.join(', ') : info.allAdminTypes}</Item>
        <Item label={info.legalBasis}>{criteriaSetsText.legalLine(legalBasis.number, formatDate(legalBasis.date), legalBasis.issuer)}</Item>
        <Item label={info.legalTitle}>{legalBasis.title}</Item>
        <Item label={info.validity}>{criteriaSetsText.validity(formatDate(set.validFrom), formatDate(set.validTo))}</Item>
      </DataList>
      <Group justify="space-between" align="center">
        <Title order={4}>{criteriaSetsText.criteria.title}</Title>
        {set.editable && (
          <Button leftSection={<IconPlus size={16} />} onClick={onAddCriterion}>
            {criteriaSetsText.criteria.add}
          </Button>
        )}
      </Group>
      {!set.editable && (
        <Alert color="gray" variant="light" icon={<IconLock size={18} />}>
          {criteriaSetsText.fixedHint}
        </Alert>
      )}
      <CriteriaTable set={set} onEdit={onEditCriterion} onArchive={onArchiveCriterion} owners={owners} onEditOwners={onEditOwners} />
    </Stack>
  );
}
