import { createContext, useCallback, useContext } from 'react';
import { type SetURLSearchParams, useLocation, useSearchParams } from 'react-router';

/**
 * The path the router is at now, which may be ahead of the one rendered: the app's router (App.tsx) renders a
 * navigation as a React transition, and the screen left keeps running until the next one is committed.
 */
export const LivePathContext = createContext<(() => string) | null>(null);

/**
 * A screen's query in the address (filters, page, tab), as useSearchParams, except that a write made once the
 * router has left the screen's path is dropped. A screen writes from timers too (a debounced search): one
 * that fired after a link was followed, before the new screen was in, navigated back to the screen left.
 * Every screen and component reads its query through this hook (an ESLint rule keeps useSearchParams out).
 */
export function useScreenParams(): [URLSearchParams, SetURLSearchParams] {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const livePath = useContext(LivePathContext);
  const write = useCallback<SetURLSearchParams>(
    (next, options) => {
      if (livePath && livePath() !== pathname) return;
      setParams(next, options);
    },
    [livePath, pathname, setParams],
  );
  return [params, write];
}
