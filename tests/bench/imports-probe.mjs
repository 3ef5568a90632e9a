// Bundles and runs imports-probe.ts (see there).
import { bundleAndRun } from './bundle-and-run.mjs';

await bundleAndRun('imports-probe');
