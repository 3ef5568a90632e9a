/**
 * What the app needs from a desktop shell beyond the channels: native Save and Print. Services
 * depend on this interface only; Electron's implementation is electron-shell.ts, injected by
 * main/index.ts through createAppContext. The browser host passes none, and the channels that
 * need it say so in Vietnamese (a browser saves by download and prints from its own viewer).
 */
export interface DesktopShell {
  /** Asks where to save (native dialog) and writes the bytes there; null when the user cancelled. */
  saveFile(suggestedName: string, bytes: Uint8Array): Promise<string | null>;
  /** Opens the PDF where the user can print it with the system print dialog. */
  printPdf(bytes: Uint8Array, title: string): Promise<void>;
}
