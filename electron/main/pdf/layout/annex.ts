import type { Content } from 'pdfmake/interfaces';

import type { AnnexSpec, DocumentDescription } from '../../../../shared/documents/description';
import { formatDate } from '../../../../shared/format/date';
import { DATE_BLANK } from '../../../../shared/format/document-date';
import { documentNumber, documentSymbol, NUMBER_BLANK } from '../../../../shared/format/document-number';
import { romanNumeral } from '../../../../shared/format/roman';
import { upperVi } from '../../../../shared/text/case';
import { blocks } from './blocks';
import { centredRule, type LayoutContext } from './context';
import { pageGeometry } from './geometry';
import { formatText } from './text';

/** "(Kèm theo Báo cáo số 05/BC-HĐTĐKT ngày 05/12/2026)"; a draft leaves number, day and month blank. */
export function attachedNote(description: DocumentDescription, ctx: LayoutContext): string {
  const { number, typeAbbreviation, typeName } = description;
  const issuer = ctx.issuer.abbreviation;
  const numberText =
    number === null ? `${NUMBER_BLANK}/${documentSymbol(typeAbbreviation, issuer)}` : documentNumber(number, typeAbbreviation, issuer);
  const year = description.date ? description.date.slice(0, 4) : String(description.draftYear ?? new Date().getFullYear());
  const dateText = description.date ? formatDate(description.date) : `${DATE_BLANK}/${DATE_BLANK}/${year}`;
  return formatText.attached(typeName, numberText, dateText);
}

/** "Phụ lục" for a single annex, "Phụ lục I", "Phụ lục II", ... when there are several. */
export function annexLabel(index: number, count: number): string {
  return count > 1 ? `${formatText.annexLabel} ${romanNumeral(index + 1)}` : formatText.annexLabel;
}

/**
 * An annex on its own pages (portrait or landscape): "Phụ lục" (numbered when there are several),
 * the list's title in capitals, an optional subtitle, "(Kèm theo ...)" in italic, and a rule two
 * fifths as long as the title's longest line (the decree asks for a third to a half), then its blocks.
 */
export function annexBlock(annex: AnnexSpec, index: number, description: DocumentDescription, ctx: LayoutContext): Content {
  const orientation = annex.orientation ?? 'portrait';
  const page = pageGeometry(ctx.settings, orientation);
  const inner: LayoutContext = { ...ctx, page };
  const size = ctx.bodySize;
  const count = description.annexes?.length ?? 1;
  const heading = upperVi(annex.heading);
  const stack: Content[] = [{ text: annex.label ?? annexLabel(index, count), bold: true, fontSize: size, alignment: 'center' }];
  stack.push({ text: heading, bold: true, fontSize: size, alignment: 'center' });
  if (annex.subtitle) stack.push({ text: annex.subtitle, bold: true, fontSize: size, alignment: 'center' });
  if (annex.attachedTo) {
    const note = annex.attachedTo === true ? attachedNote(description, ctx) : `(${annex.attachedTo})`;
    stack.push({ text: note, italics: true, fontSize: size, alignment: 'center', preserveLeadingSpaces: true });
  }
  // A title wider than the page wraps: the rule follows its longest line, not the unwrapped width.
  const titleWidth = Math.min(ctx.metrics.bold.widthOf(heading, size), page.contentWidth);
  stack.push(centredRule(page.contentWidth, titleWidth * 0.4, 4, 12));
  stack.push(...blocks(annex.body, page.contentWidth, inner));
  return { stack, pageBreak: 'before', pageOrientation: orientation };
}
