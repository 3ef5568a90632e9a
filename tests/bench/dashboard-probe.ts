// Dashboard and target timings (and answer sizes) on a copy of a generated data set:
//   node tests/bench/dashboard-probe.mjs <data folder> [runs]
// The folder is used in place (migrations run on it): pass a copy, never the bench's cache.
import path from 'node:path';

import { openBenchApp } from './app';
import { movementIds } from './measure/channels';
import { median, timeRuns } from './stats';

/** Where an answer's bytes go: its top-level fields (and the communes' own), largest first. */
function partSizes(answer: unknown): string {
  const parts: [string, number][] = [];
  const walk = (value: unknown, prefix: string, depth: number) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || depth > 1) return;
    for (const [key, part] of Object.entries(value)) {
      parts.push([prefix + key, Buffer.byteLength(JSON.stringify(part))]);
      walk(part, `${prefix}${key}.`, depth + 1);
    }
  };
  walk(answer, '', 0);
  return parts
    .filter(([, bytes]) => bytes > 1024)
    .sort((a, b) => b[1] - a[1])
    .map(([key, bytes]) => `${key} ${(bytes / 1024).toFixed(0)} kB`)
    .join(', ');
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  const runs = Number(process.argv[3] ?? 5);
  const root = process.env.BENCH_REPO_ROOT ?? process.cwd();
  const app = openBenchApp(dir, path.join(root, 'resources'));
  const { seed, national } = await movementIds(app);
  const cases = [
    { label: 'dashboard (seed movement)', channel: 'dashboard.summary', input: { movementId: seed, year: 2025 } },
    { label: 'dashboard (national movement)', channel: 'dashboard.summary', input: { movementId: national, year: 2025 } },
    { label: 'targets.evaluate (national)', channel: 'targets.evaluate', input: { movementId: national, year: 2025 } },
    // Not a bench figure: the dashboard screen asks for it beside the summary.
    { label: 'targets.trend (national)', channel: 'targets.trend', input: { movementId: national } },
    // A figure's drawer: the first and the last page of every commune of the country.
    ...[1, 155].map((page) => ({
      label: `dashboard.units page ${page} (national)`,
      channel: 'dashboard.units',
      input: { movementId: national, year: 2025, list: { kind: 'communes' }, page, pageSize: 50 },
    })),
  ];
  for (const c of cases) {
    // Cold (after a write, as the bench measures) and warm (the records kept from the call before).
    const times = await timeRuns(
      () => app.call(c.channel, c.input),
      runs,
      1,
      () => app.write(),
    );
    const warm = await timeRuns(() => app.call(c.channel, c.input), runs);
    const bytes = Buffer.byteLength(JSON.stringify(await app.call(c.channel, c.input)));
    const ms = (values: number[]) => median(values).toFixed(1).padStart(8);
    console.log(`${c.label.padEnd(32)} median ${ms(times)} ms (warm ${ms(warm)} ms)  answer ${(bytes / 1024).toFixed(1)} kB`);
    if (c.channel === 'dashboard.summary') console.log(`  ${partSizes(await app.call(c.channel, c.input))}`);
  }
  // As the screen asks: the trend first (it decides the year), then the summary on what the trend loaded.
  const afterTrend: number[] = [];
  for (let i = 0; i < runs; i++) {
    app.write();
    await app.call('targets.trend', { movementId: national });
    const started = performance.now();
    await app.call('dashboard.summary', { movementId: national, year: 2025 });
    afterTrend.push(performance.now() - started);
  }
  console.log(`${'dashboard after the trend'.padEnd(32)} median ${median(afterTrend).toFixed(1).padStart(8)} ms`);
  await app.close();
}

void main();
