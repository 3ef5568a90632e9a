import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The layout checker every document test uses: reads a PDF back with pdfjs-dist (legacy build, for
 * Node) and checks it against the administrative format — A4, embedded fonts, text inside the
 * margins, issuer upper left and motto upper right on page 1, page numbers centred in the top margin
 * from page 2 — and that expected Vietnamese strings come back exactly (NFC, every diacritic).
 * It also reads the drawn lines back: rules under text must clear its descenders, the signature
 * block must not stand alone on a page, and columns of figures must be right-aligned.
 */

const MM = 72 / 25.4;
const A4 = { short: 595.28, long: 841.89 };
/** Points of slack for rounding in positions read back. */
const TOLERANCE = 0.75;

export interface PdfTextItem {
  text: string;
  /** Left edge, and top and bottom of the glyph box, in points from the page's top-left corner. */
  x: number;
  top: number;
  bottom: number;
  baseline: number;
  width: number;
  fontSize: number;
  /** Embedded font name without its subset tag: "Tinos-Bold". */
  font: string;
  embedded: boolean;
}

/** Items on one baseline that read as one piece (a column gap starts a new segment). */
export interface PdfSegment {
  text: string;
  x: number;
  right: number;
  top: number;
  bottom: number;
  baseline: number;
  fontSize: number;
  font: string;
  centerX: number;
}

/** A straight line drawn on the page (a rule or a table border), in points from the top-left corner. */
export interface PdfLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  number: number;
  /** Every stroked straight line. */
  lines: PdfLine[];
  width: number;
  height: number;
  orientation: 'portrait' | 'landscape';
  items: PdfTextItem[];
  segments: PdfSegment[];
  /** The page's text, segments in reading order joined by line breaks. */
  text: string;
}

export interface PdfReadBack {
  pages: PdfPage[];
  /** Every font the text uses: name and whether its file is embedded. */
  fonts: { name: string; embedded: boolean }[];
}

const SUBSET_TAG = /^[A-Z]{6}\+/;

interface PdfJsFont {
  name?: string;
  missingFile?: boolean;
  ascent?: number;
  descent?: number;
}

interface PdfJsTextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** Whitespace items stand for runs of spaces: Tinos's space is a quarter em, so the run length comes back from the width. */
function spacesFor(item: PdfTextItem): string {
  const count = Math.max(1, Math.round(item.width / (item.fontSize * 0.25)));
  return ' '.repeat(count);
}

/** Groups items into segments: same baseline, and no gap wider than ten spaces between them. */
function segmentsOf(items: PdfTextItem[]): PdfSegment[] {
  const byLine = new Map<number, PdfTextItem[]>();
  for (const item of items) {
    const key = [...byLine.keys()].find((baseline) => Math.abs(baseline - item.baseline) < 1) ?? item.baseline;
    byLine.set(key, [...(byLine.get(key) ?? []), item]);
  }
  const segments: PdfSegment[] = [];
  for (const line of [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => list.sort((a, b) => a.x - b.x))) {
    let current: PdfTextItem[] = [];
    const flush = () => {
      const visible = current.filter((item) => item.text.trim() !== '');
      if (visible.length > 0) {
        const first = visible[0];
        const last = visible[visible.length - 1];
        const inner = current.slice(current.indexOf(first), current.indexOf(last) + 1);
        const text = inner.map((item) => (item.text.trim() === '' ? spacesFor(item) : item.text)).join('');
        segments.push({
          text,
          x: first.x,
          right: last.x + last.width,
          top: Math.min(...visible.map((item) => item.top)),
          bottom: Math.max(...visible.map((item) => item.bottom)),
          baseline: first.baseline,
          fontSize: first.fontSize,
          font: first.font,
          centerX: (first.x + last.x + last.width) / 2,
        });
      }
      current = [];
    };
    for (const item of line) {
      const previous = current[current.length - 1];
      const wideSpace = item.text.trim() === '' && item.width > item.fontSize * 2.5;
      const gap = previous ? item.x - (previous.x + previous.width) : 0;
      // A wide gap starts a new segment; so does a narrower one (over an em) where the face changes:
      // the header's two columns can come within a few millimetres ("SỞ NỘI VỤ ..." / "CỘNG HÒA ...").
      const faceChange = previous !== undefined && previous.font !== item.font && gap > item.fontSize;
      if (wideSpace || gap > item.fontSize * 2.5 || faceChange) {
        flush();
        if (wideSpace) continue;
      }
      // Separate items drawn with a small gap (a justified line) read as words separated by a space.
      if (previous && gap > item.fontSize * 0.15 && !previous.text.endsWith(' ') && !item.text.startsWith(' ')) {
        current.push({ ...item, text: ' ', width: item.fontSize * 0.25 });
      }
      current.push(item);
    }
    flush();
  }
  return segments;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** Path operators inside pdfjs's constructPath data (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4). */
const PATH_ARGS = [2, 2, 6, 4, 0];

/** Stroked straight segments of a page, followed through the transformation matrix into top-left coordinates. */
function linesOf(operators: { fnArray: number[]; argsArray: unknown[] }, height: number): PdfLine[] {
  const lines: PdfLine[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  operators.fnArray.forEach((fn, index) => {
    const args = operators.argsArray[index] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
    else if (fn === OPS.constructPath && (args[0] === OPS.stroke || args[0] === OPS.closeStroke)) {
      const data = (args[1] as (ArrayLike<number> | null)[])[0];
      if (!data) return;
      const at = (x: number, y: number) => ({ x: ctm[0] * x + ctm[2] * y + ctm[4], y: height - (ctm[1] * x + ctm[3] * y + ctm[5]) });
      let last: { x: number; y: number } | null = null;
      for (let i = 0; i < data.length;) {
        const op = data[i];
        if (op === 0) last = at(data[i + 1], data[i + 2]);
        else if (op === 1) {
          const next = at(data[i + 1], data[i + 2]);
          if (last) lines.push({ x1: last.x, y1: last.y, x2: next.x, y2: next.y });
          last = next;
        }
        i += 1 + (PATH_ARGS[op] ?? 0);
      }
    }
  });
  return lines;
}

/** Reads every page's text with positions and fonts. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: PdfPage[] = [];
  const fonts = new Map<string, boolean>();
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [, , width, height] = page.view;
      // The operator list loads the fonts into commonObjs, where their names and files can be read.
      const operators = await page.getOperatorList();
      const content = await page.getTextContent({ disableNormalization: true });
      const items: PdfTextItem[] = [];
      for (const raw of content.items as PdfJsTextItem[]) {
        if (raw.str === undefined || raw.str === '') continue;
        const font = (page.commonObjs.has(raw.fontName) ? page.commonObjs.get(raw.fontName) : {}) as PdfJsFont;
        const name = (font.name ?? raw.fontName).replace(SUBSET_TAG, '');
        const embedded = font.missingFile === false;
        fonts.set(name, (fonts.get(name) ?? true) && embedded);
        const fontSize = Math.hypot(raw.transform[2], raw.transform[3]);
        const baseline = height - raw.transform[5];
        const ascent = font.ascent && font.ascent > 0 ? font.ascent : 0.9;
        const descent = font.descent ? Math.abs(font.descent) : 0.22;
        items.push({
          text: raw.str,
          x: raw.transform[4],
          baseline,
          top: baseline - ascent * fontSize,
          bottom: baseline + descent * fontSize,
          width: raw.width,
          fontSize,
          font: name,
          embedded,
        });
      }
      const segments = segmentsOf(items);
      pages.push({
        number,
        lines: linesOf(operators, height),
        width,
        height,
        orientation: width > height ? 'landscape' : 'portrait',
        items,
        segments,
        text: segments.map((segment) => segment.text).join('\n'),
      });
    }
  } finally {
    await document.destroy();
  }
  return { pages, fonts: [...fonts.entries()].map(([name, embedded]) => ({ name, embedded })) };
}

/** Fonts `pdffonts` (poppler-utils) lists with their "emb" column; null when poppler is not installed. */
export function pdffonts(bytes: Uint8Array): { name: string; embedded: boolean }[] | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-pdffonts-'));
  const file = path.join(dir, 'document.pdf');
  try {
    fs.writeFileSync(file, bytes);
    let output: string;
    try {
      output = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return output
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const columns = line.trim().split(/\s+/);
        // name type... encoding emb sub uni object ID: "emb" is the fifth column from the end.
        return { name: columns[0].replace(SUBSET_TAG, ''), embedded: columns[columns.length - 5] === 'yes' };
      });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface LayoutExpectations {
  /** Page margins in millimetres (the settings' values). */
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** Orientation of every page, or one per page. */
  orientation?: 'portrait' | 'landscape' | ('portrait' | 'landscape')[];
  /** The issuer block's lines as printed upper left, e.g. ["UBND TỈNH KON TUM", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"]. */
  issuerLines?: string[];
  /** Strings that must come back exactly (NFC, diacritics); runs of spaces compare as one, lines may wrap. */
  texts?: string[];
  /** Strings that must come back exactly as one segment, spaces included (e.g. a draft's "Số:      /BC-HĐTĐKT"). */
  exactSegments?: string[];
  /** Font family every text item uses. */
  fontFamily?: string;
  pageCount?: number;
  /**
   * A line of the signature block ("CHỦ TỊCH"); the block is found by it, or by "Nơi nhận:" when not
   * given, and must not stand alone on its page.
   */
  signatureLine?: string;
  /**
   * Headers of columns whose numbers are not quantities and need not be right-aligned (ordinals,
   * statistical codes); "STT" always.
   */
  nonNumericColumns?: string[];
}

/** Vietnamese descenders and dots ("lập", "phúc", "ạ") reach 1.3 mm under the baseline; a rule needs 0.5 mm more. */
const RULE_CLEARANCE_MM = 1.8;
/** A figure as printed: "85", "1.234.567", "15,88". */
const FIGURE = /^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$/u;

/** Horizontal lines that are rules, not table borders (a border meets a vertical line at its end). */
function rulesOf(page: PdfPage): PdfLine[] {
  const vertical = page.lines.filter((line) => Math.abs(line.x1 - line.x2) < 0.1);
  const meets = (x: number, y: number) =>
    vertical.some((v) => Math.abs(v.x1 - x) < 1 && y >= Math.min(v.y1, v.y2) - 1 && y <= Math.max(v.y1, v.y2) + 1);
  return page.lines.filter(
    (line) => Math.abs(line.y1 - line.y2) < 0.1 && Math.abs(line.x2 - line.x1) > 5 && !meets(line.x1, line.y1) && !meets(line.x2, line.y2),
  );
}

/** Rules drawn through text or closer under a baseline than descenders reach. */
function ruleProblems(page: PdfPage): string[] {
  const problems: string[] = [];
  for (const rule of rulesOf(page)) {
    const [left, right] = [Math.min(rule.x1, rule.x2), Math.max(rule.x1, rule.x2)];
    for (const segment of page.segments) {
      if (segment.right <= left || segment.x >= right) continue;
      const clearance = rule.y1 - segment.baseline;
      if (rule.y1 > segment.top && clearance < RULE_CLEARANCE_MM * MM) {
        problems.push(
          `page ${page.number}: rule at y ${rule.y1.toFixed(1)} is ${clearance.toFixed(1)} pt under the baseline of "${segment.text}" (descenders need ${(RULE_CLEARANCE_MM * MM).toFixed(1)} pt)`,
        );
      }
    }
  }
  return problems;
}

/** Columns of figures (numeric segments stacked over each other) whose right edges do not line up. */
function numericColumnProblems(page: PdfPage, topMargin: number, exempt: string[]): string[] {
  const exemptHeaders = page.items
    .filter((item) => exempt.includes(item.text.trim()))
    .map((item) => ({ x: item.x, right: item.x + item.width }));
  // Items, not segments: the cells of one row can be close enough to read as one segment. Bold
  // figures are left out: they are header cells ("Kết quả năm" / "2022") or totals.
  const figures = page.items
    .filter((item) => item.bottom > topMargin + TOLERANCE && !item.font.includes('Bold') && FIGURE.test(item.text.trim()))
    .map((item) => ({ text: item.text.trim(), x: item.x, right: item.x + item.width, top: item.top }))
    .sort((a, b) => a.x - b.x);
  const columns: { text: string; x: number; right: number; top: number }[][] = [];
  for (const figure of figures) {
    const column = columns.find((list) => list.some((other) => figure.x < other.right && other.x < figure.right));
    if (column) column.push(figure);
    else columns.push([figure]);
  }
  const problems: string[] = [];
  for (const column of columns) {
    if (column.length < 2) continue;
    const [left, right] = [Math.min(...column.map((s) => s.x)), Math.max(...column.map((s) => s.right))];
    if (exemptHeaders.some((header) => header.x < right && left < header.right)) continue;
    const rights = column.map((segment) => segment.right);
    if (Math.max(...rights) - Math.min(...rights) > 1) {
      problems.push(
        `page ${page.number}: figures ${[...column]
          .sort((a, b) => a.top - b.top)
          .slice(0, 3)
          .map((s) => `"${s.text}"`)
          .join(', ')} at x ${left.toFixed(1)}-${right.toFixed(1)} are not right-aligned`,
      );
    }
  }
  return problems;
}

/** The signature block alone on its page: nothing of the document above it but the page number. */
function signatureAloneProblem(pdf: PdfReadBack, line: string | undefined, topMargin: number): string | null {
  const wanted = collapse(line ?? 'Nơi nhận:');
  for (const page of pdf.pages) {
    const anchor = page.segments.find((segment) => collapse(segment.text) === wanted);
    if (!anchor) continue;
    // Recipients and signature titles start level with each other: the block's top is the highest of its first lines.
    const blockTop = Math.min(
      anchor.top,
      ...page.segments.filter((segment) => Math.abs(segment.baseline - anchor.baseline) < 2).map((segment) => segment.top),
    );
    const above = page.segments.filter((segment) => segment.baseline <= blockTop && segment.bottom > topMargin + TOLERANCE);
    if (above.length === 0) return `page ${page.number}: the signature block stands alone on its page (keep the last paragraph with it)`;
    return null;
  }
  return null;
}

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO_WORDS = 'Độc lập - Tự do - Hạnh phúc';

const collapse = (value: string) => value.normalize('NFC').replace(/\s+/gu, ' ').trim();

function findSegment(page: PdfPage, text: string): PdfSegment | undefined {
  return page.segments.find((segment) => collapse(segment.text) === collapse(text));
}

/**
 * Checks a PDF against the format; returns the problems found (empty when it passes), in Vietnamese
 * terms a reviewer would use, so a failing test says what is wrong on which page.
 */
export async function checkLayout(bytes: Uint8Array, expected: LayoutExpectations): Promise<{ problems: string[]; pdf: PdfReadBack }> {
  const pdf = await readPdf(bytes);
  const problems: string[] = [];
  const m = {
    top: expected.marginsMm.top * MM,
    bottom: expected.marginsMm.bottom * MM,
    left: expected.marginsMm.left * MM,
    right: expected.marginsMm.right * MM,
  };
  if (expected.pageCount !== undefined && pdf.pages.length !== expected.pageCount) {
    problems.push(`expected ${expected.pageCount} pages, got ${pdf.pages.length}`);
  }

  // Fonts: embedded (pdfjs sees the font file; pdffonts confirms when poppler is installed), of the expected family.
  for (const font of pdf.fonts) {
    if (!font.embedded) problems.push(`font ${font.name} is not embedded`);
    if (expected.fontFamily && !font.name.startsWith(expected.fontFamily)) problems.push(`font ${font.name} is not ${expected.fontFamily}`);
  }
  const poppler = pdffonts(bytes);
  if (poppler) for (const font of poppler) if (!font.embedded) problems.push(`pdffonts: font ${font.name} is not embedded`);

  for (const page of pdf.pages) {
    const where = `page ${page.number}`;
    const sizeOk =
      (Math.abs(page.width - A4.short) < 1 && Math.abs(page.height - A4.long) < 1) ||
      (Math.abs(page.width - A4.long) < 1 && Math.abs(page.height - A4.short) < 1);
    if (!sizeOk) problems.push(`${where}: size ${page.width.toFixed(1)} x ${page.height.toFixed(1)} pt is not A4`);
    const orientation = Array.isArray(expected.orientation) ? expected.orientation[page.number - 1] : expected.orientation;
    if (orientation && page.orientation !== orientation) problems.push(`${where}: ${page.orientation}, expected ${orientation}`);

    // Text decoded from the PDF must already be NFC: precomposed letters, as typed.
    for (const item of page.items) {
      if (item.text !== item.text.normalize('NFC')) problems.push(`${where}: text "${item.text}" is not NFC`);
    }

    const content = { left: m.left, right: page.width - m.right, top: m.top, bottom: page.height - m.bottom };
    const contentCenter = (content.left + content.right) / 2;
    problems.push(...ruleProblems(page));
    problems.push(...numericColumnProblems(page, m.top, ['STT', ...(expected.nonNumericColumns ?? [])]));
    const inTopMargin = page.segments.filter((segment) => segment.bottom <= content.top + TOLERANCE);
    if (page.number === 1) {
      for (const segment of inTopMargin) problems.push(`${where}: "${segment.text}" in the top margin (page 1 has no page number)`);
    } else {
      const numberSegment = inTopMargin.find((segment) => segment.text.trim() === String(page.number));
      if (!numberSegment) problems.push(`${where}: no page number in the top margin`);
      else if (Math.abs(numberSegment.centerX - contentCenter) > 1.5) {
        problems.push(`${where}: page number not centred (${numberSegment.centerX.toFixed(1)} vs ${contentCenter.toFixed(1)})`);
      }
      for (const segment of inTopMargin) if (segment !== numberSegment) problems.push(`${where}: "${segment.text}" in the top margin`);
    }
    for (const segment of page.segments) {
      if (inTopMargin.includes(segment)) continue;
      const outside =
        segment.x < content.left - TOLERANCE ||
        segment.right > content.right + TOLERANCE ||
        segment.top < content.top - TOLERANCE ||
        segment.bottom > content.bottom + TOLERANCE;
      if (outside) {
        problems.push(
          `${where}: "${segment.text}" outside the margins (x ${segment.x.toFixed(1)}-${segment.right.toFixed(1)}, y ${segment.top.toFixed(1)}-${segment.bottom.toFixed(1)})`,
        );
      }
    }
  }

  // Page 1's header: motto upper right, issuer upper left, level with each other.
  const first = pdf.pages[0];
  if (first) {
    const content = { left: m.left, right: first.width - m.right };
    const contentCenter = (content.left + content.right) / 2;
    const upper = m.top + (first.height - m.top - m.bottom) * 0.2;
    const motto = findSegment(first, MOTTO);
    const words = findSegment(first, MOTTO_WORDS);
    if (!motto) problems.push(`page 1: motto "${MOTTO}" missing`);
    else {
      if (motto.centerX <= contentCenter) problems.push('page 1: motto is not on the right');
      if (motto.top > upper) problems.push('page 1: motto is not at the top');
      if (motto.font !== 'Tinos-Bold' && expected.fontFamily === 'Tinos') problems.push('page 1: motto is not bold');
    }
    if (!words) problems.push(`page 1: "${MOTTO_WORDS}" missing`);
    else if (motto && (words.baseline <= motto.baseline || Math.abs(words.centerX - motto.centerX) > 1.5)) {
      problems.push(`page 1: "${MOTTO_WORDS}" is not centred under the motto`);
    }
    const issuer = (expected.issuerLines ?? []).map((line) => ({ line, segment: findSegment(first, line) }));
    for (const { line, segment } of issuer) {
      if (!segment) problems.push(`page 1: issuer line "${line}" missing`);
      else {
        if (segment.centerX >= contentCenter) problems.push(`page 1: issuer line "${line}" is not on the left`);
        if (segment.top > upper) problems.push(`page 1: issuer line "${line}" is not at the top`);
      }
    }
    const firstIssuer = issuer[0]?.segment;
    if (firstIssuer && motto && Math.abs(firstIssuer.baseline - motto.baseline) > 2) {
      problems.push('page 1: issuer and motto do not start on the same line');
    }
    const centres = issuer.flatMap(({ segment }) => (segment ? [segment.centerX] : []));
    if (centres.length > 1 && Math.max(...centres) - Math.min(...centres) > 1.5)
      problems.push('page 1: issuer lines are not centred on each other');
  }

  const alone = signatureAloneProblem(pdf, expected.signatureLine, m.top);
  if (alone) problems.push(alone);

  const pageTexts = pdf.pages.map((page) => collapse(page.segments.map((segment) => segment.text).join(' ')));
  const allText = pageTexts.join(' ');
  for (const text of expected.texts ?? []) {
    if (!allText.includes(collapse(text))) problems.push(`text "${text}" not found`);
  }
  for (const text of expected.exactSegments ?? []) {
    const wanted = text.normalize('NFC');
    if (!pdf.pages.some((page) => page.segments.some((segment) => segment.text.includes(wanted)))) {
      problems.push(`exact text "${text}" not found as printed`);
    }
  }
  return { problems, pdf };
}
