import { ActionIcon, Table, Text } from '@mantine/core';
import type { MovementDetail } from '@shared/domain/movements';
import type { Target } from '@shared/domain/targets';
import { formatFigure } from '@shared/format/number';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';

import { useCall } from '../../api/use-call';
import { FormModal } from '../../components/FormModal';
import { ListExportButton } from '../../components/ListExportButton';
import { ListSection } from '../../components/ListSection';
import { explainDefinition, goalText } from './format';
import { newTargetValues, targetValues } from './target-form-values';
import { TargetForm } from './TargetForm';
import { movementsText } from './text';

const text = movementsText.targets;
const { columns } = text;

function TargetRow({ target, onEdit }: { target: Target; onEdit: () => void }) {
  const parts = target.definition.metric === 'level-count' ? target.definition.parts : [];
  return (
    <Table.Tr>
      <Table.Td fw={700} style={{ verticalAlign: 'top' }}>
        {target.code}
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Text size="sm">{target.label}</Text>
        {parts.map((part) => (
          <Text key={part.label} size="xs" c="dimmed">
            {part.label}: {formatFigure(part.goal)}
          </Text>
        ))}
        {target.note && (
          <Text size="xs" c="dimmed" fs="italic" mt={2}>
            {target.note}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>{goalText(target)}</Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>{target.baseYear}</Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Text size="sm">{explainDefinition(target.definition, target.baseYear)}</Text>
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <ActionIcon variant="subtle" aria-label={text.editLabel(target.code)} title={text.editLabel(target.code)} onClick={onEdit}>
          <IconPencil size={16} />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

type Editing = { target?: Target } | null;

/** The movement's targets with the goal and what each counts in plain words; add and edit in a modal. */
export function TargetsTab({ movement }: { movement: MovementDetail }) {
  const list = useCall('targets.list', { movementId: movement.id });
  const [editing, setEditing] = useState<Editing>(null);
  const targets = list.data ?? [];
  const nextOrdinal = targets.reduce((max, target) => Math.max(max, target.ordinal), 0) + 1;
  const close = () => setEditing(null);

  return (
    <>
      <ListSection
        list={list}
        onAdd={() => setEditing({})}
        toolbar={<ListExportButton size="sm" input={{ list: 'targets', filters: { movementId: movement.id } }} />}
        empty={targets.length === 0}
        texts={text}
        columns={[
          { label: columns.code, w: 50 },
          { label: columns.label },
          { label: columns.goal, w: 150 },
          { label: columns.baseYear, w: 80 },
          { label: columns.method, w: 300 },
          { w: 50 },
        ]}
      >
        {targets.map((target) => (
          <TargetRow key={target.id} target={target} onEdit={() => setEditing({ target })} />
        ))}
      </ListSection>
      <FormModal opened={editing !== null} onClose={close} title={editing?.target ? text.editTitle(editing.target.code) : text.createTitle}>
        {editing && (
          <TargetForm
            movementId={movement.id}
            target={editing.target}
            initialValues={editing.target ? targetValues(editing.target) : newTargetValues(nextOrdinal, movement.startYear)}
            onSaved={() => {
              close();
              list.reload();
            }}
            onCancel={close}
            onReload={() => {
              close();
              list.reload();
            }}
          />
        )}
      </FormModal>
    </>
  );
}
