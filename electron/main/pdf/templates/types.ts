import type { z } from 'zod';

import type { DocumentDescription, PositionedDocument } from '../../../../shared/documents/description';
import type { Settings } from '../../../../shared/domain/settings';

/**
 * A document's content as a template builds it; number, date and type abbreviation come from the register.
 * `draftYear` is the year the draft's blank date line prints: the year it is printed unless the content
 * belongs to another (a draft decision recorded for 2025, printed in 2026).
 */
export type DocumentContent = Omit<DocumentDescription, 'number' | 'date' | 'typeAbbreviation'>;

/**
 * What a template's builder reads: the issuing body's settings (given by the documents service on every
 * build) and the readers `R` the template declares itself, bound to services by the area that
 * registers it (`template.withReaders(...)` in `areas/<area>.ts`). No central list of dependencies.
 */
export type TemplateDeps<R extends object = object> = { settings: Settings } & R;

/** One kind of document: its id, title, symbol type, checked params, the readers it needs and its builder. */
export interface DocumentTemplate<P, R extends object> {
  /** Kebab-case id used by the channels: "unit-directory". */
  id: string;
  /** Shown in the template list: "Danh sách đơn vị". */
  title: string;
  /** Type in the symbol: "BC" in "05/BC-HĐTĐKT"; '' for a công văn. */
  typeAbbreviation: string;
  /** A working list (the unit directory): printed without a number, never issued into the register. */
  workingList?: boolean;
  /** Checks the params; messages are Vietnamese and name the field. */
  paramsSchema: z.ZodType<P, unknown>;
  /** The register's title (trích yếu) when the issuer gives none. */
  registerTitle(params: P, deps: TemplateDeps<R>): string;
  /**
   * Throws AppError('VALIDATION') when the params are well-formed but cannot make a document (nothing to list).
   * A certificate batch answers a positioned document (fields on a pre-printed blank): always a working list, never numbered.
   */
  build(params: P, deps: TemplateDeps<R>): DocumentContent | PositionedDocument;
}
