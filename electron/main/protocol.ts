import fs from 'node:fs';
import path from 'node:path';

import type { Protocol } from 'electron';

import { resolveStaticFile } from '../host/static-files';
import { contentSecurityPolicy } from './csp';
import { APP_HOST, APP_SCHEME } from './security';

/** Serves the built renderer from app://thidua/, never file://, refusing paths outside the folder. */
export function registerAppProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const found = resolveStaticFile(rendererDir, url.pathname);
    if (!found) return new Response('Not found', { status: 404 });
    return new Response(fs.readFileSync(found.file), {
      headers: { 'Content-Type': found.contentType, 'Content-Security-Policy': contentSecurityPolicy(false) },
    });
  });
}

export function rendererDirFrom(appPath: string): string {
  return path.join(appPath, 'dist', 'renderer');
}
