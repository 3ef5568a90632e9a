// Bundles and runs search-probe.ts (see there).
import { bundleAndRun } from './bundle-and-run.mjs';

await bundleAndRun('search-probe');
