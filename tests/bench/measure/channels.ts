import type { BenchApp } from '../app';
import { NATIONAL_MOVEMENT } from '../generate/dataset';
import { median, p95, timeRuns } from '../stats';

export const UNIT_QUERIES = [
  'Đăk Hà',
  'dak ha',
  'hdrai',
  "H' Drai",
  'ngoc',
  'xã đăk',
  'thôn 3',
  'kon',
  'phuong 1',
  'sa thầy',
  'ia',
  'tân lập',
  'đ',
  'lang 2 dak',
  // Slow nationally before the search read bounded ranges (issue 14): common words together, and whole
  // names as lists write them, which go through the name matcher first.
  'xã tân',
  'thôn 1',
  'huyện đắk',
  'UBND xã Đăk Ui',
  'xã Ngọc Wang, huyện Đăk Hà',
];
export const NOMINEE_QUERIES = [
  'nguyễn văn',
  'nguyen van an',
  'tran thi',
  'hdrai',
  'y bl',
  'đặng',
  'dang minh',
  'rơ châm',
  'le t',
  'h',
  'ngô xuân hải',
  'ho',
  'van thi',
];

async function searchSamples(app: BenchApp, channel: string, queries: string[], runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (const query of queries) {
    const input = channel === 'units.search' ? { query, limit: 20 } : { query, limit: 50 };
    samples.push(...(await timeRuns(() => app.call(channel, input), runs, 1)));
  }
  return samples;
}

export async function movementIds(app: BenchApp): Promise<{ seed: number; national: number }> {
  const list = await app.call<{ id: number; name: string; document: { number: string } }[]>('movements.list', {});
  const seed = list.find((m) => m.document.number === '2017/KH-UBND');
  const national = list.find((m) => m.name === NATIONAL_MOVEMENT);
  if (!seed || !national) throw new Error('generated movements missing');
  return { seed: seed.id, national: national.id };
}

/** The Kon Tum district whose grid has 11 communes (Đăk Hà in the 2025 catalogue), else the largest one. */
export async function elevenCommuneDistrict(app: BenchApp): Promise<{ id: number; name: string }> {
  const districts = app.ctx.db
    .prepare(
      `SELECT d.id, d.name FROM units d JOIN units p ON p.id = d.parent_id
       WHERE d.kind = 'district' AND p.code = '62' ORDER BY d.id`,
    )
    .all() as { id: number; name: string }[];
  let best = districts[0];
  let bestSize = -1;
  for (const d of districts) {
    const grid = await app.call<{ rows: unknown[] }>('criteria.forDistrictYear', { districtId: d.id, year: 2025 });
    if (grid.rows.length === 11) return d;
    if (grid.rows.length > bestSize) [best, bestSize] = [d, grid.rows.length];
  }
  return best;
}

export interface ChannelFigures {
  unitSearchP95: number;
  nomineeSearchP95: number;
  seedDashboard: number;
  nationalDashboard: number;
  nationalEvaluate: number;
  gridRead: number;
  gridSave: number;
  gridDistrict: string;
  nomineeCount: number;
  /** The first page of each list channel issue 13 asked to page: its time and the size of its answer. */
  listPages: ListPageFigure[];
  /** agencies.results of the whole-register movement (a movement's "Tiêu chí" tab, the agency pages): time and answer size. */
  criteriaResults: { ms: number; bytes: number };
  /** audit.forUnit (a unit page's "Lịch sử thay đổi") of communes spread over the register: median time, entries read. */
  unitHistory: { ms: number; communes: number; entries: number };
}

/** A commune's change history, as its page reads it (the last 100 entries), for 20 communes from the whole register. */
async function measureUnitHistory(app: BenchApp): Promise<ChannelFigures['unitHistory']> {
  const ids = app.ctx.db.prepare("SELECT id FROM units WHERE kind = 'commune' ORDER BY id").pluck().all() as number[];
  const picked = Array.from({ length: Math.min(20, ids.length) }, (_, i) => ids[Math.floor((i * ids.length) / Math.min(20, ids.length))]);
  const read = (unitId: number) => app.call<unknown[]>('audit.forUnit', { unitId, limit: 100 });
  await read(picked[0]);
  const times: number[] = [];
  let entries = 0;
  for (const unitId of picked) {
    const started = performance.now();
    entries += (await read(unitId)).length;
    times.push(performance.now() - started);
  }
  return { ms: median(times), communes: picked.length, entries };
}

export interface ListPageFigure {
  channel: string;
  /** What the page lists, for the label ("hồ sơ của đợt lớn nhất: 10.000"). */
  scope: string;
  ms: number;
  bytes: number;
  total: number;
}

/** The first page (as the screens ask for it) of documents, the largest round's dossiers, the busiest year's recognitions, recommendations. */
async function measureListPages(app: BenchApp, runs: number): Promise<ListPageFigure[]> {
  const db = app.ctx.db;
  const largestRound = db
    .prepare('SELECT round_id AS id, COUNT(*) AS n FROM nominations GROUP BY round_id ORDER BY n DESC LIMIT 1')
    .get() as { id: number; n: number } | undefined;
  const busiestYear = db.prepare('SELECT year, COUNT(*) AS n FROM recognitions GROUP BY year ORDER BY n DESC LIMIT 1').get() as
    { year: number; n: number } | undefined;
  const lists: { channel: string; scope: string; input: unknown }[] = [
    { channel: 'documents.list', scope: 'sổ văn bản', input: { page: 1, pageSize: 50 } },
    ...(largestRound
      ? [{ channel: 'nominations.list', scope: 'đợt xét lớn nhất', input: { roundId: largestRound.id, page: 1, pageSize: 50 } }]
      : []),
    ...(busiestYear
      ? [
          {
            channel: 'recognitions.list',
            scope: `năm ${busiestYear.year}, cấp xã`,
            input: { year: busiestYear.year, kind: 'commune', page: 1, pageSize: 50 },
          },
        ]
      : []),
    { channel: 'recommendations.list', scope: 'tất cả kiến nghị', input: { overdueOn: null, page: 1, pageSize: 50 } },
  ];
  const figures: ListPageFigure[] = [];
  for (const list of lists) {
    const answer = await app.call<{ total: number }>(list.channel, list.input);
    const ms = median(await timeRuns(() => app.call(list.channel, list.input), runs));
    figures.push({ channel: list.channel, scope: list.scope, ms, bytes: Buffer.byteLength(JSON.stringify(answer)), total: answer.total });
  }
  return figures;
}

/**
 * The fewest runs the dashboard and target figures take their medians over: a one-province movement's figures take
 * some ten milliseconds and are compared between two data sets (≤ 1,5×), and five runs of that let a scheduler's
 * hiccup on either side decide the ratio (1,47× and 1,58× in two runs of the same code on 02/12/2026).
 */
const DASHBOARD_RUNS = 15;

/** In-process figures through the channel wrapper: search, dashboard, targets, criteria grid. */
export async function measureChannels(app: BenchApp, runs: number): Promise<ChannelFigures> {
  const unitSamples = await searchSamples(app, 'units.search', UNIT_QUERIES, runs);
  const nomineeSamples = await searchSamples(app, 'nominees.search', NOMINEE_QUERIES, runs);
  const { seed, national } = await movementIds(app);
  // Cold: a write before each run, so the records the dashboard and targets keep until the next write are read again.
  const cold = (channel: string, input: unknown) =>
    timeRuns(
      () => app.call(channel, input),
      Math.max(runs, DASHBOARD_RUNS),
      1,
      () => app.write(),
    );
  const seedDashboard = median(await cold('dashboard.summary', { movementId: seed, year: 2025 }));
  const nationalDashboard = median(await cold('dashboard.summary', { movementId: national, year: 2025 }));
  const nationalEvaluate = median(await cold('targets.evaluate', { movementId: national, year: 2025 }));
  const district = await elevenCommuneDistrict(app);
  const gridRead = median(await timeRuns(() => app.call('criteria.forDistrictYear', { districtId: district.id, year: 2025 }), runs));
  const gridSave = median(await saveTimes(app, district.id, runs));
  const nomineeCount = (app.ctx.db.prepare('SELECT COUNT(*) AS n FROM nominees').get() as { n: number }).n;
  const listPages = await measureListPages(app, runs);
  const resultsInput = { movementId: national, year: 2025 };
  const criteriaResults = {
    ms: median(await timeRuns(() => app.call('agencies.results', resultsInput), runs)),
    bytes: Buffer.byteLength(JSON.stringify(await app.call('agencies.results', resultsInput))),
  };
  const unitHistory = await measureUnitHistory(app);
  return {
    listPages,
    criteriaResults,
    unitHistory,
    unitSearchP95: p95(unitSamples),
    nomineeSearchP95: p95(nomineeSamples),
    seedDashboard,
    nationalDashboard,
    nationalEvaluate,
    gridRead,
    gridSave,
    gridDistrict: district.name,
    nomineeCount,
  };
}

/** Each save flips criterion 19 of the first commune at the version just read, as the grid does; only the save is timed. */
async function saveTimes(app: BenchApp, districtId: number, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const grid = await app.call<{ rows: { unitId: number; criteriaMet: number[]; version: number | null }[] }>('criteria.forDistrictYear', {
      districtId,
      year: 2025,
    });
    const rows = grid.rows.map((r, index) => ({
      unitId: r.unitId,
      criteriaMet:
        index === 0 ? (r.criteriaMet.includes(19) ? r.criteriaMet.filter((n) => n !== 19) : [...r.criteriaMet, 19]) : r.criteriaMet,
      version: r.version,
    }));
    const started = performance.now();
    await app.call('criteria.setDistrictYear', { districtId, year: 2025, rows });
    // The first save warms the statements, as timeRuns' warm-up does.
    if (i > 0) times.push(performance.now() - started);
  }
  return times;
}
