import { Alert, Button, Stack } from '@mantine/core';

import { criteriaSetsText } from './text';

/** A stale edit: what happened and a button to read the sets again. */
export function ConflictAlert({ title, message, onReload }: { title: string; message: string; onReload: () => void }) {
  return (
    <Alert color="orange" title={title} role="alert">
      <Stack gap="xs" align="flex-start">
        {message}
        <Button size="xs" color="orange" onClick={onReload}>
          {criteriaSetsText.reload}
        </Button>
      </Stack>
    </Alert>
  );
}
