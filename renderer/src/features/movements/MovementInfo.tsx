import { Anchor, Badge, DataList, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { MovementDetail } from '@shared/domain/movements';
import { formatDateTime } from '@shared/format/date';
import { compareVietnamese } from '@shared/text/collate';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { documentLine } from './format';
import { KindBadge, StatusBadge } from './MovementBadges';
import { movementsText } from './text';

const { fields, info } = movementsText;

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>
        {children === '' || children === null ? (
          <Text span c="dimmed">
            {movementsText.none}
          </Text>
        ) : (
          children
        )}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

/** The movement's fields as label: value, with its launching document and participants. */
export function MovementInfo({ movement }: { movement: MovementDetail }) {
  const { document } = movement;
  const participants = [...movement.participants].sort((a, b) => compareVietnamese(a.name, b.name));
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <DataList labelWidth={190} gap="xs">
          <Item label={fields.kind}>
            <KindBadge kind={movement.kind} />
          </Item>
          <Item label={movementsText.columns.period}>{movementsText.period(movement.startYear, movement.endYear)}</Item>
          <Item label={fields.status}>
            <StatusBadge status={movement.status} />
          </Item>
          <Item label={info.scope}>
            {movement.scopeUnit ? (
              <Anchor component={Link} to={`/units/${movement.scopeUnit.id}`} fz="inherit">
                {movement.scopeUnit.name}
              </Anchor>
            ) : (
              ''
            )}
          </Item>
          <Item label={info.updatedAt}>{formatDateTime(movement.updatedAt)}</Item>
        </DataList>
        <DataList labelWidth={190} gap="xs">
          <Item label={info.launchedBy}>{documentLine(document)}</Item>
          <Item label={fields.documentTitle}>{document.title}</Item>
          <Item label={info.attachment}>
            {document.attachmentPath ? (
              <Text span ff="monospace" fz="sm" style={{ wordBreak: 'break-all' }}>
                {document.attachmentPath}
              </Text>
            ) : (
              ''
            )}
          </Item>
        </DataList>
      </SimpleGrid>
      <div>
        <Text fw={600} size="sm" mb={4}>
          {fields.description}
        </Text>
        {movement.description ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {movement.description}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {movementsText.none}
          </Text>
        )}
      </div>
      <div>
        <Text fw={600} size="sm" mb={6}>
          {info.participants(participants.length)}
        </Text>
        {participants.length === 0 ? (
          <Text size="sm" c="dimmed">
            {info.noParticipants}
          </Text>
        ) : (
          <Group gap={6}>
            {participants.map((unit) => (
              <Badge key={unit.id} variant="default" size="lg" radius="sm" tt="none" fw={500} component={Link} to={`/units/${unit.id}`}>
                {unit.name}
              </Badge>
            ))}
          </Group>
        )}
      </div>
    </Stack>
  );
}
