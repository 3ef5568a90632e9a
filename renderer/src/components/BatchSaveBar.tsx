import { Alert, Button, Group, Text } from '@mantine/core';

import { ConflictAlert } from './ConflictAlert';

/** Why the last save of a batch failed: a stale version (reload) or another refusal. */
export interface BatchSaveError {
  conflict: boolean;
  message: string;
}

interface Props {
  error: BatchSaveError | null;
  /** How many rows changed since the last save; 0 when nothing did. */
  changed: number;
  saving: boolean;
  texts: { conflictTitle: string; saveFailed?: string; dirty: (count: number) => string; revert: string; save: string };
  onReload: () => void;
  onRevert: () => void;
  onSave: () => void;
}

/** The foot of a screen edited as a batch of rows: the last error, the unsaved count, Hủy thay đổi and Lưu. */
export function BatchSaveBar({ error, changed, saving, texts, onReload, onRevert, onSave }: Props) {
  const dirty = changed > 0;
  return (
    <>
      {error &&
        (error.conflict ? (
          <ConflictAlert title={texts.conflictTitle} message={error.message} onReload={onReload} />
        ) : (
          <Alert color="red" title={texts.saveFailed}>
            {error.message}
          </Alert>
        ))}
      <Group justify="space-between">
        <Text size="sm" fw={dirty ? 600 : undefined}>
          {dirty ? texts.dirty(changed) : ''}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={onRevert} disabled={!dirty || saving}>
            {texts.revert}
          </Button>
          <Button onClick={onSave} disabled={!dirty} loading={saving}>
            {texts.save}
          </Button>
        </Group>
      </Group>
    </>
  );
}
