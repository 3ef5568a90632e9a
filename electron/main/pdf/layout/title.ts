import type { Content } from 'pdfmake/interfaces';

import type { DocumentDescription } from '../../../../shared/documents/description';
import { upperVi } from '../../../../shared/text/case';
import { centredRule, type LayoutContext } from './context';
import { formatText } from './text';

/** The rule under a summary: two fifths of its (longest) line, within the decree's third to half. */
function summaryRule(text: string, size: number, width: number, ctx: LayoutContext): Content {
  const lineWidth = Math.min(ctx.metrics.bold.widthOf(text, size), width);
  return centredRule(width, lineWidth * 0.4, 4, 0);
}

/**
 * The type in capitals ("BÁO CÁO"), the summary in bold sentence case with a short rule under it,
 * optional italic notes, then "Kính gửi: ..." for a tờ trình or công văn.
 */
export function titleBlock(description: DocumentDescription, ctx: LayoutContext): Content[] {
  const size = ctx.bodySize;
  const width = ctx.page.contentWidth;
  const heading = upperVi(description.heading ?? description.typeName);
  const addressees = description.addressees ?? [];
  // A công văn has no type line or summary of its own (its "V/v ..." sits under the number): only "Kính gửi".
  if (heading === '' && !description.summary) {
    return [...addresseesBlock(addressees, size, width, ctx), { text: '', margin: [0, 0, 0, 12] }];
  }
  const content: Content[] = [{ text: heading, bold: true, fontSize: size, alignment: 'center', margin: [0, 18, 0, 0] }];
  if (description.summary) content.push({ text: description.summary, bold: true, fontSize: size, alignment: 'center' });
  for (const note of description.notes ?? []) content.push({ text: note, italics: true, fontSize: size, alignment: 'center' });
  content.push(summaryRule(description.summary ?? heading, size, width, ctx));
  content.push(...addresseesBlock(addressees, size, width, ctx));
  content.push({ text: '', margin: [0, 0, 0, 12] });
  return content;
}

/** "Kính gửi: X" centred for one addressee; a list hanging under the label for several. */
function addresseesBlock(addressees: string[], size: number, width: number, ctx: LayoutContext): Content[] {
  const content: Content[] = [];
  if (addressees.length === 1) {
    content.push({ text: `${formatText.addressees} ${addressees[0]}`, fontSize: size, alignment: 'center', margin: [0, 12, 0, 0] });
  } else if (addressees.length > 1) {
    const label = ctx.metrics.normal.widthOf(`${formatText.addressees} `, size);
    content.push({
      columns: [
        { width: width * 0.18, text: '' },
        { width: label, text: formatText.addressees, fontSize: size },
        {
          width: '*',
          stack: addressees.map((entry, index) => ({ text: `- ${entry}${index === addressees.length - 1 ? '.' : ';'}`, fontSize: size })),
        },
      ],
      columnGap: 0,
      margin: [0, 12, 0, 0],
    });
  }
  return content;
}
