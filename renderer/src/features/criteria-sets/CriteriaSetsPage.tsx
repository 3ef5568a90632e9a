import { Box, Grid, Group, LoadingOverlay, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import type { CriterionOwners } from '@shared/domain/agencies';
import type { CriteriaSet, Criterion } from '@shared/domain/criteria';
import { useMemo, useState } from 'react';

import { useCall } from '../../api/use-call';
import { useScreenParams } from '../../app/screen-params';
import { FormModal } from '../../components/FormModal';
import { ListExportButton } from '../../components/ListExportButton';
import { LoadError } from '../../components/LoadError';
import { OwnersModal } from '../agencies/OwnersModal';
import { confirmArchiveCriterion } from './archive';
import { CriterionForm } from './CriterionForm';
import { criteriaCounts, SetDetails } from './SetDetails';
import { SetForm } from './SetForm';
import { criteriaSetsText } from './text';

type Dialog = { kind: 'set' } | { kind: 'criterion'; criterion?: Criterion } | null;

/** The criteria sets on the left, the chosen one (?set=id) with its criteria on the right. */
export function CriteriaSetsPage() {
  const sets = useCall('criteria.sets', {});
  const [params, setParams] = useScreenParams();
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = sets.data ?? [];
  const selected: CriteriaSet | undefined = list.find((set) => String(set.id) === params.get('set')) ?? list[0];
  const owners = useCall('agencies.owners', { setId: selected?.id ?? 1 }, selected !== undefined);
  const ownersById = useMemo(
    () => (owners.data && owners.data[0]?.setId === selected?.id ? new Map(owners.data.map((o) => [o.criterionId, o])) : undefined),
    [owners.data, selected?.id],
  );
  const [editingOwners, setEditingOwners] = useState<CriterionOwners | null>(null);
  const close = () => setDialog(null);
  const saved = () => {
    close();
    sets.reload();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{criteriaSetsText.title}</Title>
          <Text c="dimmed" size="sm">
            {criteriaSetsText.intro}
          </Text>
        </div>
        <ListExportButton input={{ list: 'criteriaSets', filters: {} }} />
      </Group>
      {sets.error && <LoadError title={criteriaSetsText.loadFailed} message={sets.error.message} onRetry={sets.reload} />}
      <Box pos="relative" mih={120}>
        <LoadingOverlay visible={sets.loading && !sets.data} zIndex={10} overlayProps={{ blur: 1 }} />
        {sets.data && list.length === 0 && <Text c="dimmed">{criteriaSetsText.empty}</Text>}
        {selected && (
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Paper withBorder p={4} component="nav" aria-label={criteriaSetsText.listLabel}>
                {list.map((set) => (
                  <NavLink
                    key={set.id}
                    active={set.id === selected.id}
                    label={set.name}
                    description={`${criteriaSetsText.scopes[set.scope]} · ${criteriaCounts(set)} · ${set.editable ? criteriaSetsText.editable : criteriaSetsText.fixed}`}
                    onClick={() => setParams({ set: String(set.id) }, { replace: true })}
                    styles={{ label: { fontWeight: 600 } }}
                  />
                ))}
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Paper withBorder p="md">
                <SetDetails
                  set={selected}
                  onEditSet={() => setDialog({ kind: 'set' })}
                  onAddCriterion={() => setDialog({ kind: 'criterion' })}
                  onEditCriterion={(criterion) => setDialog({ kind: 'criterion', criterion })}
                  onArchiveCriterion={(criterion) => confirmArchiveCriterion(criterion, sets.reload)}
                  owners={ownersById}
                  onEditOwners={setEditingOwners}
                />
              </Paper>
            </Grid.Col>
          </Grid>
        )}
      </Box>
      <OwnersModal
        owners={editingOwners}
        onClose={() => setEditingOwners(null)}
        onSaved={() => {
          setEditingOwners(null);
          owners.reload();
        }}
      />
      {selected && (
        <FormModal
          opened={dialog !== null}
          onClose={close}
          size={dialog?.kind === 'set' ? 'xl' : 'lg'}
          title={
            dialog?.kind === 'set'
              ? criteriaSetsText.setForm.title(selected.name)
              : dialog?.criterion
                ? criteriaSetsText.criterionForm.editTitle(dialog.criterion.number)
                : criteriaSetsText.criterionForm.createTitle(selected.name)
          }
        >
          {dialog?.kind === 'set' && <SetForm set={selected} onSaved={saved} onCancel={close} onReload={saved} />}
          {dialog?.kind === 'criterion' && (
            <CriterionForm set={selected} criterion={dialog.criterion} onSaved={saved} onCancel={close} onReload={saved} />
          )}
        </FormModal>
      )}
    </Stack>
  );
}
