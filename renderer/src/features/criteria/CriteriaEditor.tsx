import { Alert, Badge, Button, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CriteriaGrid, CriteriaGridRow } from '@shared/domain/criteria';
import { useCallback, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { CriteriaGridTable } from './CriteriaGridTable';
import { type Edits, saveRows, withSaved } from './grid-state';
import { LeaveGuard } from './LeaveGuard';
import { LevelDialog } from './LevelDialog';
import { criteriaText as text } from './text';
import { XlsxActions } from './XlsxActions';

interface Props {
  grid: CriteriaGrid;
  /** The grid main answered after saving: shown at once, with its new versions. */
  onSaved: (grid: CriteriaGrid) => void;
  onReload: () => void;
}

interface SaveError {
  conflict: boolean;
  message: string;
}

const NO_EDITS: Edits = new Map();

/** One district's year: the grid, its unsaved edits, saving, the XLSX import and the level dialog. */
export function CriteriaEditor({ grid, onSaved, onReload }: Props) {
  const [edits, setEdits] = useState<Edits>(NO_EDITS);
  const [pasteError, setPasteError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<SaveError | null>(null);
  const [saving, setSaving] = useState(false);
  const [levelRow, setLevelRow] = useState<CriteriaGridRow | null>(null);
  const criteria = grid.set.criteria.filter((c) => !c.archived).sort((a, b) => a.number - b.number);
  const dirty = edits.size > 0;
  const closeLevel = useCallback(() => setLevelRow(null), []);

  const save = async () => {
    setSaving(true);
    setSaveError(null);
    try {
      const saved = await call('criteria.setDistrictYear', { districtId: grid.district.id, year: grid.year, rows: saveRows(grid, edits) });
      onSaved(withSaved(grid, saved));
      setEdits(NO_EDITS);
      notifications.show({ color: 'green', message: text.saved(grid.district.name, grid.year) });
    } catch (error) {
      const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
      setSaveError({ conflict: error instanceof ApiError && error.code === 'CONFLICT', message });
    } finally {
      setSaving(false);
    }
  };

  const revert = () => {
    setEdits(NO_EDITS);
    setPasteError(null);
    setSaveError(null);
  };

  const reloadDiscarding = () => {
    revert();
    onReload();
  };

  const legal = grid.set.legalBasis.number;
  return (
    <Stack gap="sm">
      <LeaveGuard dirty={dirty} />
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {text.setLine(grid.set.name, legal)}
        </Text>
        <Text size="xs" c="dimmed">
          {text.grid.help}
        </Text>
      </Stack>
      <Group gap="sm" justify="space-between">
        <XlsxActions districtId={grid.district.id} year={grid.year} dirty={dirty} onImported={onReload} />
        <Group gap="sm">
          {dirty && (
            <Badge color="orange" variant="light" size="lg" role="status">
              {text.dirty}
            </Badge>
          )}
          <Button variant="default" onClick={revert} disabled={!dirty || saving}>
            {text.revert}
          </Button>
          <Button onClick={() => void save()} disabled={!dirty} loading={saving}>
            {text.save}
          </Button>
        </Group>
      </Group>
      {pasteError && (
        <Alert color="red" title={text.paste.title} role="alert" withCloseButton onClose={() => setPasteError(null)}>
          {pasteError}
        </Alert>
      )}
      {saveError && (
        <Alert color="red" title={text.saveFailed} role="alert">
          <Stack gap="xs" align="flex-start">
            {saveError.conflict ? text.conflict : saveError.message}
            {saveError.conflict && (
              <Button size="xs" variant="white" onClick={reloadDiscarding}>
                {text.reload}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {grid.rows.length === 0 ? (
        <Alert color="gray">{text.noRows(grid.district.name)}</Alert>
      ) : (
        // Scrolls inside itself, so its horizontal bar and the right-hand columns are reachable at 1024x768.
        <ScrollArea.Autosize type="auto" offsetScrollbars mah="max(20rem, calc(100dvh - 300px))">
          <CriteriaGridTable
            grid={grid}
            criteria={criteria}
            edits={edits}
            onEdits={setEdits}
            onPasteError={setPasteError}
            onLevel={setLevelRow}
          />
        </ScrollArea.Autosize>
      )}
      <LevelDialog row={levelRow} year={grid.year} onClose={closeLevel} onSaved={onReload} />
    </Stack>
  );
}
