import { parentPort, workerData } from 'node:worker_threads';

import { inspectCopy } from './repositories/backups';

/** Worker entry (bundled beside main and the host): reads one database copy and posts what it found. */
const { file } = workerData as { file: string };
parentPort?.postMessage(inspectCopy(file));
