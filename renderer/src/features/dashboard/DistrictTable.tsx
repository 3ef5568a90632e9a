import { Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import type { DashboardSummary } from '@shared/domain/targets';
import { formatNumber } from '@shared/format/number';
import { type ReactNode, useState } from 'react';

import { ListPager } from '../../components/ListPager';
import { FigureButton } from './FigureButton';
import { formatAverage } from './figures';
import { dashboardText } from './text';
import type { ShowUnits, UnitList } from './units-list';

const { districts: text } = dashboardText;

/** Districts shown at a time: a province has a dozen, the whole country some 700 (each row a handful of buttons). */
export const DISTRICTS_PER_PAGE = 50;

interface Props {
  summary: DashboardSummary;
  onShow: ShowUnits;
}

interface Line {
  key: string;
  name: string;
  /** The district the line counts (none: the whole area). */
  districtId?: number;
  /** How many communes each column counts. */
  counts: Record<'communes' | 'ntm' | 'advanced' | 'model' | 'recorded' | 'under', number>;
  average: number | null;
}

/** Per district: communes, NTM, advanced, model, average criteria, under the threshold; every count opens its communes. */
export function DistrictTable({ summary, onShow }: Props) {
  const [page, setPage] = useState(1);
  const threshold = summary.underThreshold.threshold;
  const lines: Line[] = summary.byDistrict.map((d) => ({
    key: String(d.districtId),
    name: d.districtName,
    districtId: d.districtId,
    counts: {
      communes: d.communeCount,
      ntm: d.ntmCount,
      advanced: d.advancedCount,
      model: d.modelCount,
      recorded: d.recordedCount,
      under: d.underCount,
    },
    average: d.averageCriteria,
  }));
  const { communes } = summary;
  const total: Line = {
    key: 'total',
    name: text.total(summary.area.adminType),
    counts: {
      communes: communes.total,
      ntm: communes.ntmCount,
      advanced: communes.advancedCount,
      model: communes.modelCount,
      recorded: communes.recordedCount,
      under: summary.underThreshold.total,
    },
    average: communes.averageCriteria,
  };

  // Another movement or year may have fewer districts than the page last shown.
  const shownPage = Math.min(page, Math.max(1, Math.ceil(lines.length / DISTRICTS_PER_PAGE)));

  const listOf = (line: Line, column: string, kind: keyof Line['counts']): UnitList => ({
    title: text.drawer(line.name, column),
    source: line.districtId === undefined ? { kind } : { kind, districtId: line.districtId },
    total: line.counts[kind],
  });
  const cell = (line: Line, column: string, kind: keyof Line['counts']): ReactNode => (
    <Table.Td ta="right">
      <FigureButton list={listOf(line, column, kind)} onShow={onShow}>
        {formatNumber(line.counts[kind])}
      </FigureButton>
    </Table.Td>
  );

  const row = (line: Line, bold = false) => {
    return (
      <Table.Tr key={line.key} fw={bold ? 700 : undefined}>
        <Table.Td>{line.name}</Table.Td>
        {cell(line, text.communes, 'communes')}
        {cell(line, text.ntm, 'ntm')}
        {cell(line, text.advanced, 'advanced')}
        {cell(line, text.model, 'model')}
        <Table.Td ta="right">
          {line.average === null ? (
            ''
          ) : (
            <FigureButton list={listOf(line, text.average, 'recorded')} onShow={onShow}>
              {formatAverage(line.average)}
            </FigureButton>
          )}
        </Table.Td>
        {cell(line, text.under(threshold), 'under')}
      </Table.Tr>
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={text.title}>
      <Title order={3} size="h5" mb="xs">
        {text.title}
      </Title>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {text.empty}
        </Text>
      ) : (
        <ScrollArea type="auto">
          <Table striped highlightOnHover verticalSpacing={6} fz="sm" miw={720} aria-label={text.title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{text.name}</Table.Th>
                <Table.Th ta="right">{text.communes}</Table.Th>
                <Table.Th ta="right">{text.ntm}</Table.Th>
                <Table.Th ta="right">{text.advanced}</Table.Th>
                <Table.Th ta="right">{text.model}</Table.Th>
                <Table.Th ta="right">{text.average}</Table.Th>
                <Table.Th ta="right">{text.under(threshold)}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.slice((shownPage - 1) * DISTRICTS_PER_PAGE, shownPage * DISTRICTS_PER_PAGE).map((line) => row(line))}
            </Table.Tbody>
            <Table.Tfoot>{row(total, true)}</Table.Tfoot>
          </Table>
        </ScrollArea>
      )}
      <ListPager total={lines.length} page={shownPage} pageSize={DISTRICTS_PER_PAGE} onPage={setPage} />
    </Paper>
  );
}
