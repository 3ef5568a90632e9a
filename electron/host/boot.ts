import path from 'node:path';

import { loadWithCodeCache } from '../main/boot/code-cache';

/** Set by the build (electron/build/build-node.mjs): the SHA-256 of the bundle beside this loader. */
declare const BUNDLE_HASH: string | undefined;

// The browser host's entry (dist/host/host.cjs): the host bundle through V8's code cache.
loadWithCodeCache(path.join(__dirname, 'host-app.cjs'), typeof BUNDLE_HASH === 'string' ? BUNDLE_HASH : '');
