import { Alert, Badge, Box, Group, NumberInput, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ITEM_RESULT_LABELS, ITEM_RESULTS, VISIT_STATUS_LABELS, type VisitDetail } from '@shared/domain/inspections';
import { formatNumber } from '@shared/format/number';
import { useMemo, useState } from 'react';

import { ApiError, call } from '../../api/client';
import { BatchSaveBar, type BatchSaveError } from '../../components/BatchSaveBar';
import {
  changedIds,
  draftErrors,
  draftMissing,
  type Drafts,
  draftScore,
  draftsOf,
  type ItemDraft,
  maxText,
  toResultInput,
} from './checklist-state';
import { visitText } from './text';

const text = visitText.checklist;
const RECORDING = new Set(['in-progress', 'results']);

interface Props {
  visit: VisitDetail;
  onSaved: (visit: VisitDetail) => void;
  onReload: () => void;
}

/**
 * The checklist of a visit: per item Đạt / Chưa đạt / Không áp dụng, points out of the item's maximum and an
 * evidence note, grouped by section; the running total, maximum and band; all changes saved at once.
 */
export function ChecklistEntry({ visit, onSaved, onReload }: Props) {
  const template = visit.checklist;
  const saved = useMemo(() => draftsOf(template, visit.results), [template, visit.results]);
  const [drafts, setDrafts] = useState<Drafts>(saved);
  const [shownErrors, setShownErrors] = useState(false);
  const [error, setError] = useState<BatchSaveError | null>(null);
  const [saving, setSaving] = useState(false);
  const editable = RECORDING.has(visit.status);

  const changed = changedIds(saved, drafts);
  const errors = draftErrors(template, drafts, changed);
  const score = draftScore(template, visit.unitKind, drafts);
  const missing = draftMissing(template, visit.unitKind, drafts);
  const applies = (appliesTo: string) => appliesTo === 'all' || appliesTo === visit.unitKind;

  const edit = (itemId: number, change: Partial<ItemDraft>) =>
    setDrafts((current) => ({ ...current, [itemId]: { ...current[itemId], ...change } }));

  const save = async () => {
    setShownErrors(true);
    if (Object.keys(errors).length > 0) {
      setError({ conflict: false, message: text.checkFields });
      const first = Object.keys(errors)[0];
      document.querySelector<HTMLElement>(`[data-item="${first}"] input[aria-invalid="true"], [data-item="${first}"] input`)?.focus();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const result = await call('inspections.setResults', { visitId: visit.id, items: toResultInput(drafts, changed) });
      notifications.show({ color: 'green', message: text.saved });
      setShownErrors(false);
      setDrafts(draftsOf(result.checklist, result.results));
      onSaved(result);
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : String(caught);
      setError({ conflict: caught instanceof ApiError && caught.code === 'CONFLICT', message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="md">
      <ScoreLine total={score.total} max={score.max} band={score.band} missing={missing.length} />
      {!editable && (
        <Alert color="blue" variant="light">
          {text.readOnly(VISIT_STATUS_LABELS[visit.status])}
        </Alert>
      )}
      {template.sections.map((section) => (
        <Stack key={section.id} gap={0} component="section" aria-label={`${section.code}. ${section.title}`}>
          <Title order={3} size="h5" mb="xs">
            {`${section.code}. ${section.title}`}
          </Title>
          {section.items.map((item) => {
            const draft = drafts[item.id];
            const itemApplies = applies(item.appliesTo);
            const shown = shownErrors || draft.points !== saved[item.id]?.points ? errors[item.id] : undefined;
            return (
              <Box
                key={item.id}
                data-item={item.id}
                py="sm"
                style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
                bg={changed.includes(item.id) ? 'yellow.0' : undefined}
              >
                <Group gap="xs" wrap="nowrap" align="flex-start" mb={6}>
                  <Text size="sm" fw={700} w={40} style={{ flexShrink: 0 }}>
                    {item.code}
                  </Text>
                  <Text size="sm" style={{ flex: 1 }}>
                    {item.text}
                    {item.required && (
                      <Text span c="red.8" size="xs" ml={6}>
                        {`(${text.required})`}
                      </Text>
                    )}
                  </Text>
                </Group>
                {!itemApplies ? (
                  <Text size="sm" c="gray.7" pl={48}>
                    {text.notApplicableToUnit}
                  </Text>
                ) : (
                  <Group gap="md" align="flex-start" pl={48} wrap="wrap">
                    <Stack gap={2}>
                      <Group gap="sm" mt={6} role="radiogroup" aria-label={text.resultOf(item.code)}>
                        {ITEM_RESULTS.map((result) => (
                          <Radio
                            key={result}
                            name={`result-${item.id}`}
                            value={result}
                            label={ITEM_RESULT_LABELS[result]}
                            checked={draft.result === result}
                            onChange={() => edit(item.id, { result, ...(result === 'na' ? { points: '' } : {}) })}
                            disabled={!editable}
                            error={shown?.field === 'result' || undefined}
                          />
                        ))}
                      </Group>
                      {shown?.field === 'result' && (
                        <Text size="xs" c="red.8">
                          {shown.message}
                        </Text>
                      )}
                    </Stack>
                    {item.maxPoints === null ? (
                      <Text size="sm" c="gray.7" mt={6} w={150}>
                        {text.noPoints}
                      </Text>
                    ) : (
                      <NumberInput
                        aria-label={text.pointsOf(item.code)}
                        value={draft.points}
                        onChange={(value) =>
                          edit(item.id, { points: typeof value === 'number' ? value : value === '' ? '' : Number(value) })
                        }
                        min={0}
                        decimalScale={2}
                        decimalSeparator=","
                        clampBehavior="none"
                        allowNegative={false}
                        disabled={!editable || draft.result === 'na'}
                        rightSection={
                          <Text size="xs" c="gray.7">
                            {text.maxPoints(maxText(item.maxPoints))}
                          </Text>
                        }
                        rightSectionWidth={44}
                        w={150}
                        error={shown?.field === 'points' ? shown.message : undefined}
                      />
                    )}
                    <Textarea
                      aria-label={text.noteOf(item.code)}
                      placeholder={text.note}
                      value={draft.note}
                      onChange={(event) => edit(item.id, { note: event.currentTarget.value })}
                      readOnly={!editable}
                      autosize
                      minRows={1}
                      maxRows={4}
                      style={{ flex: 1, minWidth: 220 }}
                    />
                  </Group>
                )}
              </Box>
            );
          })}
        </Stack>
      ))}
      {editable && (
        <Paper withBorder shadow="sm" p="sm" style={{ position: 'sticky', bottom: 0, zIndex: 5 }}>
          <BatchSaveBar
            error={error}
            changed={changed.length}
            saving={saving}
            texts={{
              conflictTitle: text.conflictTitle,
              saveFailed: text.saveFailed,
              dirty: text.dirty,
              revert: text.revert,
              save: text.save,
            }}
            onReload={onReload}
            onRevert={() => {
              setDrafts(saved);
              setError(null);
              setShownErrors(false);
            }}
            onSave={() => void save()}
          />
        </Paper>
      )}
    </Stack>
  );
}

/** "Tổng điểm 85 / 100 · Xếp loại Tốt", and how many required items still have no result. */
export function ScoreLine({ total, max, band, missing }: { total: number; max: number; band: string | null; missing: number }) {
  return (
    <Paper withBorder p="sm" radius="md" aria-label={text.total} component="section">
      <Group gap="xl" wrap="wrap">
        <Group gap={6}>
          <Text size="sm">{text.total}</Text>
          <Text size="lg" fw={700} data-testid="visit-total">
            {`${formatNumber(total, Number.isInteger(total) ? 0 : 2)} / ${formatNumber(max, Number.isInteger(max) ? 0 : 2)}`}
          </Text>
        </Group>
        <Group gap={6}>
          <Text size="sm">{text.band}</Text>
          {band ? (
            <Badge size="lg" color="teal" data-testid="visit-band">
              {band}
            </Badge>
          ) : (
            <Text size="sm" c="gray.7" data-testid="visit-band">
              {text.noBand}
            </Text>
          )}
        </Group>
        <Text size="sm" c={missing > 0 ? 'red.9' : 'green.9'} fw={600}>
          {missing > 0 ? text.missing(missing) : text.complete}
        </Text>
      </Group>
    </Paper>
  );
}
