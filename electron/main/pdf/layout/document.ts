import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

import type { DocumentDescription } from '../../../../shared/documents/description';
import type { DocumentSettings } from '../../../../shared/domain/settings';
import { upperVi } from '../../../../shared/text/case';
import type { FontSet } from '../fonts';
import { FONT_FAMILY } from '../fonts';
import { annexBlock } from './annex';
import { blocks, NODE_IDS } from './blocks';
import { closingBlock } from './closing';
import { type LayoutContext, resolveIssuer, tableTracker } from './context';
import { pageGeometry } from './geometry';
import { headerBlock } from './header';
import { titleBlock } from './title';

export interface LayoutOptions {
  /** Written as the PDF's creation date; fixed by the caller so the same input gives the same bytes. */
  createdAt: Date;
}

interface NodeInfo {
  id?: string;
  headlineLevel?: number;
}

interface PageNavigation {
  getFollowingNodesOnPage(): NodeInfo[];
}

const isRow = (node: NodeInfo) => Boolean(node.id?.startsWith(NODE_IDS.groupRow) || node.id?.startsWith(NODE_IDS.dataRow));

/**
 * The few moves pdfmake's own table rules leave to us: a heading with nothing after it on its page,
 * and a grouped table whose column header would stand alone at a page's foot (its first group did not
 * fit under it), go over to the next page. Each move costs pdfmake a fresh layout of the document, so
 * the rule stays off the rows: group headings are kept with their rows and repeated over page breaks
 * by the tables themselves (blocks.ts), in the one layout.
 */
function pageBreakBefore(node: NodeInfo, nav: PageNavigation): boolean {
  if (node.id?.startsWith(NODE_IDS.groupedTable)) return !nav.getFollowingNodesOnPage().some(isRow);
  if (node.headlineLevel) return nav.getFollowingNodesOnPage().length === 0;
  return false;
}

/** Every string of a description in NFC: the PDF's text must read back as precomposed letters. */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(nfcDeep) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, nfcDeep(inner)])) as T;
  }
  return value;
}

/** The pdfmake definition of a document in the administrative format. */
export function buildDocumentDefinition(
  given: DocumentDescription,
  settings: DocumentSettings,
  fonts: FontSet,
  options: LayoutOptions,
): TDocumentDefinitions {
  const description = nfcDeep(given);
  const orientation = description.orientation ?? 'portrait';
  const page = pageGeometry(settings, orientation);
  const ctx: LayoutContext = {
    settings,
    metrics: fonts.metrics,
    page,
    bodySize: settings.bodyFontSize,
    issuer: resolveIssuer(description, settings),
    tables: tableTracker(),
  };
  const body = blocks(description.body, page.contentWidth, ctx);
  // The last body paragraph goes with the signature block, so the signature never stands alone on a page.
  const last = description.body.at(-1);
  const keep = last?.kind === 'paragraph' && (description.signatures?.length ?? 0) > 0 ? body.splice(-1) : [];
  const content: Content[] = [headerBlock(description, ctx), ...titleBlock(description, ctx), ...body];
  const closing = closingBlock(description, ctx, keep);
  if (closing) content.push(closing);
  else content.push(...keep);
  (description.annexes ?? []).forEach((annex, index) => content.push(annexBlock(annex, index, description, ctx)));

  const { margins } = page;
  const title =
    description.metadataTitle ?? [upperVi(description.heading ?? description.typeName), description.summary].filter(Boolean).join(' ');
  return {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
    defaultStyle: { font: FONT_FAMILY, fontSize: ctx.bodySize, lineHeight: 1 },
    // Page numbers: centred over the text in the top margin, from page 2 on.
    header: (currentPage) =>
      currentPage === 1
        ? null
        : {
            text: String(currentPage),
            alignment: 'center',
            fontSize: ctx.bodySize,
            margin: [margins.left, margins.top * 0.4, margins.right, 0],
          },
    pageBreakBefore: pageBreakBefore as unknown as TDocumentDefinitions['pageBreakBefore'],
    content,
    info: {
      title,
      author: ctx.issuer.issuingBody,
      creator: 'Thi đua',
      producer: 'Thi đua',
      creationDate: options.createdAt,
    },
  };
}
