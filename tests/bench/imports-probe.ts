// Import throughput of the bulk paths beside their raw baselines (measure/imports.ts), without the rest of the bench:
//   node tests/bench/imports-probe.mjs <data folder> [runs] [units rows]
// Each run works on two fresh copies of the folder (it is never written), as npm run bench does.
import fs from 'node:fs';
import path from 'node:path';

import { openBenchApp } from './app';
import { workingCopy } from './generate/cache';
import { type ImportFigure, measureImports, openRawDatabase } from './measure/imports';
import { median } from './stats';

async function main(): Promise<void> {
  const dir = process.argv[2];
  const runs = Number(process.argv[3] ?? 5);
  const units = Number(process.argv[4] ?? 1000);
  const root = process.env.BENCH_REPO_ROOT ?? process.cwd();
  const results: ImportFigure[][] = [];
  for (let run = 0; run < runs; run++) {
    const copy = workingCopy(dir, 'imports');
    const rawCopy = workingCopy(dir, 'imports-raw');
    const app = openBenchApp(copy, path.join(root, 'resources'));
    const raw = openRawDatabase(rawCopy);
    try {
      results.push(await measureImports(app, raw, { units, villages: units * 5, nominees: units * 2 }));
    } finally {
      raw.close();
      await app.close();
      fs.rmSync(copy, { recursive: true, force: true });
      fs.rmSync(rawCopy, { recursive: true, force: true });
    }
  }
  for (const [index, first] of results[0].entries()) {
    const rate = median(results.map((r) => r[index].rate));
    const raw = median(results.map((r) => r[index].raw));
    const each = results.map((r) => `${Math.round((100 * r[index].rate) / r[index].raw)}%`).join(' ');
    console.log(
      `${first.what.padEnd(13)} ${String(first.rows).padStart(5)} rows  app ${Math.round(rate).toString().padStart(7)} rows/s  raw ${Math.round(raw).toString().padStart(7)} rows/s  ${((100 * rate) / raw).toFixed(1)}%  (runs: ${each})`,
    );
  }
}

void main();
