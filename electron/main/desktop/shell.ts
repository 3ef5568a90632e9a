/**
 * What the app needs from a desktop shell beyond the channels: native Save, Open and Print. Services
 * depend on this interface only; Electron's implementation is electron-shell.ts, injected by
 * main/index.ts through createAppContext. The browser host passes none, and the channels that
 * need it say so in Vietnamese (a browser saves by download and prints from its own viewer).
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface DesktopShell {
  /** Asks where to save (native dialog) and writes the bytes there; null when the user cancelled. PDF unless a filter is given. */
  saveFile(suggestedName: string, bytes: Uint8Array, filter?: FileFilter): Promise<string | null>;
  /** The native Open dialog (several files); the chosen files' absolute paths, [] when the user cancelled. */
  chooseFiles(options: { title: string; filters: FileFilter[] }): Promise<string[]>;
  /** Opens a copy of the file with the program the system uses for its type. */
  openFile(name: string, bytes: Uint8Array): Promise<void>;
  /** Opens the PDF where the user can print it with the system print dialog. */
  printPdf(bytes: Uint8Array, title: string): Promise<void>;
}
