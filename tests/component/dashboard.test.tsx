import type { RecognitionLevel } from '@shared/domain/criteria';
import type { MovementListItem } from '@shared/domain/movements';
import type {
  DashboardCommuneList,
  DashboardSummary,
  DashboardUnitList,
  DashboardUnitRow,
  Target,
  TargetFigure,
  TargetTrend,
  UnitFigure,
  UnitFigureList,
} from '@shared/domain/targets';
import type { UnitListItem } from '@shared/domain/units';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { DashboardPage } from '../../renderer/src/features/dashboard/DashboardPage';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';
import { listItem, unitPages } from '../support/unit-fixtures';

afterEach(resetBackend);

const STAMP = '2026-03-05T02:07:00.000Z';

const movement: MovementListItem = {
  id: 1,
  name: 'Kon Tum chung sức xây dựng nông thôn mới',
  kind: 'thematic',
  startYear: 2021,
  endYear: 2025,
  document: { number: '2017/KH-UBND', date: '2022-06-28', issuer: 'UBND tỉnh Kon Tum', title: '', attachmentPath: '' },
  description: '',
  scopeUnitId: 1,
  status: 'active',
  version: 1,
  createdAt: STAMP,
  updatedAt: STAMP,
  participantCount: 0,
  targetCount: 2,
};

// 85 rural communes: ids 101-185, the first 43 in district 10, the rest in district 11.
const districtOf = (id: number) => (id <= 143 ? 10 : 11);
const districtName = (id: number) => (districtOf(id) === 10 ? 'Huyện Đắk Hà' : 'Huyện Sa Thầy');
const communeIds = Array.from({ length: 85 }, (_, i) => 101 + i);
const ntmIds = communeIds.slice(0, 35);
const communes: UnitListItem[] = communeIds.map((id) =>
  listItem({
    id,
    name: `Xã Thử ${id - 100}`,
    kind: 'commune',
    adminType: 'Xã',
    districtId: districtOf(id),
    districtName: districtName(id),
  }),
);
const countOf = (id: number) => (id <= 135 ? 19 : id <= 145 ? 11 : 16);
const levelOf = (id: number): RecognitionLevel => (id <= 103 ? 'ntm-advanced' : id <= 135 ? 'ntm' : 'none');
const figureOf = (id: number): UnitFigure => ({
  id,
  code: null,
  name: `Xã Thử ${id - 100}`,
  districtId: districtOf(id),
  districtName: districtName(id),
  count: countOf(id),
  previousCount: null,
  level: levelOf(id),
});

const target = (id: number, code: string, definition: Target['definition'], goal: number | null): Target => ({
  id,
  movementId: 1,
  code,
  ordinal: id,
  label: code === '3' ? 'Có ít nhất 60 xã đạt chuẩn nông thôn mới' : 'Không còn xã dưới 15 tiêu chí',
  definition,
  goal,
  direction: 'at-least',
  baseYear: 2021,
  note: '',
  version: 1,
});

const RURAL = { kind: 'commune' as const, adminTypes: ['Xã'], ethnicMinorityArea: null };
const targets: Target[] = [
  target(3, '3', { metric: 'level-count', units: RURAL, level: 'ntm', parts: [] }, 60),
  target(5, '5', { metric: 'min-criteria', units: RURAL }, 15),
];

function evaluation(t: Target, fields: Partial<TargetFigure>): TargetFigure {
  return {
    targetId: t.id,
    code: t.code,
    label: t.label,
    year: 2022,
    value: null,
    goal: t.goal,
    direction: t.direction,
    status: 'no-data',
    statusLabel: '',
    projection: null,
    numerator: null,
    denominator: null,
    unitCount: 0,
    parts: [],
    method: 'Dự báo = giá trị năm đánh giá + tốc độ bình quân × số năm còn lại.',
    ...fields,
  };
}

const under = communeIds.filter((id) => countOf(id) < 15);

/** A list as the summary sends it: how many, and the first eight lowest count first with their figures. */
function shortList(figures: UnitFigure[]): UnitFigureList {
  return { total: figures.length, lowest: [...figures].sort((a, b) => (a.count ?? 0) - (b.count ?? 0)).slice(0, 8) };
}

/** What the fake server holds for a year: the summary it answers and the whole lists its drawers page through. */
interface Scenario {
  summary: DashboardSummary;
  lists: Record<DashboardCommuneList, number[]>;
}

/** The summary of these lists: counts, the lowest few, the district table. */
function scenario(year: number, lists: Scenario['lists'], fields: Partial<DashboardSummary> = {}): Scenario {
  const figures = (ids: number[]) => ids.map(figureOf);
  const inDistrict = (ids: number[], districtId: number) => ids.filter((id) => districtOf(id) === districtId).length;
  const average = (ids: number[]) => (ids.length === 0 ? null : ids.reduce((sum, id) => sum + countOf(id), 0) / ids.length);
  const summary: DashboardSummary = {
    movementId: 1,
    year,
    asOf: '2026-11-28',
    area: { adminType: 'Tỉnh' },
    targets: [
      evaluation(targets[0], {
        year,
        value: 35,
        numerator: 35,
        denominator: 85,
        unitCount: ntmIds.length,
        status: 'not-yet',
        projection: 52,
      }),
      evaluation(targets[1], { year, value: 11, numerator: under.length, denominator: 85, unitCount: under.length, status: 'not-yet' }),
    ],
    communes: {
      total: lists.communes.length,
      ntmCount: lists.ntm.length,
      advancedCount: lists.advanced.length,
      modelCount: lists.model.length,
      averageCriteria: lists.recorded.length === 0 ? null : 15.8824,
      recordedCount: lists.recorded.length,
      missingCount: lists.missing.length,
    },
    underThreshold: { threshold: 15, ...shortList(figures(lists.under)) },
    noGain: shortList(lists['no-gain'].map((id) => ({ ...figureOf(id), previousCount: countOf(id) }))),
    noPreviousRecord: shortList(figures(lists['no-previous'])),
    baseline: { criteriaRecords: 85, recognitions: 35, ethnicFlags: 40 },
    byDistrict: [10, 11].map((districtId) => {
      const recorded = lists.recorded.filter((id) => districtOf(id) === districtId);
      return {
        districtId,
        districtName: districtId === 10 ? 'Huyện Đắk Hà' : 'Huyện Sa Thầy',
        communeCount: inDistrict(lists.communes, districtId),
        ntmCount: inDistrict(lists.ntm, districtId),
        advancedCount: inDistrict(lists.advanced, districtId),
        modelCount: inDistrict(lists.model, districtId),
        averageCriteria: average(recorded),
        recordedCount: recorded.length,
        underCount: inDistrict(lists.under, districtId),
      };
    }),
    overdue: [
      { milestoneId: 2, milestoneTitle: 'Ban hành kế hoạch', unitId: 10, unitName: 'Huyện Đắk Hà', dueDate: '2022-07-31', daysOverdue: 30 },
    ],
    ...fields,
  };
  return { summary, lists };
}

const baselineLists: Scenario['lists'] = {
  communes: communeIds,
  ntm: ntmIds,
  advanced: communeIds.filter((id) => levelOf(id) === 'ntm-advanced'),
  model: [],
  recorded: communeIds,
  missing: [],
  under,
  'no-gain': [],
  'no-previous': [],
};

const baseline = (year: number): Scenario => scenario(year, baselineLists);

function empty(year: number): Scenario {
  const lists = { ...baselineLists, ntm: [], advanced: [], recorded: [], missing: communeIds, under: [] };
  const { summary } = scenario(year, lists, { baseline: { criteriaRecords: 0, recognitions: 0, ethnicFlags: 0 } });
  return { lists, summary: { ...summary, targets: targets.map((t) => evaluation(t, { year })) } };
}

/** 2023 with records for 2022 and 2023, except ten communes first entered in 2023 and no ethnic flags yet. */
function nextYear(year: number): Scenario {
  const lists = { ...baselineLists, 'no-gain': communeIds.slice(40, 45), 'no-previous': communeIds.slice(75, 85) };
  return scenario(year, lists, { baseline: { criteriaRecords: 85, recognitions: 35, ethnicFlags: 0 } });
}

// Records only in 2022: the level target carries 35 into later years, the criteria target does not.
const trend: TargetTrend[] = [
  {
    targetId: 3,
    code: '3',
    label: targets[0].label,
    goal: 60,
    points: [2021, 2022, 2023, 2024, 2025].map((year) => ({ year, value: year >= 2022 ? 35 : null })),
  },
  {
    targetId: 5,
    code: '5',
    label: targets[1].label,
    goal: 15,
    points: [2021, 2022, 2023, 2024, 2025].map((year) => ({ year, value: year === 2022 ? 11 : null })),
  },
];

/** The ids of a figure's list, as the server finds them in its records. */
/** Which units each target counts, as the server's records say (the summary sends how many). */
const targetUnits = new Map([
  [targets[0].id, ntmIds],
  [targets[1].id, under],
]);

function listIds({ lists }: Scenario, list: DashboardUnitList): number[] {
  // The summary counts a target's units; the server knows which they are (these targets have no parts).
  if (list.kind === 'target') return list.part === undefined ? (targetUnits.get(list.targetId) ?? []) : [];
  const whole = lists[list.kind];
  return list.districtId === undefined ? whole : whole.filter((id) => districtOf(id) === list.districtId);
}

const unitRow = (id: number): DashboardUnitRow => ({
  id,
  name: `Xã Thử ${id - 100}`,
  districtName: districtName(id),
  count: countOf(id),
  previousCount: null,
  level: levelOf(id),
});

function backend(world: (year: number) => Scenario) {
  return fakeBackend({
    'dashboard.units': (input) => {
      const ids = listIds(world(input.year), input.list);
      const pageSize = input.pageSize ?? 50;
      const from = ((input.page ?? 1) - 1) * pageSize;
      return { rows: ids.slice(from, from + pageSize).map(unitRow), total: ids.length };
    },
    'movements.list': () => [movement],
    'targets.list': () => targets,
    'targets.trend': () => trend,
    // Without a year the server answers for its default year (dashboard-year.ts): 2022 with this trend.
    'dashboard.summary': (input) => world(input.year ?? 2022).summary,
    'units.list': unitPages(communes),
    'documents.preview': () => ({ pdf: btoa('%PDF-1.3'), pages: 1 }),
    'recommendations.list': () => ({ rows: [], total: 0 }),
  });
}

/** The year selector's visible input (its label also names the hidden value and the listbox). */
const yearInput = () =>
  screen.getAllByLabelText('Năm đánh giá').find((el) => el instanceof HTMLInputElement && el.type !== 'hidden') as HTMLInputElement;

describe('dashboard', () => {
  it('asks for the default year without naming one, shows the year answered, and the baseline as 35/85 and 15,88', async () => {
    const calls = backend(baseline);
    renderInApp(<DashboardPage />, '/dashboard');

    // The first render of the file also loads the charts: on a busy machine it takes over the default second.
    const card = await screen.findByRole('article', { name: 'Chỉ tiêu 3' }, { timeout: 5000 });
    expect(within(card).getByRole('button', { name: '35/85' })).toBeInTheDocument();
    expect(within(card).getByText('Chưa đạt')).toBeInTheDocument();
    expect(within(card).getByText('ít nhất 60 xã')).toBeInTheDocument();
    expect(within(card).getByText('52 xã')).toBeInTheDocument();
    // The headline figure and the district table's total row.
    expect(screen.getAllByRole('button', { name: '15,88' })).toHaveLength(2);
    // The server chooses the year (its rule is tested with the service); the selector shows the one answered.
    const summaryCalls = calls.filter((c) => c.channel === 'dashboard.summary');
    expect(summaryCalls.map((c) => c.input)).toEqual([{ movementId: 1 }]);
    expect(yearInput()).toHaveValue('2022');
  });

  it('lists the units behind a figure in a drawer, with links to each unit', async () => {
    const calls = backend(baseline);
    const user = userEvent.setup();
    renderInApp(<DashboardPage />, '/dashboard?year=2022');

    const card = await screen.findByRole('article', { name: 'Chỉ tiêu 3' });
    await user.click(within(card).getByRole('button', { name: '35/85' }));
    const drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(within(drawer).getByText('35 đơn vị')).toBeInTheDocument());
    expect(within(drawer).getByRole('link', { name: 'Xã Thử 1' })).toHaveAttribute('href', '/units/101');
    expect(within(drawer).getByRole('link', { name: 'Xã Thử 35' })).toBeInTheDocument();
    expect(within(drawer).queryByRole('link', { name: 'Xã Thử 36' })).not.toBeInTheDocument();
    expect(within(drawer).getAllByText('Đạt chuẩn nông thôn mới nâng cao')).toHaveLength(3);
    // The server finds the target's units again and sends one page.
    expect(calls.filter((c) => c.channel === 'dashboard.units').map((c) => c.input)).toEqual([
      { movementId: 1, year: 2022, list: { kind: 'target', targetId: 3 }, page: 1, pageSize: 50 },
    ]);
  });

  it('pages a figure of more than fifty communes fifty at a time, numbering on from the page before', async () => {
    const calls = backend(baseline);
    const user = userEvent.setup();
    renderInApp(<DashboardPage />, '/dashboard?year=2022');

    const table = await screen.findByRole('table', { name: 'Kết quả theo huyện, thành phố' });
    const totalRow = within(table).getByRole('row', { name: /Toàn tỉnh/ });
    await user.click(within(totalRow).getByRole('button', { name: '85' }));
    const drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(within(drawer).getByText('85 đơn vị')).toBeInTheDocument());
    expect(within(drawer).getAllByRole('link')).toHaveLength(50);
    expect(within(drawer).getByText('Hiển thị 1-50 trong 85')).toBeInTheDocument();
    await user.click(within(within(drawer).getByLabelText('Các trang')).getByRole('button', { name: '2' }));
    await waitFor(() => expect(within(drawer).getByRole('link', { name: 'Xã Thử 85' })).toBeInTheDocument());
    expect(within(drawer).getAllByRole('link')).toHaveLength(35);
    expect(within(drawer).queryByRole('link', { name: 'Xã Thử 50' })).not.toBeInTheDocument();
    expect(within(drawer).getByRole('cell', { name: '51' })).toBeInTheDocument();
    expect(calls.filter((c) => c.channel === 'dashboard.units').map((c) => c.input)).toEqual([
      { movementId: 1, year: 2022, list: { kind: 'communes' }, page: 1, pageSize: 50 },
      { movementId: 1, year: 2022, list: { kind: 'communes' }, page: 2, pageSize: 50 },
    ]);
  });

  it('opens another figure on a loader and its first page, never on the rows of the figure before', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    fakeBackend({
      'dashboard.units': async (input) => {
        // The second figure's answer waits until the drawer has been looked at.
        if (input.list.kind === 'under') await held;
        const ids = listIds(baseline(input.year), input.list);
        const from = ((input.page ?? 1) - 1) * (input.pageSize ?? 50);
        return { rows: ids.slice(from, from + (input.pageSize ?? 50)).map(unitRow), total: ids.length };
      },
      'movements.list': () => [movement],
      'targets.list': () => targets,
      'targets.trend': () => trend,
      'dashboard.summary': (input) => baseline(input.year ?? 2022).summary,
      'recommendations.list': () => ({ rows: [], total: 0 }),
    });
    const user = userEvent.setup();
    renderInApp(<DashboardPage />, '/dashboard?year=2022');

    const table = await screen.findByRole('table', { name: 'Kết quả theo huyện, thành phố' });
    await user.click(within(within(table).getByRole('row', { name: /Toàn tỉnh/ })).getByRole('button', { name: '85' }));
    let drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(within(drawer).getByText('85 đơn vị')).toBeInTheDocument());
    await user.click(within(within(drawer).getByLabelText('Các trang')).getByRole('button', { name: '2' }));
    await waitFor(() => expect(within(drawer).getByRole('link', { name: 'Xã Thử 85' })).toBeInTheDocument());
    await user.click(within(drawer).getByRole('button', { name: 'Đóng cửa sổ' }));

    const row = within(table).getByRole('row', { name: /Huyện Đắk Hà/ });
    await user.click(within(row).getByRole('button', { name: '8' }));
    drawer = await screen.findByRole('dialog', { name: 'Huyện Đắk Hà — Dưới 15 tiêu chí' });
    expect(within(drawer).getByLabelText('Đang tải danh sách đơn vị')).toBeInTheDocument();
    expect(within(drawer).queryByText('85 đơn vị')).not.toBeInTheDocument();
    expect(within(drawer).queryByRole('link')).not.toBeInTheDocument();
    release();
    await waitFor(() => expect(within(drawer).getByText('8 đơn vị')).toBeInTheDocument());
    // Its first page, numbered from 1.
    expect(within(drawer).getByRole('cell', { name: '1' })).toBeInTheDocument();
  });

  it('opens a district cell: the communes under 15 criteria of that district with their counts', async () => {
    const calls = backend(baseline);
    const user = userEvent.setup();
    renderInApp(<DashboardPage />, '/dashboard?year=2022');

    const table = await screen.findByRole('table', { name: 'Kết quả theo huyện, thành phố' });
    const row = within(table).getByRole('row', { name: /Huyện Đắk Hà/ });
    // Đắk Hà (ids 101-143): 3 advanced, 8 under 15 criteria (136-143).
    expect(within(row).getByRole('button', { name: '3' })).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: '8' }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('Huyện Đắk Hà — Dưới 15 tiêu chí')).toBeInTheDocument();
    await waitFor(() => expect(within(drawer).getByText('8 đơn vị')).toBeInTheDocument());
    expect(within(drawer).getAllByRole('cell', { name: '11' })).toHaveLength(8);
    expect(calls.find((c) => c.channel === 'dashboard.units')?.input).toEqual({
      movementId: 1,
      year: 2022,
      list: { kind: 'under', districtId: 10 },
      page: 1,
      pageSize: 50,
    });
  });

  it('lists the eight lowest communes under 15 and opens all of them in the drawer, with their counts', async () => {
    backend(baseline);
    const user = userEvent.setup();
    renderInApp(<DashboardPage />, '/dashboard?year=2022');

    // Ten communes (136-145) have 11 criteria: the summary sends their ids and the first eight's figures.
    const section = await screen.findByRole('region', { name: 'Xã dưới 15 tiêu chí' });
    expect(within(section).getByText('(10)')).toBeInTheDocument();
    expect(within(section).getAllByRole('link')).toHaveLength(8);
    await user.click(within(section).getByRole('button', { name: 'Xem tất cả 10 xã' }));
    const drawer = await screen.findByRole('dialog');
    await waitFor(() => expect(within(drawer).getByText('10 đơn vị')).toBeInTheDocument());
    // The two not among the first eight come from the server's list like the rest.
    expect(within(drawer).getByRole('link', { name: 'Xã Thử 45' })).toHaveAttribute('href', '/units/145');
    expect(within(drawer).getAllByRole('cell', { name: '11' })).toHaveLength(10);
  });

  it("names the total row after the movement's area: a district's movement totals the district", async () => {
    backend((year) => {
      const { summary, lists } = baseline(year);
      return { lists, summary: { ...summary, byDistrict: summary.byDistrict.slice(0, 1), area: { adminType: 'Thị xã' } } };
    });
    renderInApp(<DashboardPage />, '/dashboard?year=2022');

    const table = await screen.findByRole('table', { name: 'Kết quả theo huyện, thành phố' });
    expect(within(table).getByRole('row', { name: /^Toàn thị xã/ })).toBeInTheDocument();
    expect(within(table).queryByRole('row', { name: /Toàn tỉnh/ })).not.toBeInTheDocument();
  });

  it('pages a long district table fifty districts at a time, keeping the total row', async () => {
    const many = (year: number): Scenario => {
      const { summary, lists } = baseline(year);
      const rows = Array.from({ length: 120 }, (_, i) => ({
        ...summary.byDistrict[i % 2],
        districtId: 1000 + i,
        districtName: `Huyện Thử ${String(i + 1).padStart(3, '0')}`,
      }));
      // A register of several provinces (a ministry's): its total is no province's.
      return { lists, summary: { ...summary, byDistrict: rows, area: { adminType: null } } };
    };
    backend(many);
    const user = userEvent.setup();
    renderInApp(<DashboardPage />, '/dashboard?year=2022');

    const table = await screen.findByRole('table', { name: 'Kết quả theo huyện, thành phố' });
    expect(within(table).getByRole('row', { name: /Huyện Thử 050/ })).toBeInTheDocument();
    expect(within(table).queryByRole('row', { name: /Huyện Thử 051/ })).not.toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^Tổng cộng/ })).toBeInTheDocument();
    expect(within(table).queryByRole('row', { name: /Toàn tỉnh/ })).not.toBeInTheDocument();
    expect(screen.getByText('Hiển thị 1-50 trong 120')).toBeInTheDocument();
    await user.click(within(screen.getByLabelText('Các trang')).getByRole('button', { name: '3' }));
    expect(within(table).getByRole('row', { name: /Huyện Thử 120/ })).toBeInTheDocument();
    expect(within(table).queryByRole('row', { name: /Huyện Thử 050/ })).not.toBeInTheDocument();
    expect(screen.getByText('Hiển thị 101-120 trong 120')).toBeInTheDocument();
  });

  it('on a new database says which baseline data are missing and links to where to enter them, instead of 0/85', async () => {
    const calls = backend(empty);
    renderInApp(<DashboardPage />, '/dashboard?movement=1&year=2024');

    expect(await screen.findByText('Chưa có số liệu năm 2024')).toBeInTheDocument();
    expect(screen.getByText(/Chưa có kết quả tiêu chí năm 2024 của xã nào/)).toBeInTheDocument();
    expect(screen.getByText(/Chưa có quyết định công nhận nông thôn mới nào đến hết năm 2024/)).toBeInTheDocument();
    expect(screen.getByText(/Chưa đánh dấu xã, thôn nào thuộc vùng đồng bào dân tộc thiểu số/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nhập kết quả tiêu chí' })).toHaveAttribute('href', '/criteria?year=2024');
    expect(screen.getByRole('link', { name: 'Nhập các quyết định công nhận' })).toHaveAttribute(
      'href',
      '/criteria?tab=recognitions&year=2024',
    );
    expect(screen.getByRole('link', { name: 'Đánh dấu vùng đồng bào DTTS' })).toHaveAttribute('href', '/criteria?tab=ethnic');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByText(/0\/85/)).not.toBeInTheDocument();
    // Past milestones owed since before the app was used are marked received in bulk on the movement's tab.
    expect(screen.getByRole('link', { name: 'Ghi nhận đã nhận (cả hàng loạt) ở mục Hồ sơ đơn vị nộp' })).toHaveAttribute(
      'href',
      '/movements/1?tab=submissions',
    );
    expect(calls.filter((c) => c.channel === 'dashboard.summary').map((c) => c.input)).toEqual([{ movementId: 1, year: 2024 }]);
  });

  it('counts "xã không tăng tiêu chí" only among communes with last year’s record and names the others', async () => {
    backend(nextYear);
    const user = userEvent.setup();
    renderInApp(<DashboardPage />, '/dashboard?movement=1&year=2023');

    const section = await screen.findByRole('region', { name: 'Xã không tăng tiêu chí trong năm' });
    expect(within(section).getByText('(5)')).toBeInTheDocument();
    expect(screen.getByText('so với năm trước; 10 xã chưa có số liệu năm trước')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('tăng dưới');
    // Only the missing ethnic flags are reported: the rest of the baseline is there.
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Còn thiếu số liệu gốc')).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Đánh dấu vùng đồng bào DTTS' })).toBeInTheDocument();
    expect(within(alert).queryByRole('link', { name: 'Nhập kết quả tiêu chí' })).not.toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: '10 xã chưa có số liệu năm trước nên chưa xét tăng tiêu chí.' }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('Xã chưa có số liệu năm trước năm 2023')).toBeInTheDocument();
    await waitFor(() => expect(within(drawer).getByText('10 đơn vị')).toBeInTheDocument());
  });

  it('asks for the year chosen in the selector', async () => {
    const calls = backend(baseline);
    const user = userEvent.setup();
    renderInApp(<DashboardPage />, '/dashboard');

    await screen.findByRole('article', { name: 'Chỉ tiêu 3' });
    const select = yearInput();
    await user.click(select);
    const listbox = await waitFor(() => {
      const found = document.getElementById(select.getAttribute('aria-controls') ?? '');
      if (!found) throw new Error('the year list did not open');
      return found;
    });
    await user.click(within(listbox).getByRole('option', { name: '2023', hidden: true }));
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'dashboard.summary').map((c) => c.input)).toEqual([
        { movementId: 1 },
        { movementId: 1, year: 2023 },
      ]),
    );
    expect(await screen.findByRole('article', { name: 'Chỉ tiêu 3' })).toBeInTheDocument();
    expect(yearInput()).toHaveValue('2023');
  });

  it('prints the movement report for the chosen year', async () => {
    const calls = backend(baseline);
    const user = userEvent.setup();
    renderInApp(<DashboardPage />, '/dashboard?year=2022');

    await screen.findByRole('article', { name: 'Chỉ tiêu 3' });
    await user.click(screen.getByRole('button', { name: 'In báo cáo' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'documents.preview')).toBe(true));
    expect(calls.find((c) => c.channel === 'documents.preview')?.input).toEqual({
      template: 'movement-report',
      params: { movementId: 1, year: 2022 },
    });
  });
});
