// Bundles and runs screen-probe.ts (see there).
import { bundleAndRun } from './bundle-and-run.mjs';

await bundleAndRun('screen-probe');
