import fs from 'node:fs';
import { createRequire } from 'node:module';

/** The part of fontkit 2 used here: pdfkit opens every font through `create`, trying each registered format. */
interface Fontkit {
  create(buffer: Uint8Array): object;
  registerFormat(format: FontFormat): void;
}

/** fontkit keeps the glyphs it made by id, each with the characters it was first made for. */
interface FontkitFont {
  _glyphs?: Record<number, unknown>;
  layout(text: string, ...options: unknown[]): GlyphRun;
}

/** fontkit's result of shaping a piece of text: glyphs and their positions in font units. */
interface GlyphRun {
  glyphs: unknown[];
  positions: object[];
}

/** Shaped pieces of text kept per font; past this many the cache starts over (a few MB at most). */
const RUNS_PER_FONT = 50_000;

interface FontFormat {
  probe(buffer: Uint8Array): boolean;
  new (stream: unknown): object;
}

/** pdfmake's virtual file system: a font named there is read from it instead of the disk. */
export interface VirtualFiles {
  existsSync(name: string): boolean;
  writeFileSync(name: string, content: Uint8Array): void;
}

/** Stand-in file contents -> the font parsed from the real file, for the life of the process. */
const parsedFonts = new WeakMap<Uint8Array, object>();
/** Font file (absolute path) -> the name its stand-in has in pdfmake's virtual file system. */
const names = new Map<string, string>();
let opening: object | null = null;
let fontkitModule: Fontkit | null = null;

/**
 * The fontkit pdfkit itself loads (the one pdfmake's pdfkit resolves, as CommonJS), not a copy of our
 * own, with the stand-in format registered once.
 */
function pdfkitsFontkit(): Fontkit {
  if (fontkitModule) return fontkitModule;
  const fromPdfmake = createRequire(require.resolve('pdfmake'));
  const fromPdfkit = createRequire(fromPdfmake.resolve('pdfkit'));
  const fontkit = fromPdfkit('fontkit') as Fontkit;
  registerSharedFormat(fontkit);
  fontkitModule = fontkit;
  return fontkit;
}

/**
 * A document starts with no glyphs made, as with a font parsed for it alone. fontkit remembers each
 * glyph with the characters it was first made for, and pdfkit writes those as the glyph's text in the
 * PDF; the previous document's subset may have made a glyph without any (the "A" inside "Á"), which
 * would make this document's "A" unreadable to search and copy. Done when a document opens the font,
 * in the same synchronous step as its layout and drawing, so another render cannot come in between.
 */
function freshGlyphs(font: FontkitFont): void {
  if (typeof font._glyphs !== 'object' || font._glyphs === null) throw new Error('fontkit: no glyph cache to reset');
  font._glyphs = {};
}

/** A copy pdfkit may scale in place (it multiplies every position by the font's scale). */
function copyRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map((position) =>
    Object.assign(Object.create(Object.getPrototypeOf(position) as object) as object, position),
  );
  return copy;
}

/**
 * pdfkit shapes each word of a document once (substitutions, kerning) and keeps the result for that
 * document only; the same words (headings, column headers, unit names) come back in every document.
 * Shaping without options is a pure function of the text, so its results are kept across documents
 * and each document gets its own copy.
 */
function shareShaping(font: FontkitFont): void {
  const shape = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text: string, ...options: unknown[]): GlyphRun => {
    if (options.some((option) => option !== undefined)) return shape(text, ...options);
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= RUNS_PER_FONT) runs.clear();
      run = shape(text);
      runs.set(text, run);
    }
    return copyRun(run);
  };
}

/**
 * A font "format" that recognises only our stand-ins (by identity) and answers with the font already
 * parsed. fontkit tries it after its own formats, none of which accepts a stand-in's bytes.
 */
function registerSharedFormat(fontkit: Fontkit): void {
  // fontkit calls `new format(stream)` right after a successful probe; `new` gives the object a
  // constructor function returns, here the parsed font.
  function SharedFont(): object {
    const font = opening as FontkitFont;
    freshGlyphs(font);
    return font;
  }
  SharedFont.probe = (buffer: Uint8Array): boolean => {
    opening = parsedFonts.get(buffer) ?? null;
    return opening !== null;
  };
  fontkit.registerFormat(SharedFont as unknown as FontFormat);
}

/**
 * pdfmake opens each font anew for every document: fontkit parses the file again and decodes its
 * glyph positioning and substitution tables on the first line set in that style, 30-70 ms per style,
 * which cost more than laying out a 100-row report. A parsed fontkit font only holds what it read
 * from the file, so one per file serves every document: pdfmake is given a name in its virtual file
 * system whose contents are a small stand-in, and fontkit turns the stand-in back into the parsed
 * font. pdfkit still builds each document's own subset of the glyphs it used.
 *
 * Returns, for each font file, the name to give pdfmake in place of its path.
 */
export function sharedFontNames<K extends string>(vfs: VirtualFiles, files: Record<K, string>): Record<K, string> {
  const fontkit = pdfkitsFontkit();
  const result = {} as Record<K, string>;
  for (const [key, file] of Object.entries(files) as [K, string][]) {
    const name = names.get(file) ?? `thidua-shared-font-${names.size + 1}`;
    if (!vfs.existsSync(name)) {
      // Four bytes no font format starts with: only SharedFont.probe accepts the stand-in.
      const standIn = new Uint8Array([0x74, 0x68, 0x64, 0x66]);
      const font = fontkit.create(fs.readFileSync(file)) as FontkitFont;
      shareShaping(font);
      parsedFonts.set(standIn, font);
      vfs.writeFileSync(name, standIn);
      names.set(file, name);
    }
    result[key] = name;
  }
  return result;
}
