import { Alert, Anchor, Button, Center, Divider, Grid, Loader, NavLink, Stack, Text, Title } from '@mantine/core';
import { DEFAULT_CERTIFICATE_LAYOUT } from '@shared/domain/certificates';
import { formatNumber } from '@shared/format/number';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import { useCall } from '../../api/use-call';
import { useSettings } from '../../app/settings-context';
import { DecisionBatchSection } from './DecisionBatchSection';
import { LayoutEditor } from './LayoutEditor';
import { certificatesText as text } from './text';

const mm = (value: number) => (value > 0 ? `+${formatNumber(value, 1)}` : formatNumber(value, 1));

/** "Phôi bằng khen, giấy khen": the layouts of the blanks, each edited with its preview and calibration page. */
export function CertificateLayoutsPage() {
  const layouts = useCall('certificates.layouts', {});
  const { settings } = useSettings();
  const [selected, setSelected] = useState<number | 'new' | null>(null);
  // Remounts the editor with fresh values after a save, a reload or a removal.
  const [generation, setGeneration] = useState(0);
  const list = layouts.data ?? [];
  const current = selected === 'new' ? null : (list.find((layout) => layout.id === selected) ?? list[0] ?? null);
  const editing = selected === 'new' || current !== null;

  const refresh = (next?: number | 'new' | null) => {
    if (next !== undefined) setSelected(next);
    layouts.reload();
    setGeneration((value) => value + 1);
  };

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{text.title}</Title>
        <Text c="dimmed" size="sm" maw={900}>
          {text.intro}
        </Text>
        {settings && (
          <Text size="sm" mt={4}>
            {text.offset(mm(settings.certificateOffsetMm.x), mm(settings.certificateOffsetMm.y))}{' '}
            <Anchor component={Link} to="/settings" size="sm">
              {text.offsetLink}
            </Anchor>
          </Text>
        )}
      </div>
      {layouts.error && (
        <Alert color="red" title={text.loadFailed}>
          {layouts.error.message}
        </Alert>
      )}
      {!layouts.data && !layouts.error && (
        <Center p="xl">
          <Loader />
        </Center>
      )}
      {layouts.data && (
        <Grid>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Stack gap={4} component="nav" aria-label={text.listLabel}>
              {list.length === 0 && (
                <Text size="sm" c="dimmed">
                  {text.empty}
                </Text>
              )}
              {list.map((layout) => (
                <NavLink
                  key={layout.id}
                  label={layout.name}
                  description={layout.blankKind}
                  active={current?.id === layout.id && selected !== 'new'}
                  onClick={() => refresh(layout.id)}
                />
              ))}
              <Button mt="xs" variant="light" leftSection={<IconPlus size={16} />} onClick={() => refresh('new')}>
                {text.add}
              </Button>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 9 }}>
            {editing && (
              <LayoutEditor
                key={`${selected === 'new' ? 'new' : (current?.id ?? '')}-${current?.version ?? 0}-${generation}`}
                layout={selected === 'new' ? null : current}
                initial={selected === 'new' || !current ? { ...DEFAULT_CERTIFICATE_LAYOUT, name: text.newName(list.length + 1) } : current}
                onSaved={(saved) => refresh(saved.id)}
                onReload={() => refresh()}
                onRemoved={() => refresh(null)}
              />
            )}
          </Grid.Col>
        </Grid>
      )}
      <Divider />
      <DecisionBatchSection />
    </Stack>
  );
}
