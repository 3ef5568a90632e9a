// The parts of archiver (streaming zip writer) and unzipper (zip reader by central directory) the
// portable archive uses; neither ships its own types.
declare module 'archiver' {
  import type { Writable } from 'node:stream';

  interface Archiver {
    pipe(destination: Writable): Writable;
    file(source: string, data: { name: string }): Archiver;
    append(source: Buffer | string, data: { name: string }): Archiver;
    finalize(): Promise<void>;
    on(event: 'error' | 'warning', listener: (error: Error) => void): Archiver;
  }
  function archiver(format: 'zip', options?: { zlib?: { level?: number }; forceZip64?: boolean }): Archiver;
  export default archiver;
}

declare module 'unzipper' {
  import type { Readable } from 'node:stream';

  export interface ZipEntry {
    path: string;
    type: 'File' | 'Directory';
    uncompressedSize: number;
    compressedSize: number;
    stream(): Readable;
  }
  export interface CentralDirectory {
    files: ZipEntry[];
  }
  export const Open: {
    file(path: string): Promise<CentralDirectory>;
  };
}
