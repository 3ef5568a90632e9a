/**
 * The one Content-Security-Policy, used by the Electron protocol handler and the browser host.
 * Nothing remote: scripts, styles, fonts and images come from the app itself. Mantine injects
 * style attributes at runtime, hence 'unsafe-inline' for styles only; the PDF preview uses blob: frames.
 */
export function contentSecurityPolicy(connectSelf: boolean): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connectSelf ? "'self'" : "'none'"}`,
    "frame-src 'self' blob:",
    "object-src 'self' blob:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
