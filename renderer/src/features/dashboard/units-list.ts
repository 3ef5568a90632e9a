import type { RecognitionLevel } from '@shared/domain/criteria';
import type { UnitFigure } from '@shared/domain/targets';

/** The units behind one figure, as the drawer lists them. */
export interface UnitList {
  title: string;
  /** A longer line under the title (the target's wording). */
  description?: string;
  ids: number[];
  /** Criteria counts the summary already carries (this year and the year before). */
  figures?: UnitFigure[];
  /** Show the previous year's count beside this year's (communes with no gain). */
  withPrevious?: boolean;
}

export type ShowUnits = (list: UnitList) => void;

/** A commune's criteria count and recognition level in the chosen year, from the summary. */
export interface CommuneRecord {
  count: number | null;
  previousCount: number | null;
  level: RecognitionLevel;
}
