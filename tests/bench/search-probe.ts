// Search timings on a copy of a generated data set, in seconds instead of a whole bench run:
//   node tests/bench/search-probe.mjs <data folder> [runs]
// The folder is used in place (migrations run on it): pass a copy, never the bench's cache.
import path from 'node:path';

import { openBenchApp } from './app';
import { NOMINEE_QUERIES, UNIT_QUERIES } from './measure/channels';
import { median, p95, timeRuns } from './stats';

interface Case {
  channel: string;
  input: Record<string, unknown>;
}

const EXTRA_UNIT_QUERIES = [
  'xã tân',
  'thôn 1',
  'huyện đắk',
  'tân',
  'an',
  'thôn',
  'UBND xã Đăk Ui',
  'xã Ngọc Wang, huyện Đăk Hà',
  'TT Plei Kần',
  'ngok wang',
];

const cases: Case[] = [
  ...[...UNIT_QUERIES, ...EXTRA_UNIT_QUERIES].map((query) => ({ channel: 'units.search', input: { query, limit: 20 } })),
  ...['thôn 1', 'xã tân', 'dak', 'kon'].flatMap((query) => [
    { channel: 'units.list', input: { query, kind: 'province' } },
    { channel: 'units.list', input: { query, kind: 'district' } },
    { channel: 'units.list', input: { query } },
  ]),
  ...['Thôn 1', 'xã Tân Lập', 'Đăk Hà', 'UBND xã Đăk Ui'].map((name) => ({ channel: 'units.match', input: { name } })),
  ...NOMINEE_QUERIES.map((query) => ({ channel: 'nominees.search', input: { query, limit: 50 } })),
];

async function main() {
  const dir = process.argv[2];
  const runs = Number(process.argv[3] ?? 5);
  const filter = process.argv[4];
  const root = process.env.BENCH_REPO_ROOT ?? process.cwd();
  const opened = performance.now();
  const app = openBenchApp(dir, path.join(root, 'resources'));
  console.log(`opened in ${Math.round(performance.now() - opened)} ms`);
  const byChannel = new Map<string, number[]>();
  for (const c of cases) {
    if (filter && !c.channel.startsWith(filter)) continue;
    const times = await timeRuns(() => app.call(c.channel, c.input), runs, 1);
    const result = await app.call<unknown>(c.channel, c.input);
    const n = Array.isArray(result) ? result.length : ((result as { rows?: unknown[] }).rows?.length ?? 0);
    const list = byChannel.get(c.channel) ?? [];
    list.push(...times);
    byChannel.set(c.channel, list);
    console.log(
      `${c.channel.padEnd(16)} ${JSON.stringify(c.input).padEnd(56)} median ${median(times).toFixed(1).padStart(7)} max ${Math.max(...times)
        .toFixed(1)
        .padStart(7)}  (${n})`,
    );
  }
  for (const [channel, times] of byChannel) {
    console.log(`${channel}: p50 ${median(times).toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms over ${times.length}`);
  }
  await app.close();
}

void main();
