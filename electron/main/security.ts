import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

import { contentSecurityPolicy } from './csp';

/** The app's own origin: the renderer is served from app://thidua/ (see protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'thidua';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Web preferences every window gets: isolated, sandboxed, no Node in the page; DevTools only in a
 * development run (`app.isPackaged` false), never in the installed app where they would open the
 * page's data and channels to anyone at the keyboard.
 */
export function secureWebPreferences(
  preloadPath: string,
  options: { devTools: boolean } = { devTools: false },
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    devTools: options.devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // The PDF preview shows the document in Chromium's built-in viewer inside a blob: frame, which
    // needs plugins on; nothing else can be loaded (see lockDownSession), so no third-party plugin runs.
    plugins: true,
  };
}

/** Chromium's built-in PDF viewer (an internal extension) and the chrome: pages it draws with. */
const PDF_VIEWER_PREFIXES = ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/', 'chrome://resources/', 'chrome-untrusted://'];

/** True when a URL belongs to our own renderer. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Denies everything a page could use to leave the app: navigation, redirects, new windows, webviews. */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** No permission (camera, notifications, geolocation...) is ever granted; the CSP header is added to every response. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy(false)] },
    });
  });
  // Nothing remote is ever loaded; a request that is neither our scheme, the PDF viewer nor devtools is cancelled.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isAppUrl(details.url) ||
      details.url.startsWith('devtools:') ||
      details.url.startsWith('blob:') ||
      details.url.startsWith('data:') ||
      PDF_VIEWER_PREFIXES.some((prefix) => details.url.startsWith(prefix));
    callback({ cancel: !allowed });
  });
}

/** Checks that an IPC message comes from our window's main frame on our origin. */
export function isTrustedSender(frameUrl: string | undefined, senderId: number, windowContentsId: number | null): boolean {
  return windowContentsId !== null && senderId === windowContentsId && frameUrl !== undefined && isAppUrl(frameUrl);
}
