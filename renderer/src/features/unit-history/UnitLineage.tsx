import { Alert, Anchor, Button, DataList, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { UnitRef } from '@shared/domain/unit-history';
import { formatDate } from '@shared/format/date';
import { IconArrowMerge, IconBuildingPlus, IconCalendarEvent, IconLink } from '@tabler/icons-react';
import { Fragment, useCallback } from 'react';
import { Link } from 'react-router';

import { useCall } from '../../api/use-call';
import { ListExportButton } from '../../components/ListExportButton';
import { AddLinkModal } from './AddLinkModal';
import { LinkTable } from './LinkTable';
import { confirmRemoveLink } from './remove-link';
import { SuccessorProvinceModal } from './SuccessorProvinceModal';
import { unitHistoryText } from './text';
import { ValidityModal } from './ValidityModal';

const text = unitHistoryText.lineage;

function CurrentUnits({ selfId, current }: { selfId: number; current: UnitRef[] }) {
  if (current.length === 1 && current[0].id === selfId) return <Text size="sm">{text.currentSelf}</Text>;
  if (current.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {text.currentNone}
      </Text>
    );
  return (
    <Text size="sm">
      {current.map((unit, index) => (
        <Fragment key={unit.id}>
          {index > 0 && ', '}
          <Anchor component={Link} to={`/units/${unit.id}`} fz="inherit">
            {unit.name}
          </Anchor>
        </Fragment>
      ))}
    </Text>
  );
}

interface Props {
  unitId: number;
  /** Called after a change here, which may also have changed the unit's version. */
  onChanged?: () => void;
}

/**
 * A unit across reorganisations, on its page: validity dates, the units it came from and the units
 * that carry it on (merged into, renamed to, split from) with the legal document of each change.
 */
export function UnitLineage({ unitId, onChanged }: Props) {
  const history = useCall('unitHistory.successors', { unitId });
  const [editingValidity, validity] = useDisclosure(false);
  const [adding, add] = useDisclosure(false);
  const [creatingSuccessor, successor] = useDisclosure(false);
  const reloadHistory = history.reload;
  const changed = useCallback(() => {
    reloadHistory();
    onChanged?.();
  }, [reloadHistory, onChanged]);

  const data = history.data && history.data.unit.id === unitId ? history.data : undefined;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {text.title}
        </Title>
        <Group gap="xs">
          <Button component={Link} to="/units/roll-up" size="xs" variant="subtle" leftSection={<IconArrowMerge size={16} />}>
            {text.rollUpLink}
          </Button>
          {data && (
            <>
              <ListExportButton size="xs" input={{ list: 'unitLineage', filters: { unitId } }} />
              <Button size="xs" variant="default" leftSection={<IconCalendarEvent size={16} />} onClick={validity.open}>
                {text.editValidity}
              </Button>
              {data.unit.kind === 'province' && data.successors.length === 0 && (
                <Button size="xs" variant="light" leftSection={<IconBuildingPlus size={16} />} onClick={successor.open}>
                  {unitHistoryText.successorProvince.button}
                </Button>
              )}
              <Button size="xs" variant="light" leftSection={<IconLink size={16} />} onClick={add.open}>
                {text.addLink}
              </Button>
            </>
          )}
        </Group>
      </Group>
      {history.error && (
        <Alert color="red" title={text.loadFailed}>
          {history.error.message}
        </Alert>
      )}
      {!data && !history.error && <Skeleton h={80} />}
      {data && (
        <Stack gap="md">
          <DataList labelWidth={180} gap="xs">
            <DataList.Item>
              <DataList.ItemLabel>{text.validFrom}</DataList.ItemLabel>
              <DataList.ItemValue>
                {data.unit.validFrom ? (
                  formatDate(data.unit.validFrom)
                ) : (
                  <Text span c="dimmed" fz="inherit">
                    {text.unknownDate}
                  </Text>
                )}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{text.validTo}</DataList.ItemLabel>
              <DataList.ItemValue>{data.unit.validTo ? formatDate(data.unit.validTo) : text.stillValid}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{text.current}</DataList.ItemLabel>
              <DataList.ItemValue>
                <CurrentUnits selfId={data.unit.id} current={data.current} />
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
          <Stack gap={6}>
            <Text fw={600} size="sm">
              {text.predecessors}
            </Text>
            {data.predecessors.length === 0 ? (
              <Text size="sm" c="dimmed">
                {text.noPredecessors}
              </Text>
            ) : (
              <LinkTable
                links={data.predecessors}
                selfId={data.unit.id}
                label={text.predecessors}
                onRemove={(link) => confirmRemoveLink(link, changed)}
              />
            )}
          </Stack>
          <Stack gap={6}>
            <Text fw={600} size="sm">
              {text.successors}
            </Text>
            {data.successors.length === 0 ? (
              <Text size="sm" c="dimmed">
                {text.noSuccessors}
              </Text>
            ) : (
              <LinkTable
                links={data.successors}
                selfId={data.unit.id}
                label={text.successors}
                onRemove={(link) => confirmRemoveLink(link, changed)}
              />
            )}
          </Stack>
        </Stack>
      )}
      {data && (
        <>
          <ValidityModal opened={editingValidity} onClose={validity.close} unit={data.unit} onSaved={changed} />
          <AddLinkModal opened={adding} onClose={add.close} unit={data.unit} onSaved={changed} />
          <SuccessorProvinceModal opened={creatingSuccessor} onClose={successor.close} province={data.unit} onSaved={changed} />
        </>
      )}
    </Paper>
  );
}
