import { Alert, Center, Container, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { SetupResult } from '@shared/contract/setup';

import { useCall } from '../../api/use-call';
import { SetupForm } from './SetupForm';
import { setupText } from './text';

/** The first-run screen shown instead of the app until the database is set up. */
export function SetupScreen({ onDone }: { onDone: (result: SetupResult) => void }) {
  const provinces = useCall('setup.provinces', {});
  return (
    <Container size="md" py="xl">
      <Paper withBorder shadow="sm" p="xl" radius="md">
        <Stack gap="md">
          <div>
            <Text c="red.8" fw={700}>
              {setupText.appName}
            </Text>
            <Title order={1} size="h2">
              {setupText.title}
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              {setupText.intro}
            </Text>
          </div>
          {provinces.error && (
            <Alert color="red" title={setupText.provincesFailed}>
              {provinces.error.message}
            </Alert>
          )}
          {!provinces.data && !provinces.error && (
            <Center p="xl">
              <Loader />
            </Center>
          )}
          {provinces.data && <SetupForm provinces={provinces.data} onDone={onDone} />}
        </Stack>
      </Paper>
    </Container>
  );
}
