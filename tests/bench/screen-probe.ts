// Screen load timings on a copy of a generated data set, as the bench measures them (built app, Chromium):
//   npm run build && node tests/bench/screen-probe.mjs <data folder> [runs] [route ...]
// The folder is used in place (the host migrates it): pass a copy, never the bench's cache.
import { launchBenchChromium, loadScreen } from './measure/browser';
import { startHostProcess, waitForStartBackup } from './measure/host';
import { median } from './stats';

async function main(): Promise<void> {
  const [dir, runsArg, ...asked] = process.argv.slice(2);
  const runs = Number(runsArg ?? 3);
  const routes = asked.length > 0 ? asked : ['/dashboard', '/units'];
  const root = process.env.BENCH_REPO_ROOT ?? process.cwd();
  const host = await startHostProcess(root, dir);
  // As the bench: the screens are timed once the backup made at every start has ended.
  console.log(`start-up backup ended ${((await waitForStartBackup(host)) / 1000).toFixed(1)} s after the first answer`);
  const browser = await launchBenchChromium('/usr/bin/chromium');
  try {
    // One unmeasured visit warms the host's statements and the file cache, as in the bench.
    await loadScreen(browser, host, routes[0], 120_000);
    for (const route of routes) {
      const loads = [];
      for (let i = 0; i < runs; i++) loads.push(await loadScreen(browser, host, route, 120_000));
      const largest = loads.reduce((a, b) => (b.largestAnswer > a.largestAnswer ? b : a));
      const times = loads.map((l) => l.ms.toFixed(0)).join(', ');
      console.log(
        `${route.padEnd(18)} median ${median(loads.map((l) => l.ms)).toFixed(0)} ms (${times}); largest answer ${(largest.largestAnswer / 1024).toFixed(1)} kB (${largest.largestChannel})`,
      );
    }
  } finally {
    await browser.close();
    await host.stop();
  }
}

void main();
