import { Modal } from '@mantine/core';

import { ChangeHistory, type HistoryEntity } from './ChangeHistory';
import { historyText as text } from './text';

interface Props {
  /** The record whose history is open, or null when the dialog is closed. */
  record: { entity: HistoryEntity; entityId: number; label: string } | null;
  onClose: () => void;
}

/** The change history of one record in a dialog, for lists whose rows have no page of their own. */
export function HistoryModal({ record, onClose }: Props) {
  return (
    <Modal opened={record !== null} onClose={onClose} title={record ? `${text.title}: ${record.label}` : ''} size="xl">
      {record && <ChangeHistory entity={record.entity} entityId={record.entityId} />}
    </Modal>
  );
}
