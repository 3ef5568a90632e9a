import { prefetch } from '../api/prefetch';
import { yearParam } from '../components/year-param';
import { prefetchDashboard } from '../features/dashboard/prefetch';
import { firstRegisterInput } from '../features/documents/register-input';
import { pageInput, readFilters, readPaging, TREE_ROOTS_INPUT } from '../features/units/unit-filters';
import { HOME_PATH } from './home-address';

type RouteData = (search: URLSearchParams) => void;

const yearInput = (search: URLSearchParams) => {
  const { year } = yearParam(search);
  return year === null ? {} : { year };
};

/**
 * The first reads of the list screens, by route path, asked for when the app opens on that screen,
 * together with its chunk: the answers are in by the time it renders instead of after. Each input is
 * the one the screen itself computes (the screen takes the answer by channel and input; a mismatch
 * only means the screen asks again).
 */
export const routeData: Record<string, RouteData> = {
  '/dashboard': (search) => prefetchDashboard(search),
  '/movements': () => void prefetch('movements.list', {}),
  '/units': (search) => {
    void prefetch('units.list', pageInput(readFilters(search), readPaging(search)));
    void prefetch('units.list', TREE_ROOTS_INPUT);
  },
  '/agencies': () => void prefetch('agencies.list', {}),
  // The register with no filter chosen (DocumentsPage's first input).
  '/documents': () => void prefetch('documents.list', firstRegisterInput),
  '/inspections': (search) => void prefetch('inspections.list', yearInput(search)),
  '/nominations': (search) => void prefetch('rounds.list', yearInput(search)),
};

/** Asks for the first reads of the screen at this path, if it has any listed here. */
export function prefetchRouteData(pathname: string, search: URLSearchParams): void {
  // A bare address opens on the dashboard (home-address.ts).
  routeData[pathname === '/' ? HOME_PATH : pathname]?.(search);
}
