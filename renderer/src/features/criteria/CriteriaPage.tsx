import { Anchor, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { CriteriaGrid } from '@shared/domain/criteria';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';

import { useCall } from '../../api/use-call';
import { LoadError } from '../../components/LoadError';
import { CriteriaEditor } from './CriteriaEditor';
import { CriteriaFilters } from './CriteriaFilters';
import { criteriaText as text } from './text';
import { useCriteriaParams } from './use-criteria-params';

/** Tiêu chí nông thôn mới: a year's criteria for every commune of a district, typed, pasted or imported. */
export function CriteriaPage() {
  const { districtId, year, setDistrict, setYear } = useCriteriaParams();
  const districts = useCall('units.list', { kind: 'district', archived: 'all' });
  const query = useCall('criteria.forDistrictYear', { districtId: districtId ?? 0, year }, districtId !== null);
  // The grid a save answered with, shown until the next read replaces it.
  const [saved, setSaved] = useState<CriteriaGrid | null>(null);
  useEffect(() => setSaved(null), [query.data]);
  const latest = saved ?? query.data;
  // useCall keeps the last answer while reading another district or year: never edit that one.
  const grid = latest && latest.district.id === districtId && latest.year === year ? latest : undefined;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{text.title}</Title>
          <Text c="dimmed" size="sm">
            {text.intro}
          </Text>
        </Stack>
        <Anchor component={Link} to="/criteria/sets" size="sm">
          {text.setsLink}
        </Anchor>
      </Group>
      {districts.error ? (
        <LoadError title={text.districtsFailed} message={districts.error.message} onRetry={districts.reload} />
      ) : (
        <CriteriaFilters districts={districts.data ?? []} districtId={districtId} year={year} onDistrict={setDistrict} onYear={setYear} />
      )}
      {districtId === null ? (
        <Text c="dimmed">{text.chooseDistrict}</Text>
      ) : query.error && !query.loading ? (
        <LoadError title={text.loadFailed} message={query.error.message} onRetry={query.reload} />
      ) : grid ? (
        <CriteriaEditor key={`${grid.district.id}-${grid.year}`} grid={grid} onSaved={setSaved} onReload={query.reload} />
      ) : (
        <Center py="xl">
          <Loader aria-label={text.loading} />
        </Center>
      )}
    </Stack>
  );
}
