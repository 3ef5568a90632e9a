import { Alert, Button, Stack } from '@mantine/core';
import { useEffect, useRef } from 'react';

import { commonText } from './text';

interface Props {
  title: string;
  message: string;
  onReload?: () => void;
}

/** A stale edit: what happened and a button to read the record again; brought into view, since a long form may hide it. */
export function ConflictAlert({ title, message, onReload }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [message]);
  return (
    <Alert ref={ref} color="orange" title={title} role="alert">
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
