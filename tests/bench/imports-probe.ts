// Import throughput of the bulk paths beside their raw baselines (measure/imports.ts), without the rest of the bench:
//   node tests/bench/imports-probe.mjs <data folder> [runs] [units rows]
// As npm run bench: IMPORT_WARMUP_RUNS runs that do not count, then the runs, each on two fresh copies of the folder (never written).
import path from 'node:path';

import { type ImportFigure, measureImportRuns } from './measure/imports';
import { median } from './stats';

async function main(): Promise<void> {
  const dir = process.argv[2];
  const runs = Number(process.argv[3] ?? 5);
  const units = Number(process.argv[4] ?? 1000);
  const root = process.env.BENCH_REPO_ROOT ?? process.cwd();
  const measured = await measureImportRuns(dir, path.join(root, 'resources'), { units, villages: units * 5, nominees: units * 2 }, runs);
  const percent = (f: ImportFigure) => `${Math.round((100 * f.rate) / f.raw)}%`;
  for (const [index, head] of measured.runs[0].entries()) {
    const rate = median(measured.runs.map((r) => r[index].rate));
    const raw = median(measured.runs.map((r) => r[index].raw));
    const each = measured.runs.map((r) => percent(r[index])).join(' ');
    console.log(
      `${head.what.padEnd(13)} ${String(head.rows).padStart(5)} rows  app ${Math.round(rate).toString().padStart(7)} rows/s  raw ${Math.round(raw).toString().padStart(7)} rows/s  ${((100 * rate) / raw).toFixed(1)}%  +${(1e6 / rate - 1e6 / raw).toFixed(1)} µs/row  (runs: ${each}; not counted: ${measured.warmups.map((w) => percent(w[index])).join(' ')})`,
    );
  }
}

void main();
