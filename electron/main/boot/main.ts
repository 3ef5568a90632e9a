import path from 'node:path';

import { loadWithCodeCache } from './code-cache';

/** Set by the build (electron/build/build-node.mjs): the SHA-256 of the bundle beside this loader. */
declare const BUNDLE_HASH: string | undefined;

// Electron's entry (dist/electron/main.cjs): the main process bundle through V8's code cache.
loadWithCodeCache(path.join(__dirname, 'main-app.cjs'), typeof BUNDLE_HASH === 'string' ? BUNDLE_HASH : '');
