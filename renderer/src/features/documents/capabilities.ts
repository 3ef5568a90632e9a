import type { AppCapabilities } from '@shared/contract/app';

import { call } from '../../api/client';

let asked: Promise<AppCapabilities> | null = null;

/**
 * Whether Save and Print go through Electron's native dialogs (false in the browser host). Asked on
 * the first Save or Print and kept: the shell does not change while the page lives. A failed
 * answer counts as "no native dialogs", so the browser's download and viewer still work.
 */
export async function nativeDialogs(): Promise<boolean> {
  asked ??= call('app.capabilities', {}).catch(() => ({ nativeDialogs: false }));
  return (await asked).nativeDialogs;
}

/** Lets component tests answer again with another backend. */
export function forgetCapabilities(): void {
  asked = null;
}
