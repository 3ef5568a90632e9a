// The benchmark (npm run bench): builds the data sets through the app's own channels, measures every
// figure of issue 13 beside its baseline and budget, prints the table, writes tests/bench/results.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { openBenchApp } from './app';
import { failed, type Figure, figure, type Scale } from './figures';
import { channelBulkPaths } from './generate/bulk';
import { cachedDataset, cacheKey, workingCopy } from './generate/cache';
import { KON_TUM, readCatalogue } from './generate/catalogue';
import { generateDataset, type GeneratedCounts } from './generate/dataset';
import { generateNominations } from './generate/nominations';
import { generateNominees } from './generate/nominees';
import { measureBrowser } from './measure/browser';
import { type ChannelFigures, measureChannels, movementIds } from './measure/channels';
import { bareServerFirstAnswer, startHostProcess, waitForStartBackup } from './measure/host';
import { type ImportFigure, measureImportRuns } from './measure/imports';
import { measureMovementReport } from './measure/pdf';
import { formatValue, renderMarkdown, renderTable } from './report';
import { median } from './stats';

interface Options {
  repoRoot: string;
  provinceOnly: boolean;
  quick: boolean;
  runs: number;
  chromium: string;
}

interface DatasetInfo extends GeneratedCounts {
  nominees: number;
  nomineeAwards: number;
  nominations: number;
  /** Dossiers in the largest round (the round page's first page is read from it). */
  largestRound: number;
}

const IMPORT_NAMES = {
  units: 'đơn vị',
  villages: 'thôn',
  criteria: 'tiêu chí',
  recognitions: 'công nhận',
  nominees: 'đối tượng khen thưởng',
};
const log = (message: string) => console.log(message);
const MS = 'ms' as const;

function parseOptions(): Options {
  const args = process.argv.slice(2);
  const runsArg = args.find((a) => a.startsWith('--runs='));
  return {
    repoRoot: process.env.BENCH_REPO_ROOT ?? process.cwd(),
    provinceOnly: args.includes('--province-only'),
    quick: args.includes('--quick'),
    runs: runsArg ? Math.max(1, Number(runsArg.slice(7))) : 5,
    chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  };
}

/** Quick: Kon Tum and its two neighbours (Gia Lai, Đắk Lắk) stand in for the country during development. */
const QUICK_PROVINCES = ['64', '66'];

async function dataset(options: Options, scale: Scale): Promise<{ dir: string; info: DatasetInfo }> {
  const resourcesDir = path.join(options.repoRoot, 'resources');
  const name = scale === 'province' ? 'province' : options.quick ? 'quick' : 'national';
  const nominees = scale === 'province' ? 20_000 : options.quick ? 100_000 : 1_000_000;
  // Issue 13: 200.000 nominations at national scale (and in the quick stand-in); a few thousand for a province.
  const nominations = scale === 'province' ? 3_000 : 200_000;
  const key = cacheKey(options.repoRoot, name, `${nominees}-${nominations}`);
  const { dir, info, cached } = await cachedDataset<DatasetInfo>(key, async (target) => {
    log(`\n== Tạo dữ liệu "${name}" trong ${target} ==`);
    const app = openBenchApp(target, resourcesDir, KON_TUM);
    try {
      const catalogue = readCatalogue(resourcesDir);
      const extraProvinces = scale === 'province' ? [] : options.quick ? QUICK_PROVINCES : 'all';
      const counts = await generateDataset(app, catalogue, { extraProvinces }, channelBulkPaths, log);
      const started = performance.now();
      log(`Tạo ${nominees} đối tượng khen thưởng (qua repository, một giao dịch mỗi 50.000)...`);
      const made = generateNominees(app, nominees, log);
      log(`Tạo ${nominations} hồ sơ đề nghị khen thưởng (rounds.create, hồ sơ qua repository, một giao dịch mỗi 20.000)...`);
      const dossiers = await generateNominations(app, nominations, log);
      return {
        ...counts,
        nominees: made.nominees,
        nomineeAwards: made.awards,
        nominations: dossiers.nominations,
        largestRound: dossiers.largestRound,
        seconds: counts.seconds + Math.round((performance.now() - started) / 1000),
      };
    } finally {
      await app.close();
    }
  });
  log(`Dữ liệu "${name}": ${cached ? 'dùng lại bản đã tạo' : 'vừa tạo'} (${dir}): ${JSON.stringify(info)}`);
  return { dir, info };
}

interface InProcess {
  channels: ChannelFigures;
  reports: { label: string; first: number; report: number; raw: number; rows: number }[];
}

async function measureInProcess(options: Options, dir: string, scale: Scale): Promise<InProcess> {
  const copy = workingCopy(dir, scale);
  const app = openBenchApp(copy, path.join(options.repoRoot, 'resources'));
  try {
    log(`Đo kênh (${scale})...`);
    const channels = await measureChannels(app, options.runs);
    const { seed, national } = await movementIds(app);
    const fontDir = path.join(options.repoRoot, 'resources/fonts');
    const reports = [];
    log(`Đo báo cáo phong trào (${scale})...`);
    const seedReport = await measureMovementReport(app, fontDir, seed, Math.min(options.runs, 3));
    reports.push({ label: 'phong trào một tỉnh (Kon Tum)', ...seedReport });
    if (scale === 'national') {
      const nationalReport = await measureMovementReport(app, fontDir, national, Math.min(options.runs, 3));
      reports.push({ label: 'phong trào toàn bộ danh mục', ...nationalReport });
    }
    return { channels, reports };
  } finally {
    await app.close();
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

/** The fewest runs the import figures take their medians over (each run is a second or two), after one that does not count. */
const IMPORT_RUNS = 5;

async function importFigures(options: Options, dir: string): Promise<Figure[]> {
  log('Đo tốc độ nhập (trên bản sao dữ liệu một tỉnh)...');
  const sizes =
    options.quick || options.provinceOnly ? { units: 300, villages: 3000, nominees: 500 } : { units: 1000, villages: 5000, nominees: 2000 };
  // At least five runs: a path of a few hundred rows takes milliseconds, at the mercy of the scheduler on a busy machine.
  const { warmups, runs } = await measureImportRuns(
    dir,
    path.join(options.repoRoot, 'resources'),
    sizes,
    Math.max(options.runs, IMPORT_RUNS),
  );
  const percent = (f: ImportFigure) => `${Math.round((100 * f.rate) / f.raw)} %`;
  const uncounted = (index: number) => warmups.map((run) => percent(run[index])).join(', ');
  log(`  ${warmups.length} lượt đầu (không tính): ${runs[0].map((f, index) => `${IMPORT_NAMES[f.what]} ${uncounted(index)}`).join('; ')}`);
  // The time a row takes beyond the raw insert's, from the two medians: what a share of the raw rate hides for small
  // rows (a raw row of 5 µs leaves 5 µs for everything else at 50 %, a raw row of 60 µs leaves 60).
  const extraPerRow = (rate: number, raw: number) =>
    `${(1e6 / rate - 1e6 / raw).toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} µs`;
  return runs[0].map((head, index) => {
    const rate = median(runs.map((r) => r[index].rate));
    const raw = median(runs.map((r) => r[index].raw));
    return figure({
      id: `import.${head.what}`,
      label: `Nhập ${IMPORT_NAMES[head.what]} (${head.rows} dòng, ${head.path})`,
      scale: 'province',
      value: rate,
      unit: 'rows/s',
      baseline: raw,
      baselineLabel: 'INSERT thô vào cùng bảng, cùng chỉ mục, một giao dịch',
      budget: { min: 0.5, ratio: true },
      budgetText: '≥ 50% tốc độ thô',
      note: `mỗi dòng thêm ${extraPerRow(rate, raw)} so với INSERT thô; ${warmups.length} lượt đầu trong tiến trình, không tính: ${uncounted(index)}`,
    });
  });
}

/** Starts of the host (each beside a bare server's) the start-up figure takes its medians over, after one that does not count. */
const STARTUP_RUNS = 5;

async function hostFigures(options: Options, dir: string, scale: Scale, walkScreens: boolean): Promise<Figure[]> {
  const figures: Figure[] = [];
  const copy = workingCopy(dir, `host-${scale}`);
  try {
    log(`Đo khởi động máy chủ (${scale})...`);
    // The first start is noted, not counted: after a build it compiles the bundle and writes the code cache (once per
    // install or update), and on a fresh copy it checks the whole file (the copy is not the file the app closed).
    // Then five starts, each beside a bare server's (three let one slow start decide the median).
    const firstHost = await startHostProcess(options.repoRoot, copy);
    const firstStart = firstHost.firstAnswerMs;
    await firstHost.stop();
    const starts: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < STARTUP_RUNS; i++) {
      const host = await startHostProcess(options.repoRoot, copy);
      starts.push(host.firstAnswerMs);
      await host.stop();
      bare.push(await bareServerFirstAnswer());
    }
    figures.push(
      figure({
        id: 'startup',
        label: 'Khởi động đến câu trả lời đầu tiên (máy chủ trình duyệt)',
        scale,
        value: median(starts),
        unit: MS,
        baseline: median(bare),
        baselineLabel: 'máy chủ HTTP Node trần',
        budget: { max: 2, ratio: true },
        budgetText: '≤ 2× máy chủ trần',
        note: `lần khởi động đầu, không tính: ${formatValue(firstStart, MS)}; các lần tính: ${starts.map((ms) => formatValue(ms, MS)).join(', ')}`,
      }),
    );
    if (!fs.existsSync(options.chromium)) {
      figures.push(
        failed(
          {
            id: 'units.screen',
            label: 'Màn hình Đơn vị dùng được (Chromium)',
            scale,
            unit: MS,
            budget: { max: 1000 },
            budgetText: '< 1 s',
          },
          `không có Chromium tại ${options.chromium}`,
        ),
      );
      return figures;
    }
    log(`Đo màn hình trong Chromium (${scale})...`);
    const host = await startHostProcess(options.repoRoot, copy);
    try {
      const backupMs = await waitForStartBackup(host);
      figures.push(
        figure({
          id: 'startup.backup',
          label: 'Sao lưu khi khởi động xong sau câu trả lời đầu tiên (các màn hình đo sau đó)',
          scale,
          value: backupMs,
          unit: MS,
        }),
      );
      // Up to five loads a screen: a load varies by ±15 % on a shared machine, and a median of three let one slow pair decide.
      const browser = await measureBrowser(host, options.repoRoot, options.chromium, Math.min(options.runs, 5), walkScreens);
      figures.push(
        figure({
          id: 'units.screen',
          label: 'Màn hình Đơn vị dùng được: bảng có hàng đầu tiên, nội dung đã yên (Chromium)',
          scale,
          value: browser.units.ms,
          unit: MS,
          budget: { max: 1000 },
          budgetText: '< 1 s',
        }),
        figure({
          id: 'units.screen.bytes',
          label: `Màn hình Đơn vị: câu trả lời lớn nhất (${browser.units.largestChannel})`,
          scale,
          value: browser.units.largestAnswer,
          unit: 'bytes',
          budget: { max: 1_048_576 },
          budgetText: '≤ ~1 MB',
        }),
      );
      for (const screen of browser.screens.filter((s) => s.route !== '/units' && walkScreens)) {
        figures.push(
          figure({
            id: `screen${screen.route}`,
            label: `Màn hình ${screen.label} (${screen.route}) dùng được: nội dung đã yên`,
            scale,
            value: screen.ms,
            unit: MS,
            budget: { max: 1000 },
            budgetText: '< 1 s',
          }),
          figure({
            id: `screen${screen.route}.bytes`,
            label: `Màn hình ${screen.label}: câu trả lời lớn nhất${screen.largestChannel ? ` (${screen.largestChannel})` : ''}`,
            scale,
            value: screen.largestAnswer,
            unit: 'bytes',
            budget: { max: 1_048_576 },
            budgetText: '≤ ~1 MB',
          }),
        );
      }
      figures.push(
        figure({
          id: 'renderer.firstScreen',
          label: `Màn hình đầu tiên: JS + CSS tải trước khi dùng được (gzip, ${browser.firstScreenFiles} tệp)`,
          scale,
          value: browser.firstScreenGzip,
          unit: 'bytes',
          budget: { max: 500_000 },
          budgetText: '< 500 kB',
        }),
        figure({
          id: 'renderer.background',
          label: `Màn hình đầu tiên: tải sau khi đã dùng được, trong lúc chờ yên (gzip, ${browser.backgroundFiles} tệp)`,
          scale,
          value: browser.backgroundGzip,
          unit: 'bytes',
        }),
      );
    } finally {
      await host.stop();
    }
    return figures;
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

function channelFigures(scale: Scale, m: InProcess, province: InProcess | null, info: DatasetInfo): Figure[] {
  const c = m.channels;
  const figures: Figure[] = [
    figure({
      id: 'units.search.p95',
      label: `units.search p95 (${info.communes} xã, ${info.villages} thôn)`,
      scale,
      value: c.unitSearchP95,
      unit: MS,
      budget: { max: 30 },
      budgetText: '< 30 ms',
    }),
    figure({
      id: 'nominees.search.p95',
      label: `nominees.search p95 (${c.nomineeCount} đối tượng)`,
      scale,
      value: c.nomineeSearchP95,
      unit: MS,
      budget: { max: 30 },
      budgetText: '< 30 ms',
    }),
    figure({
      id: 'dashboard.province',
      label: 'dashboard.summary của phong trào một tỉnh (Kon Tum)',
      scale,
      value: c.seedDashboard,
      unit: MS,
      ...(province
        ? {
            baseline: province.channels.seedDashboard,
            baselineLabel: 'cùng phong trào, dữ liệu một tỉnh',
            budget: { max: 1.5, ratio: true },
            budgetText: '≤ 1,5× dữ liệu một tỉnh',
          }
        : {}),
    }),
    figure({
      id: 'dashboard.national',
      label: 'dashboard.summary của phong trào toàn bộ danh mục',
      scale,
      value: c.nationalDashboard,
      unit: MS,
      budget: { max: 200 },
      budgetText: '< 200 ms',
    }),
    figure({
      id: 'targets.evaluate',
      label: 'targets.evaluate của phong trào toàn bộ danh mục',
      scale,
      value: c.nationalEvaluate,
      unit: MS,
      budget: { max: 200 },
      budgetText: '< 200 ms',
    }),
    figure({
      id: 'criteria.grid.read',
      label: `Lưới tiêu chí: đọc (${c.gridDistrict})`,
      scale,
      value: c.gridRead,
      unit: MS,
      ...(province ? { baseline: province.channels.gridRead, baselineLabel: 'dữ liệu một tỉnh' } : {}),
    }),
    figure({
      id: 'criteria.grid.save',
      label: `Lưới tiêu chí: lưu (${c.gridDistrict})`,
      scale,
      value: c.gridSave,
      unit: MS,
      ...(province ? { baseline: province.channels.gridSave, baselineLabel: 'dữ liệu một tỉnh' } : {}),
    }),
  ];
  figures.push(
    figure({
      id: 'audit.forUnit',
      label: `audit.forUnit: lịch sử thay đổi của một xã (100 mục gần nhất; trung vị của ${c.unitHistory.communes} xã, ${c.unitHistory.entries} mục đọc)`,
      scale,
      value: c.unitHistory.ms,
      unit: MS,
      ...(province ? { baseline: province.channels.unitHistory.ms, baselineLabel: 'dữ liệu một tỉnh' } : {}),
    }),
  );
  for (const list of c.listPages)
    figures.push(
      figure({
        id: `${list.channel}.firstPage`,
        label: `${list.channel}: trang đầu (${list.scope}, ${list.total} dòng khớp)`,
        scale,
        value: list.ms,
        unit: MS,
      }),
      figure({
        id: `${list.channel}.firstPage.bytes`,
        label: `${list.channel}: câu trả lời trang đầu (${list.scope})`,
        scale,
        value: list.bytes,
        unit: 'bytes',
        budget: { max: 1_048_576 },
        budgetText: '≤ ~1 MB',
      }),
    );
  figures.push(
    figure({
      id: 'agencies.results.national',
      label: 'agencies.results của phong trào toàn bộ danh mục (kết quả từng tiêu chí năm 2025)',
      scale,
      value: c.criteriaResults.ms,
      unit: MS,
    }),
    figure({
      id: 'agencies.results.national.bytes',
      label: 'agencies.results của phong trào toàn bộ danh mục: câu trả lời (tab Tiêu chí của phong trào)',
      scale,
      value: c.criteriaResults.bytes,
      unit: 'bytes',
      budget: { max: 1_048_576 },
      budgetText: '≤ ~1 MB',
    }),
  );
  for (const r of m.reports)
    figures.push(
      figure({
        id: `pdf.movement-report.${r.label.includes('Kon Tum') ? 'province' : 'national'}`,
        label: `PDF báo cáo ${r.label} (${r.rows} dòng bảng)`,
        scale,
        value: r.report,
        unit: MS,
        baseline: r.raw,
        baselineLabel: 'pdfmake thô, cùng số dòng, cùng phông',
        budget: { max: 1.5, ratio: true },
        budgetText: '≤ 1,5× pdfmake thô',
      }),
      // The first report of the process only (the first data set's first): later ones find the fonts read and the code compiled.
      ...(province === null && r === m.reports[0]
        ? [
            figure({
              id: 'pdf.movement-report.first',
              label: `PDF báo cáo ${r.label}: lần in đầu tiên trong phiên (đọc phông, dịch mã)`,
              scale,
              value: r.first,
              unit: MS,
            }),
          ]
        : []),
    );
  return figures;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    ramGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString(),
  };
}

async function main(): Promise<void> {
  const options = parseOptions();
  const started = performance.now();
  const mode = options.provinceOnly ? 'province-only' : options.quick ? 'quick' : 'full';
  log(`Đo hiệu năng (${mode}), mỗi số là trung vị của ${options.runs} lần đo.`);
  const figures: Figure[] = [];
  const datasets: Record<string, DatasetInfo> = {};

  const province = await dataset(options, 'province');
  datasets.province = province.info;
  const provinceMeasures = await measureInProcess(options, province.dir, 'province');
  figures.push(...channelFigures('province', provinceMeasures, null, province.info));
  figures.push(...(await importFigures(options, province.dir)));
  figures.push(...(await hostFigures(options, province.dir, 'province', options.provinceOnly)));

  if (!options.provinceOnly) {
    const national = await dataset(options, 'national');
    datasets[options.quick ? 'quick' : 'national'] = national.info;
    const nationalMeasures = await measureInProcess(options, national.dir, 'national');
    figures.push(...channelFigures('national', nationalMeasures, provinceMeasures, national.info));
    figures.push(...(await hostFigures(options, national.dir, 'national', true)));
  }

  const results = {
    mode,
    runs: options.runs,
    seconds: Math.round((performance.now() - started) / 1000),
    machine: machine(),
    datasets,
    figures,
  };
  const outDir = path.join(options.repoRoot, 'tests/bench');
  fs.writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(outDir, 'results.md'), renderMarkdown(results));
  console.log(`\n${renderTable(figures, mode)}`);
  const failures = figures.filter((f) => f.verdict === 'FAIL').length;
  const passes = figures.filter((f) => f.verdict === 'PASS').length;
  const info = figures.length - failures - passes;
  console.log(
    `\n${passes} số đo đạt ngân sách, ${failures} không đạt, ${info} số đo để tham khảo. Kết quả: tests/bench/results.json (${results.seconds} s).`,
  );
  process.exitCode = failures > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
