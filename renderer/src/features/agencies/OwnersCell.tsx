import { ActionIcon, Anchor, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { CriterionOwners } from '@shared/domain/agencies';
import { IconUsersGroup } from '@tabler/icons-react';
import { Link } from 'react-router';

import { agenciesText } from './text';

/** A criterion's agencies (each a link to its page), the default flag, and the button that changes them. */
export function OwnersCell({ owners, name, onEdit }: { owners: CriterionOwners | undefined; name: string; onEdit?: () => void }) {
  const agencies = owners?.agencies ?? [];
  return (
    <Group gap={6} wrap="nowrap" justify="space-between" align="flex-start">
      <Stack gap={2}>
        {agencies.length === 0 ? (
          <Text size="sm" c="dimmed">
            {agenciesText.noOwner}
          </Text>
        ) : (
          agencies.map((agency) => (
            <Anchor key={agency.id} component={Link} to={`/agencies/${agency.id}`} size="sm">
              {agency.name}
            </Anchor>
          ))
        )}
        {owners?.isDefault && agencies.length > 0 && (
          <Tooltip label={agenciesText.defaultHint} multiline w={320}>
            <Badge size="xs" variant="light" color="gray" w="fit-content">
              {agenciesText.defaultBadge}
            </Badge>
          </Tooltip>
        )}
      </Stack>
      {onEdit && (
        <Tooltip label={agenciesText.owners.edit(name)}>
          <ActionIcon variant="subtle" aria-label={agenciesText.owners.edit(name)} onClick={onEdit}>
            <IconUsersGroup size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
