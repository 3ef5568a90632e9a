import { Alert, Center, Divider, Loader, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '@shared/format/date';
import { useState } from 'react';

import { useCall } from '../../api/use-call';
import { useSettings } from '../../app/settings-context';
import { BackupsSection } from '../backups/BackupsSection';
import { SettingsForm } from './SettingsForm';
import { settingsText } from './text';

/** The settings screen: document settings, the operator name, and backups. */
export function SettingsScreen() {
  const { data, error, reload } = useCall('settings.get', {});
  const app = useSettings();
  // Remounts the form with fresh values after a save or a reload.
  const [generation, setGeneration] = useState(0);

  const refresh = () => {
    reload();
    app.reload();
    setGeneration((value) => value + 1);
  };

  return (
    <Stack gap="md" maw={960}>
      <div>
        <Title order={2}>{settingsText.title}</Title>
        <Text c="dimmed" size="sm">
          {settingsText.intro}
        </Text>
        {data && (
          <Text size="sm" mt={4}>
            {data.provinceName && settingsText.province(data.provinceName)}
            {data.provinceName && ' · '}
            {settingsText.lastSaved(formatDateTime(data.updatedAt))}
          </Text>
        )}
      </div>
      {error && (
        <Alert color="red" title={settingsText.loadFailed}>
          {error.message}
        </Alert>
      )}
      {!data && !error && (
        <Center p="xl">
          <Loader />
        </Center>
      )}
      {data && <SettingsForm key={`${data.version}-${generation}`} settings={data} onSaved={refresh} onReload={refresh} />}
      <Divider my="md" />
      <BackupsSection />
    </Stack>
  );
}
