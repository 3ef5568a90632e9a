/** The screen the app opens on when its address names none. */
export const HOME_PATH = '/dashboard';

/** Addresses (hashes) that name no screen. */
const NO_SCREEN = new Set(['', '#', '#/']);

/**
 * Points an address that names no screen at the dashboard, in place, before the router reads it. The
 * route '/' redirects there too, but only when the first screen renders (after the database has said it
 * is set up) and in an effect after that render: an address changed in between, by a link or bookmark
 * opened at once, was then replaced by the dashboard's.
 */
export function openOnHome(): void {
  const { hash, pathname, search } = window.location;
  if (NO_SCREEN.has(hash)) window.history.replaceState(window.history.state, '', `${pathname}${search}#${HOME_PATH}`);
}
