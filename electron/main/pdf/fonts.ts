import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '../../../shared/errors';
import { type FontMetrics, loadFontMetrics } from './font-metrics';
import { pdfMessages } from './messages';

/** The font family every document is set in: Tinos, metric-compatible with Times New Roman (resources/fonts/README.md). */
export const FONT_FAMILY = 'Tinos';

export const FONT_FILES = {
  normal: 'Tinos-Regular.ttf',
  bold: 'Tinos-Bold.ttf',
  italics: 'Tinos-Italic.ttf',
  bolditalics: 'Tinos-BoldItalic.ttf',
} as const;

export type FontStyle = keyof typeof FONT_FILES;

export interface FontSet {
  /** Absolute, resolved folder; the only place pdfmake may read from. */
  dir: string;
  files: Record<FontStyle, string>;
  metrics: Record<FontStyle, FontMetrics>;
}

/** Loads the four shipped fonts; a missing or unreadable file is a clear error rather than a PDF without Vietnamese. */
export function loadFontSet(fontDir: string): FontSet {
  const dir = path.resolve(fontDir);
  const files = {} as Record<FontStyle, string>;
  const metrics = {} as Record<FontStyle, FontMetrics>;
  for (const [style, name] of Object.entries(FONT_FILES) as [FontStyle, string][]) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) throw new AppError('INTERNAL', pdfMessages.fontMissing(file));
    try {
      metrics[style] = loadFontMetrics(file);
    } catch (error) {
      throw new AppError('INTERNAL', pdfMessages.fontUnreadable(file, error instanceof Error ? error.message : String(error)));
    }
    files[style] = file;
  }
  return { dir, files, metrics };
}

/** True only for files inside the font folder (pdfmake's local access policy). */
export function insideFontDir(fonts: FontSet, candidate: string): boolean {
  const resolved = path.resolve(candidate);
  return resolved.startsWith(fonts.dir + path.sep) && !path.relative(fonts.dir, resolved).startsWith('..');
}
