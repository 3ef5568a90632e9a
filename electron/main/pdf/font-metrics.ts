import fs from 'node:fs';

/**
 * Advance widths of a TrueType font, read straight from its tables (head, hhea, hmtx, cmap format 4).
 * The layout needs a few exact widths pdfmake does not expose: the rule under the motto is as long
 * as the motto, the one under the issuing body a fraction of that name. Kerning is ignored (under 1%).
 */
export interface FontMetrics {
  /** Width in points of `text` set at `size` points. */
  widthOf(text: string, size: number): number;
  /** Height of a line at `size` points as pdfmake sets it (ascender to descender, line height 1). */
  lineHeight(size: number): number;
}

interface Tables {
  [tag: string]: { offset: number; length: number };
}

function readTables(data: Buffer): Tables {
  const count = data.readUInt16BE(4);
  const tables: Tables = {};
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    tables[data.toString('latin1', at, at + 4)] = { offset: data.readUInt32BE(at + 8), length: data.readUInt32BE(at + 12) };
  }
  return tables;
}

/** Character -> glyph id from the Windows Unicode BMP subtable (format 4), which every TTF we ship has. */
function readCmap(data: Buffer, cmapOffset: number): (code: number) => number {
  const count = data.readUInt16BE(cmapOffset + 2);
  let sub = -1;
  for (let i = 0; i < count; i++) {
    const at = cmapOffset + 4 + i * 8;
    const platform = data.readUInt16BE(at);
    const encoding = data.readUInt16BE(at + 2);
    const offset = cmapOffset + data.readUInt32BE(at + 4);
    if (platform === 3 && encoding === 1 && data.readUInt16BE(offset) === 4) sub = offset;
  }
  if (sub < 0) throw new Error('font has no Unicode BMP cmap (format 4)');
  const segCount = data.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  return (code) => {
    for (let s = 0; s < segCount; s++) {
      if (code > data.readUInt16BE(ends + s * 2)) continue;
      const start = data.readUInt16BE(starts + s * 2);
      if (code < start) return 0;
      const delta = data.readInt16BE(deltas + s * 2);
      const rangeAt = rangeOffsets + s * 2;
      const range = data.readUInt16BE(rangeAt);
      if (range === 0) return (code + delta) & 0xffff;
      const glyph = data.readUInt16BE(rangeAt + range + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

export function loadFontMetrics(file: string): FontMetrics {
  const data = fs.readFileSync(file);
  const tables = readTables(data);
  for (const tag of ['head', 'hhea', 'hmtx', 'cmap']) if (!tables[tag]) throw new Error(`font ${file} lacks the ${tag} table`);
  const unitsPerEm = data.readUInt16BE(tables.head.offset + 18);
  const ascender = data.readInt16BE(tables.hhea.offset + 4);
  const descender = data.readInt16BE(tables.hhea.offset + 6);
  const metricsCount = data.readUInt16BE(tables.hhea.offset + 34);
  const glyphOf = readCmap(data, tables.cmap.offset);
  const advance = (glyph: number) => data.readUInt16BE(tables.hmtx.offset + 4 * Math.min(glyph, metricsCount - 1));
  return {
    widthOf(text, size) {
      let units = 0;
      // NFC: the PDF carries precomposed Vietnamese letters, so measure those.
      for (const char of text.normalize('NFC')) units += advance(glyphOf(char.codePointAt(0) ?? 0));
      return (units * size) / unitsPerEm;
    },
    lineHeight(size) {
      return ((ascender - descender) * size) / unitsPerEm;
    },
  };
}
