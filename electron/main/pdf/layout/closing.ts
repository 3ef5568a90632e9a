import type { Content } from 'pdfmake/interfaces';

import type { DocumentDescription, SignatureSpec } from '../../../../shared/documents/description';
import { upperVi } from '../../../../shared/text/case';
import type { LayoutContext } from './context';
import { MM } from './geometry';
import { formatText } from './text';

/** Space left for the signature and the seal (about 25 mm). */
export const SIGNATURE_SPACE = 25 * MM;

function titleLines(spec: SignatureSpec): string[] {
  return [spec.authority, spec.position].filter((line): line is string => Boolean(line?.trim())).map(upperVi);
}

/** One signature; `lines` pads its title so signers of blocks side by side print on one line. */
function signature(spec: SignatureSpec, size: number, lines: number): Content {
  const titles = titleLines(spec);
  const padded = [...titles, ...Array.from({ length: Math.max(0, lines - titles.length) }, () => ' ')];
  return {
    stack: [
      ...padded.map((line) => ({ text: line, bold: true, fontSize: size })),
      { text: spec.signer?.trim() ? spec.signer.normalize('NFC') : ' ', bold: true, fontSize: size, margin: [0, SIGNATURE_SPACE, 0, 0] },
    ],
    alignment: 'center',
  };
}

/** "Nơi nhận:" in 12 pt bold italic, entries in 11 pt "- ...;", the last "- Lưu: VT, TĐKT.". */
function recipients(entries: string[]): Content {
  const list = entries.some((entry) => /^Lưu\s*:/u.test(entry.trim())) ? entries : [...entries, formatText.filing];
  return {
    stack: [
      { text: formatText.recipients, bold: true, italics: true, fontSize: 12 },
      ...list.map((entry, index) => ({ text: `- ${entry.trim()}${index === list.length - 1 ? '.' : ';'}`, fontSize: 11 })),
    ],
    alignment: 'left',
  };
}

/**
 * Signature blocks and recipients, kept on one page. One signature: recipients on the left half,
 * the signature centred on the right half at the same height. Several (a biên bản): side by side
 * in equal columns, recipients below.
 */
export function closingBlock(description: DocumentDescription, ctx: LayoutContext): Content | null {
  const signatures = description.signatures ?? [];
  const entries = description.recipients ?? [];
  if (signatures.length === 0 && entries.length === 0) return null;
  const size = ctx.bodySize;
  const lines = Math.max(0, ...signatures.map((spec) => titleLines(spec).length));
  const half = ctx.page.contentWidth / 2;
  let stack: Content[];
  if (signatures.length <= 1) {
    stack = [
      {
        columns: [
          { width: half, stack: entries.length ? [recipients(entries)] : [{ text: '' }] },
          { width: half, stack: signatures.length ? [signature(signatures[0], size, lines)] : [{ text: '' }] },
        ],
        columnGap: 0,
      },
    ];
  } else {
    stack = [{ columns: signatures.map((spec) => ({ width: '*', stack: [signature(spec, size, lines)] })), columnGap: 12 }];
    if (entries.length) stack.push({ stack: [recipients(entries)], margin: [0, 12, 0, 0] });
  }
  return { stack, unbreakable: true, margin: [0, 6, 0, 0] };
}
