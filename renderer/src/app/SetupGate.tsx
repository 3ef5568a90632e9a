import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { lazy, type ReactNode, Suspense } from 'react';

import { useCall } from '../api/use-call';
import { appText } from './text';

// Shown once, on the first run: its form (and the form kit's date fields) stays out of the app's first load.
const SetupScreen = lazy(() => import('../features/setup/SetupScreen').then((module) => ({ default: module.SetupScreen })));

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
  const loading = (
    <Center mih="100vh" aria-label={appText.loading}>
      <Loader />
    </Center>
  );
  if (!status.data) return loading;
  if (!status.data.initialized) {
    return (
      <Suspense fallback={loading}>
        <SetupScreen onDone={status.reload} />
      </Suspense>
    );
  }
  return children;
}
