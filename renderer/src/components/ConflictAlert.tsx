import { Alert, Button, Stack } from '@mantine/core';

import { commonText } from './text';

interface Props {
  title: string;
  message: string;
  onReload?: () => void;
}

/** A stale edit: what happened and a button to read the record again. */
export function ConflictAlert({ title, message, onReload }: Props) {
  return (
    <Alert color="orange" title={title} role="alert">
      <Stack gap="xs" align="flex-start">
        {message}
        {onReload && (
          <Button size="xs" color="orange" onClick={onReload}>
            {commonText.reload}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
