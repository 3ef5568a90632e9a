import { Alert, Anchor, Badge, Breadcrumbs, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ADMIN_TYPES_BY_KIND, PARENT_KINDS, UNIT_KINDS, type UnitDetail } from '@shared/domain/units';
import { UNIT_KIND_LABELS } from '@shared/text/units-text';
import { IconArchive, IconArchiveOff, IconPencil, IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { useCall } from '../../api/use-call';
import { UnitLineage } from '../unit-history/UnitLineage';
import { UnitRecords } from '../unit-records/UnitRecords';
import { confirmArchiveOrRestore } from './archive';
import { parentIdsOf } from './history';
import { unitsText } from './text';
import { UnitAliases } from './UnitAliases';
import { UnitDetails } from './UnitDetails';
import { UnitFormModal } from './UnitFormModal';
import { UnitHistory } from './UnitHistory';
import { UnitTable } from './UnitTable';
import { useUnitsByIds } from './use-units-by-ids';

const { page } = unitsText;

/** The kind a new child of this unit gets by default (district -> commune, commune -> village ...). */
function childPreset(unit: UnitDetail) {
  const kind =
    UNIT_KINDS.find((candidate) => candidate !== 'agency' && PARENT_KINDS[candidate].includes(unit.kind)) ??
    (unit.kind === 'agency' ? 'agency' : null);
  return kind ? { kind, adminType: ADMIN_TYPES_BY_KIND[kind][0], parentId: String(unit.id) } : null;
}

/** One unit: breadcrumb, details, children and change history; edit, archive and restore. */
export function UnitPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const navigate = useNavigate();
  const detail = useCall('units.get', { id: valid ? id : 1 }, valid);
  const history = useCall('audit.forUnit', { unitId: valid ? id : 1 }, valid);
  const aliases = useCall('units.aliases', { unitId: valid ? id : 1 }, valid);
  // Parents named in the history, by id: only those are read.
  const parentIds = useMemo(() => parentIdsOf(history.data ?? []), [history.data]);
  const parents = useUnitsByIds(parentIds, parentIds.length > 0);
  const [editing, edit] = useDisclosure(false);
  const [addingChild, addChild] = useDisclosure(false);

  const reloadDetail = detail.reload;
  const reloadHistory = history.reload;
  const reloadAliases = aliases.reload;
  const reload = useCallback(() => {
    reloadDetail();
    reloadHistory();
    reloadAliases();
  }, [reloadDetail, reloadHistory, reloadAliases]);
  const aliasesChanged = useCallback(() => {
    reloadAliases();
    reloadHistory();
  }, [reloadAliases, reloadHistory]);
  const unitName = useCallback((unitId: number) => parents.units?.get(unitId)?.name, [parents.units]);

  if (!valid || detail.error) {
    return (
      <Alert color="red" title={page.loadFailed}>
        <Stack gap="xs" align="flex-start">
          {detail.error?.message}
          <Anchor component={Link} to="/units">
            {page.back}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  // A different unit's data may still be held while the new one loads: wait for the right one.
  const unit = detail.data && detail.data.id === id ? detail.data : undefined;
  if (!unit) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  const preset = childPreset(unit);

  return (
    <Stack gap="md">
      <Breadcrumbs separatorMargin={6} component="nav" aria-label={page.breadcrumb}>
        <Anchor component={Link} to="/units" size="sm">
          {page.back}
        </Anchor>
        {unit.ancestors.map((ancestor) => (
          <Anchor key={ancestor.id} component={Link} to={`/units/${ancestor.id}`} size="sm">
            {ancestor.name}
          </Anchor>
        ))}
        <Text size="sm">{unit.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm" align="center">
          <Title order={2}>{unit.name}</Title>
          <Badge variant="light">{UNIT_KIND_LABELS[unit.kind]}</Badge>
          {unit.archived && (
            <Badge color="gray" variant="filled">
              {unitsText.archivedBadge}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          {!unit.archived && (
            <Button leftSection={<IconPencil size={16} />} onClick={edit.open}>
              {page.edit}
            </Button>
          )}
          {!unit.archived && preset && (
            <Button variant="light" leftSection={<IconPlus size={16} />} onClick={addChild.open}>
              {page.addChild}
            </Button>
          )}
          <Button
            variant="default"
            leftSection={unit.archived ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
            onClick={() => confirmArchiveOrRestore(unit, reload)}
          >
            {unit.archived ? page.restore : page.archive}
          </Button>
        </Group>
      </Group>
      {unit.archived && <Alert color="gray">{page.archivedNotice}</Alert>}
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          {page.details}
        </Title>
        <UnitDetails unit={unit} />
      </Paper>
      <UnitAliases unit={unit} aliases={aliases.data} error={aliases.error?.message} onChanged={aliasesChanged} />
      <UnitRecords unit={unit} onChanged={reloadHistory} />
      <UnitLineage unitId={unit.id} onChanged={reload} />
      {(unit.children.length > 0 || preset) && (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">
            {page.children(unit.children.length)}
          </Title>
          {unit.children.length > 0 ? (
            <UnitTable units={unit.children} label={page.children(unit.children.length)} hide={['parent']} pageSize={25} />
          ) : (
            <Text c="dimmed">{unitsText.emptyChildren}</Text>
          )}
        </Paper>
      )}
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          {page.history}
        </Title>
        <UnitHistory entries={history.data} error={history.error?.message} unitName={unitName} />
      </Paper>
      <UnitFormModal
        opened={editing}
        onClose={edit.close}
        unit={unit}
        onSaved={reload}
        onReload={() => {
          edit.close();
          reload();
        }}
      />
      {preset && (
        <UnitFormModal opened={addingChild} onClose={addChild.close} preset={preset} onSaved={(saved) => navigate(`/units/${saved.id}`)} />
      )}
    </Stack>
  );
}
