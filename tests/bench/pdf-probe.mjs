// Bundles and runs pdf-probe.ts (see there).
import { bundleAndRun } from './bundle-and-run.mjs';

await bundleAndRun('pdf-probe');
