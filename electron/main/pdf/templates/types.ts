import type { z } from 'zod';

import type { UnitListFilter } from '../../../../shared/contract/units';
import type { DocumentDescription } from '../../../../shared/documents/description';
import type { Movement } from '../../../../shared/domain/movements';
import type { Settings } from '../../../../shared/domain/settings';
import type { DashboardSummary, Target } from '../../../../shared/domain/targets';
import type { UnitListItem } from '../../../../shared/domain/units';

/** A document's content as a template builds it; number, date and type abbreviation come from the register. */
export type DocumentContent = Omit<DocumentDescription, 'number' | 'date' | 'draftYear' | 'typeAbbreviation'>;

/**
 * What templates may read. Each later area adds the read-only services its documents need here
 * (and in the documents service's composition), so a new document stays one template file.
 */
export interface TemplateDeps {
  settings: Settings;
  units: { list(filter: UnitListFilter): UnitListItem[] };
  /** A movement (null when there is none with that id) and its targets as defined. */
  movements: { get(id: number): Movement | null; targets(movementId: number): Target[] };
  /** The dashboard's figures of a movement for a year (the movement must exist). */
  dashboard: { summary(movementId: number, year: number): DashboardSummary };
}

/** One kind of document: its id, title, symbol type, checked params and builder. */
export interface DocumentTemplate<P> {
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
  registerTitle(params: P, deps: TemplateDeps): string;
  /** Throws AppError('VALIDATION') when the params are well-formed but cannot make a document (nothing to list). */
  build(params: P, deps: TemplateDeps): DocumentContent;
}
