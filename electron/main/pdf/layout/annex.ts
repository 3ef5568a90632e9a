import type { Content } from 'pdfmake/interfaces';

import type { AnnexSpec, DocumentDescription } from '../../../../shared/documents/description';
import { formatDate } from '../../../../shared/format/date';
import { DATE_BLANK } from '../../../../shared/format/document-date';
import { documentNumber, documentSymbol, NUMBER_BLANK } from '../../../../shared/format/document-number';
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

/**
 * An annex on its own pages (portrait or landscape): "Phụ lục I", the list's title in capitals,
 * an optional subtitle, "(Kèm theo ...)" in italic and a short rule, then its blocks.
 */
export function annexBlock(annex: AnnexSpec, description: DocumentDescription, ctx: LayoutContext): Content {
  const orientation = annex.orientation ?? 'portrait';
  const page = pageGeometry(ctx.settings, orientation);
  const inner: LayoutContext = { ...ctx, page };
  const size = ctx.bodySize;
  const stack: Content[] = [];
  if (annex.label) stack.push({ text: annex.label, bold: true, fontSize: size, alignment: 'center' });
  stack.push({ text: upperVi(annex.heading), bold: true, fontSize: size, alignment: 'center' });
  if (annex.subtitle) stack.push({ text: annex.subtitle, bold: true, fontSize: size, alignment: 'center' });
  if (annex.attachedTo) {
    const note = annex.attachedTo === true ? attachedNote(description, ctx) : `(${annex.attachedTo})`;
    stack.push({ text: note, italics: true, fontSize: size, alignment: 'center', preserveLeadingSpaces: true });
  }
  const ruled = annex.subtitle ?? upperVi(annex.heading);
  stack.push(centredRule(page.contentWidth, Math.min(ctx.metrics.bold.widthOf(ruled, size), page.contentWidth) * 0.4, 4, 12));
  stack.push(...blocks(annex.body, page.contentWidth, inner));
  return { stack, pageBreak: 'before', pageOrientation: orientation };
}
