import { ActionIcon, Alert, Badge, Button, Group, Loader, Paper, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { UnitAlias } from '@shared/domain/units';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { unitsText } from './text';

const text = unitsText.aliases;

interface Props {
  unit: { id: number; name: string; archived: boolean };
  aliases: UnitAlias[] | undefined;
  error?: string | null;
  onChanged: () => void;
}

function messageOf(error: unknown): string {
  return error instanceof ApiError || error instanceof Error ? error.message : String(error);
}

/** Other names of the unit (tên gọi khác): listed with where each came from; added here, removed after a confirmation. */
export function UnitAliases({ unit, aliases, error, onChanged }: Props) {
  const [name, setName] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setFieldError(null);
    try {
      const alias = await call('units.addAlias', { unitId: unit.id, name });
      notifications.show({ color: 'green', message: text.added(alias.name) });
      setName('');
      onChanged();
    } catch (caught) {
      setFieldError(messageOf(caught));
    } finally {
      setSaving(false);
    }
  };

  const remove = (alias: UnitAlias) =>
    modals.openConfirmModal({
      title: text.confirmTitle,
      children: <Text size="sm">{text.confirmBody(alias.name, unit.name)}</Text>,
      labels: { confirm: text.confirm, cancel: text.cancel },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        call('units.removeAlias', { id: alias.id })
          .then(() => {
            notifications.show({ color: 'green', message: text.removed(alias.name) });
            onChanged();
          })
          .catch((caught: unknown) => notifications.show({ color: 'red', title: text.failed, message: messageOf(caught) }));
      },
    });

  return (
    <Paper withBorder p="md" component="section" aria-label={text.title}>
      <Title order={3} size="h4" mb={4}>
        {text.title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {text.intro}
      </Text>
      {error ? (
        <Alert color="red" title={text.loadFailed}>
          {error}
        </Alert>
      ) : !aliases ? (
        <Loader size="sm" />
      ) : (
        <Stack gap="sm">
          {aliases.length === 0 ? (
            <Text size="sm" c="dimmed">
              {text.empty}
            </Text>
          ) : (
            <Group gap="xs">
              {aliases.map((alias) => (
                <Badge
                  key={alias.id}
                  size="lg"
                  variant="light"
                  color="gray"
                  tt="none"
                  fw={500}
                  rightSection={
                    <Tooltip label={text.remove(alias.name)}>
                      <ActionIcon size="xs" variant="subtle" color="red" aria-label={text.remove(alias.name)} onClick={() => remove(alias)}>
                        <IconTrash size={12} />
                      </ActionIcon>
                    </Tooltip>
                  }
                >
                  {alias.name}
                  <Text span size="xs" c="dimmed" ml={6}>
                    ({text.sources[alias.source]})
                  </Text>
                </Badge>
              ))}
            </Group>
          )}
          {!unit.archived && (
            <form onSubmit={(event) => void add(event)}>
              <Group align="flex-start" gap="xs">
                <TextInput
                  label={text.label}
                  placeholder={text.placeholder}
                  value={name}
                  onChange={(event) => setName(event.currentTarget.value)}
                  error={fieldError}
                  maxLength={200}
                  w={320}
                />
                <Button
                  type="submit"
                  mt={25}
                  variant="light"
                  leftSection={<IconPlus size={16} />}
                  loading={saving}
                  disabled={name.trim() === ''}
                >
                  {text.add}
                </Button>
              </Group>
            </form>
          )}
        </Stack>
      )}
    </Paper>
  );
}
