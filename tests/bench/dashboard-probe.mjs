// Bundles and runs dashboard-probe.ts (see there).
import { bundleAndRun } from './bundle-and-run.mjs';

await bundleAndRun('dashboard-probe');
