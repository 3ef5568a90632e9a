// The Kon Tum movement report through documents.preview, timed N times, beside raw pdfmake (measure/pdf.ts):
//   node tests/bench/pdf-probe.mjs <data folder> [runs] [national]
// (national: the movement over the whole catalogue instead of Kon Tum's.)
import fs from 'node:fs';
import path from 'node:path';

import { openBenchApp } from './app';
import { workingCopy } from './generate/cache';
import { movementIds } from './measure/channels';
import { measureMovementReport } from './measure/pdf';

async function main(): Promise<void> {
  const dir = process.argv[2];
  const runs = Number(process.argv[3] ?? 9);
  const root = process.env.BENCH_REPO_ROOT ?? process.cwd();
  const copy = workingCopy(dir, 'pdfprobe');
  const app = openBenchApp(copy, path.join(root, 'resources'));
  try {
    const { seed, national } = await movementIds(app);
    const movementId = process.argv[4] === 'national' ? national : seed;
    const figures = await measureMovementReport(app, path.join(root, 'resources/fonts'), movementId, runs);
    console.log(
      `report ${figures.report.toFixed(1)} ms  raw ${figures.raw.toFixed(1)} ms  ${(figures.report / figures.raw).toFixed(2)}x  (${figures.rows} rows)`,
    );
  } finally {
    await app.close();
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

void main();
