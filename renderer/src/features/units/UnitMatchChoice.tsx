import { Badge, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { UnitMatch, UnitMatchQuality } from '@shared/domain/units';
import { IconBookmark } from '@tabler/icons-react';
import { useState } from 'react';

import { ApiError, call } from '../../api/client';
import { unitsText } from './text';

const text = unitsText.matchChoice;

const QUALITY_COLORS: Record<UnitMatchQuality, string> = { exact: 'green', folded: 'teal', alias: 'blue', approximate: 'orange' };

interface Props {
  /** The name as the file wrote it. */
  written: string;
  candidates: UnitMatch[];
  value: number | null;
  onChange: (unitId: number) => void;
  /** After an alias is saved (the next import takes the name without asking). */
  onAliasSaved?: () => void;
}

/**
 * The units a written name may mean, each with why it matched ("gần đúng: Đăk ↔ Đắk"); the user picks
 * one, and may keep the written name as an alias of it.
 */
export function UnitMatchChoice({ written, candidates, value, onChange, onAliasSaved }: Props) {
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  const chosen = candidates.find((c) => c.unitId === value) ?? null;

  const saveAlias = async () => {
    if (!chosen) return;
    setSaving(true);
    try {
      const alias = await call('units.addAlias', { unitId: chosen.unitId, name: written, fromImport: true });
      setSaved(chosen.unitId);
      notifications.show({ color: 'green', message: text.saved(alias.name, chosen.name) });
      onAliasSaved?.();
    } catch (caught) {
      const message = caught instanceof ApiError || caught instanceof Error ? caught.message : String(caught);
      notifications.show({ color: 'red', title: text.saveFailed, message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap={4}>
      <Radio.Group label={text.legend(written)} value={value === null ? null : String(value)} onChange={(v) => onChange(Number(v))}>
        <Stack gap={4} mt={4}>
          {candidates.map((candidate) => (
            <Radio
              key={candidate.unitId}
              value={String(candidate.unitId)}
              label={
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {candidate.name}
                  </Text>
                  {candidate.parentName && (
                    <Text size="xs" c="dimmed">
                      {text.parent(candidate.parentName)}
                    </Text>
                  )}
                  <Badge size="xs" variant="light" color={QUALITY_COLORS[candidate.quality]}>
                    {text.qualities[candidate.quality]}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {candidate.reason}
                  </Text>
                </Group>
              }
            />
          ))}
        </Stack>
      </Radio.Group>
      {chosen && saved !== chosen.unitId && (
        <Group>
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconBookmark size={14} />}
            loading={saving}
            onClick={() => void saveAlias()}
          >
            {text.saveAlias(written, chosen.name)}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
