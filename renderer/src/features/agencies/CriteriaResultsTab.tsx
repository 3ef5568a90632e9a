import { Alert, Anchor, Button, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import type { CriterionResult } from '@shared/domain/agencies';
import type { MovementDetail } from '@shared/domain/movements';
import { formatNumber } from '@shared/format/number';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';

import { useCall } from '../../api/use-call';
import { changeText, metOf, shareText } from './format';
import { ShortModal } from './ShortModal';
import { agenciesText } from './text';
import { useResultsXlsx } from './use-results-xlsx';

const text = agenciesText.results;

/** Results criterion by criterion over the movement's communes in a year; each count of communes short opens them. */
export function CriteriaResultsTab({ movement }: { movement: MovementDetail }) {
  const [year, setYear] = useState<number | undefined>(undefined);
  const results = useCall('agencies.results', year === undefined ? { movementId: movement.id } : { movementId: movement.id, year });
  const [open, setOpen] = useState<CriterionResult | null>(null);
  const xlsx = useResultsXlsx();
  const data = results.data && results.data.movementId === movement.id ? results.data : undefined;
  const shownYear = year ?? data?.year;
  const years = Array.from({ length: movement.endYear - movement.startYear + 2 }, (_, i) => movement.startYear - 1 + i);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Select
          label={text.year}
          w={140}
          data={years.map(String)}
          value={shownYear === undefined ? null : String(shownYear)}
          onChange={(value) => value && setYear(Number(value))}
          allowDeselect={false}
        />
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          onClick={() => shownYear !== undefined && void xlsx.download({ movementId: movement.id, year: shownYear })}
          loading={xlsx.downloading}
          disabled={!data || data.criteria.length === 0}
        >
          {text.xlsx}
        </Button>
      </Group>
      {results.error && (
        <Alert color="red" title={text.loadFailed}>
          {results.error.message}
        </Alert>
      )}
      {!data && !results.error && <Loader size="sm" />}
      {data && data.recorded === 0 && <Text c="dimmed">{text.empty(data.year)}</Text>}
      {data && data.recorded > 0 && (
        <>
          <Text size="sm" c="dimmed">
            {text.summary(formatNumber(data.recorded), data.previousRecorded > 0 ? formatNumber(data.previousRecorded) : null, data.year)}
          </Text>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing={6} highlightOnHover aria-label={text.tableLabel(data.year)}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={48} ta="right">
                    {text.columns.number}
                  </Table.Th>
                  <Table.Th>{text.columns.name}</Table.Th>
                  <Table.Th>{text.columns.agencies}</Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {text.columns.met}
                  </Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {text.columns.share}
                  </Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {text.columns.change}
                  </Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {text.columns.notMet}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.criteria.map((c) => (
                  <Table.Tr key={c.criterionId}>
                    <Table.Td ta="right">{c.number}</Table.Td>
                    <Table.Td>{c.name}</Table.Td>
                    <Table.Td>
                      <Stack gap={0}>
                        {c.agencies.length === 0 ? (
                          <Text size="sm" c="dimmed">
                            {agenciesText.noOwner}
                          </Text>
                        ) : (
                          c.agencies.map((agency) => (
                            <Anchor key={agency.id} component={Link} to={`/agencies/${agency.id}?movement=${movement.id}`} size="sm">
                              {agency.name}
                            </Anchor>
                          ))
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td ta="right">{metOf(c)}</Table.Td>
                    <Table.Td ta="right">{shareText(c.share)}</Table.Td>
                    <Table.Td ta="right">{changeText(c) ?? text.noPrevious}</Table.Td>
                    <Table.Td ta="right">
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        onClick={() => setOpen(c)}
                        aria-label={text.showShort(formatNumber(c.notMetCount), c.name)}
                      >
                        {formatNumber(c.notMetCount)}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      <ShortModal criterion={open} districts={data?.districts ?? []} year={shownYear ?? 0} onClose={() => setOpen(null)} />
    </Stack>
  );
}
