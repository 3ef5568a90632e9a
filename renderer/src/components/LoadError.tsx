import { Alert, Button, Stack } from '@mantine/core';

import { commonText } from './text';

interface Props {
  title: string;
  message: string;
  onRetry: () => void;
}

/** A list that could not be read: what failed, the server's message, and a retry. */
export function LoadError({ title, message, onRetry }: Props) {
  return (
    <Alert color="red" title={title}>
      <Stack gap="xs" align="flex-start">
        {message}
        <Button size="xs" variant="white" onClick={onRetry}>
          {commonText.retry}
        </Button>
      </Stack>
    </Alert>
  );
}
