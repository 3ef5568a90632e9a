import type { DashboardUnitList } from '@shared/domain/targets';

/** The units behind one figure, as the drawer lists them (a page at a time, from the server). */
export interface UnitList {
  title: string;
  /** A longer line under the title (the target's wording). */
  description?: string;
  /** Which units: the server finds them again for the summary's movement and year (dashboard.units). */
  source: DashboardUnitList;
  /** How many the figure counts (from the summary): a figure of none opens nothing. */
  total: number;
  /** Show the previous year's count beside this year's (communes with no gain). */
  withPrevious?: boolean;
}

export type ShowUnits = (list: UnitList) => void;
