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

/** What one layout pass leaves for the next: the page each grouped table row landed on. */
export interface LayoutPass {
  /** Rows (by key) that get their group's heading again, "(tiếp theo)", above them. */
  continued: ReadonlySet<string>;
  /** Filled while pdfmake lays out: row key -> page number. */
  rowPages: Map<string, number>;
}

interface NodeInfo {
  id?: string;
  headlineLevel?: number;
  startPosition?: { pageNumber: number };
}

interface PageNavigation {
  getFollowingNodesOnPage(): NodeInfo[];
}

/**
 * Keeps headings and table group rows with what follows: a group row with no data row after it on
 * its page, or a heading with nothing after it, moves to the next page. pdfmake calls this for every
 * node of the final layout (nodes before a moved one keep their place), so it also records the page
 * each data row ends up on.
 */
function pageBreakBefore(pass: LayoutPass) {
  return (node: NodeInfo, nav: PageNavigation): boolean => {
    if (node.id?.startsWith(NODE_IDS.dataRow) && node.startPosition) {
      pass.rowPages.set(node.id.slice(NODE_IDS.dataRow.length), node.startPosition.pageNumber);
    }
    if (node.id?.startsWith(NODE_IDS.groupRow)) {
      return !nav.getFollowingNodesOnPage().some((next) => next.id?.startsWith(NODE_IDS.dataRow));
    }
    if (node.headlineLevel) return nav.getFollowingNodesOnPage().length === 0;
    return false;
  };
}

/** Rows that start a new page while their group goes on from the page before. */
export function continuedRows(rows: Map<string, string | null>, rowPages: Map<string, number>): Set<string> {
  const continued = new Set<string>();
  for (const [key, previous] of rows) {
    if (previous === null) continue;
    const [page, before] = [rowPages.get(key), rowPages.get(previous)];
    if (page !== undefined && before !== undefined && page > before) continued.add(key);
  }
  return continued;
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

export interface BuiltDefinition {
  definition: TDocumentDefinitions;
  /** Grouped table rows: key -> the previous row of its group (see `TableTracker`). */
  groupedRows: Map<string, string | null>;
}

/** The pdfmake definition of a document in the administrative format. */
export function buildDocumentDefinition(
  given: DocumentDescription,
  settings: DocumentSettings,
  fonts: FontSet,
  options: LayoutOptions,
  pass: LayoutPass = { continued: new Set(), rowPages: new Map() },
): BuiltDefinition {
  const description = nfcDeep(given);
  const orientation = description.orientation ?? 'portrait';
  const page = pageGeometry(settings, orientation);
  const ctx: LayoutContext = {
    settings,
    metrics: fonts.metrics,
    page,
    bodySize: settings.bodyFontSize,
    issuer: resolveIssuer(description, settings),
    tables: tableTracker(pass.continued),
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
  const definition: TDocumentDefinitions = {
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
    pageBreakBefore: pageBreakBefore(pass) as unknown as TDocumentDefinitions['pageBreakBefore'],
    content,
    info: {
      title,
      author: ctx.issuer.issuingBody,
      creator: 'Thi đua',
      producer: 'Thi đua',
      creationDate: options.createdAt,
    },
  };
  return { definition, groupedRows: ctx.tables.rows };
}
