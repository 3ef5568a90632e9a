import { Anchor, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import type { CriteriaGrid, EthnicFlagList, RecognitionGrid } from '@shared/domain/criteria';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';

import { type CallState, useCall } from '../../api/use-call';
import { LoadError } from '../../components/LoadError';
import { baselineText } from './baseline-text';
import { CriteriaEditor } from './CriteriaEditor';
import { CriteriaFilters } from './CriteriaFilters';
import { EthnicFlags } from './EthnicFlags';
import { RecognitionBaseline } from './RecognitionBaseline';
import { criteriaText as text } from './text';
import { CRITERIA_TABS, type CriteriaTab, useCriteriaParams } from './use-criteria-params';

/** The answer a save gave, shown until the next read replaces it. */
function useSaved<T>(query: CallState<T>) {
  const [saved, setSaved] = useState<T | null>(null);
  useEffect(() => setSaved(null), [query.data]);
  return [saved ?? query.data, setSaved] as const;
}

/**
 * Tiêu chí nông thôn mới: for a district, a year's criteria of every commune (typed, pasted or
 * imported), the recognitions of past years in bulk, and the ethnic-minority-area flags.
 */
export function CriteriaPage() {
  const { districtId, year, setDistrict, setYear, tab, setTab } = useCriteriaParams();
  const chosen = districtId !== null;
  const criteria = useCall('criteria.forDistrictYear', { districtId: districtId ?? 0, year }, chosen && tab === 'criteria');
  const recognitions = useCall('recognitions.forDistrictYear', { districtId: districtId ?? 0, year }, chosen && tab === 'recognitions');
  const flags = useCall('baseline.ethnicFlags', { districtId: districtId ?? 0 }, chosen && tab === 'ethnic');
  const [criteriaLatest, setCriteriaSaved] = useSaved<CriteriaGrid>(criteria);
  const [recognitionsLatest, setRecognitionsSaved] = useSaved<RecognitionGrid>(recognitions);
  const [flagsLatest, setFlagsSaved] = useSaved<EthnicFlagList>(flags);
  // useCall keeps the last answer while reading another district or year: never edit that one.
  const current = <T extends { district: { id: number }; year?: number }>(latest: T | undefined) =>
    latest && latest.district.id === districtId && (latest.year === undefined || latest.year === year) ? latest : undefined;

  const body = (tabValue: CriteriaTab) => {
    if (districtId === null) return <Text c="dimmed">{tabValue === 'criteria' ? text.chooseDistrict : baselineText.chooseDistrict}</Text>;
    const loading = (label: string) => (
      <Center py="xl">
        <Loader aria-label={label} />
      </Center>
    );
    if (tabValue === 'criteria') {
      const grid = current(criteriaLatest);
      if (criteria.error && !criteria.loading)
        return <LoadError title={text.loadFailed} message={criteria.error.message} onRetry={criteria.reload} />;
      return grid ? (
        <CriteriaEditor key={`${grid.district.id}-${grid.year}`} grid={grid} onSaved={setCriteriaSaved} onReload={criteria.reload} />
      ) : (
        loading(text.loading)
      );
    }
    if (tabValue === 'recognitions') {
      const grid = current(recognitionsLatest);
      if (recognitions.error && !recognitions.loading)
        return (
          <LoadError title={baselineText.recognitions.loadFailed} message={recognitions.error.message} onRetry={recognitions.reload} />
        );
      return grid ? (
        <RecognitionBaseline
          key={`${grid.district.id}-${grid.year}`}
          grid={grid}
          onSaved={setRecognitionsSaved}
          onReload={recognitions.reload}
        />
      ) : (
        loading(baselineText.recognitions.loading)
      );
    }
    const list = current(flagsLatest);
    if (flags.error && !flags.loading)
      return <LoadError title={baselineText.ethnic.loadFailed} message={flags.error.message} onRetry={flags.reload} />;
    return list ? (
      <EthnicFlags key={list.district.id} list={list} onSaved={setFlagsSaved} onReload={flags.reload} />
    ) : (
      loading(baselineText.ethnic.loading)
    );
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{text.title}</Title>
          <Text c="gray.7" size="sm">
            {baselineText.intro[tab]}
          </Text>
        </Stack>
        <Anchor component={Link} to="/criteria/sets" size="sm">
          {text.setsLink}
        </Anchor>
      </Group>
      <CriteriaFilters districtId={districtId} year={year} withYear={tab !== 'ethnic'} onDistrict={setDistrict} onYear={setYear} />
      <Tabs
        value={tab}
        onChange={(value) => setTab(CRITERIA_TABS.find((candidate) => candidate === value) ?? 'criteria')}
        keepMounted={false}
      >
        <Tabs.List aria-label={baselineText.tabs.label}>
          {CRITERIA_TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {baselineText.tabs[value]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {CRITERIA_TABS.map((value) => (
          <Tabs.Panel key={value} value={value} pt="md">
            {tab === value && body(value)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
