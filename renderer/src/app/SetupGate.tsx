import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

import { useCall } from '../api/use-call';
import { SetupScreen } from '../features/setup/SetupScreen';
import { appText } from './text';

/** Shows the first-run screen until the database is set up, then the app. */
export function SetupGate({ children }: { children: ReactNode }) {
  const status = useCall('setup.status', {});
  if (status.error) {
    return (
      <Center mih="100vh" p="md">
        <Stack maw={560}>
          <Alert color="red" title={appText.startFailed}>
            {status.error.message}
          </Alert>
          <Button onClick={status.reload} variant="light">
            {appText.retry}
          </Button>
        </Stack>
      </Center>
    );
  }
  if (!status.data) {
    return (
      <Center mih="100vh" aria-label={appText.loading}>
        <Loader />
      </Center>
    );
  }
  if (!status.data.initialized) return <SetupScreen onDone={status.reload} />;
  return children;
}
