import type { Content } from 'pdfmake/interfaces';

import type { DocumentDescription, SignatureSpec } from '../../../../shared/documents/description';
import { upperVi } from '../../../../shared/text/case';
import { type LayoutContext, splitToFit } from './context';
import { MM } from './geometry';
import { formatText } from './text';

/** Space left for the signature and the seal (about 25 mm). */
export const SIGNATURE_SPACE = 25 * MM;
/** Sizes of "Nơi nhận:" and its entries (Decree 30: 12 pt bold italic, entries 11 pt). */
const RECIPIENTS_SIZE = 12;
const ENTRY_SIZE = 11;

/**
 * The title lines of a signature in capitals: "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" (split over two
 * lines like the header when it does not fit its column), then the position.
 */
function titleLines(spec: SignatureSpec, width: number, ctx: LayoutContext): string[] {
  const size = ctx.bodySize;
  const authority = spec.authority?.trim() ?? '';
  const first = spec.prefix ? `${spec.prefix} ${authority}`.trim() : authority;
  const lines: string[] = [];
  if (first) lines.push(...splitToFit(upperVi(first), width, (value) => ctx.metrics.bold.widthOf(value, size)));
  if (spec.position?.trim()) lines.push(upperVi(spec.position.trim()));
  return lines;
}

/** One signature; `lines` pads its title so signers of blocks side by side print on one line. */
function signature(titles: string[], spec: SignatureSpec, size: number, lines: number): Content {
  const padded = [...titles, ...Array.from({ length: Math.max(0, lines - titles.length) }, () => ' ')];
  return {
    stack: [
      ...padded.map((line) => ({ text: line, bold: true, fontSize: size })),
      { text: spec.signer?.trim() ? spec.signer.normalize('NFC') : ' ', bold: true, fontSize: size, margin: [0, SIGNATURE_SPACE, 0, 0] },
    ],
    alignment: 'center',
  };
}

/**
 * "Nơi nhận:" in 12 pt bold italic, entries in 11 pt "- ...;", the last "- Lưu: VT, TĐKT.". A wrapped
 * entry hangs under its text, not under the dash.
 */
function recipients(entries: string[], ctx: LayoutContext): Content {
  const list = entries.some((entry) => /^Lưu\s*:/u.test(entry.trim())) ? entries : [...entries, formatText.filing];
  const dash = ctx.metrics.normal.widthOf('- ', ENTRY_SIZE);
  return {
    stack: [
      { text: formatText.recipients, bold: true, italics: true, fontSize: RECIPIENTS_SIZE },
      ...list.map((entry, index): Content => ({
        columns: [
          { width: dash, text: '-', fontSize: ENTRY_SIZE },
          { width: '*', text: `${entry.trim()}${index === list.length - 1 ? '.' : ';'}`, fontSize: ENTRY_SIZE },
        ],
        columnGap: 0,
      })),
    ],
    alignment: 'left',
  };
}

/**
 * Signature blocks and recipients, kept on one page together with `keep` (the last body paragraph,
 * so the signature never stands alone on a page). One signature: recipients on the left half, the
 * signature centred on the right half at the same height. Several (a biên bản): side by side in
 * equal columns, recipients below.
 */
export function closingBlock(description: DocumentDescription, ctx: LayoutContext, keep: Content[] = []): Content | null {
  const signatures = description.signatures ?? [];
  const entries = description.recipients ?? [];
  if (signatures.length === 0 && entries.length === 0) return null;
  const size = ctx.bodySize;
  const half = ctx.page.contentWidth / 2;
  const columnWidth = signatures.length <= 1 ? half : (ctx.page.contentWidth - 12 * (signatures.length - 1)) / signatures.length;
  const titles = signatures.map((spec) => titleLines(spec, columnWidth, ctx));
  const lines = Math.max(0, ...titles.map((list) => list.length));
  let stack: Content[];
  if (signatures.length <= 1) {
    stack = [
      {
        columns: [
          { width: half, stack: entries.length ? [recipients(entries, ctx)] : [{ text: '' }] },
          { width: half, stack: signatures.length ? [signature(titles[0], signatures[0], size, lines)] : [{ text: '' }] },
        ],
        columnGap: 0,
      },
    ];
  } else {
    stack = [
      { columns: signatures.map((spec, index) => ({ width: '*', stack: [signature(titles[index], spec, size, lines)] })), columnGap: 12 },
    ];
    if (entries.length) stack.push({ stack: [recipients(entries, ctx)], margin: [0, 12, 0, 0] });
  }
  return { stack: [...keep, { stack, margin: [0, 6, 0, 0] }], unbreakable: true };
}
