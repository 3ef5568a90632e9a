import type archiverModule from 'archiver';
import type ExcelJSModule from 'exceljs';
import type * as unzipperModule from 'unzipper';

/**
 * The heavy libraries a user needs only for some actions (a spreadsheet, an archive), loaded on their
 * first use instead of at start: together they cost more than the rest of main to load. Each loads once.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      // A failed load (a missing file) is tried again next time rather than remembered.
      loading = null;
      throw error;
    });
    return loading;
  };
}

/** A CommonJS module reached through `import()` arrives as its namespace, with the exports on `default`. */
function commonJs<T>(namespace: unknown): T {
  const withDefault = namespace as { default?: T };
  return withDefault.default ?? (namespace as T);
}

export type ExcelJs = typeof ExcelJSModule;

export const loadExcelJs = once(async () => commonJs<ExcelJs>(await import('exceljs')));

export type Archiver = typeof archiverModule;
export const loadArchiver = once(async () => commonJs<Archiver>(await import('archiver')));

export type Unzipper = typeof unzipperModule;
export const loadUnzipper = once(async () => commonJs<Unzipper>(await import('unzipper')));
