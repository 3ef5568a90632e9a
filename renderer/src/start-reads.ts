// The first screen's reads, sent when this module runs: first of all the app's modules (main.tsx imports it
// first), once the browser has its code and before it runs React, Mantine and the screens (about a megabyte
// of JavaScript, ~0,3-0,5 s on a slow machine), so that main computes the answers meanwhile instead of after.
// It must stay free of React and Mantine, whose modules would then run first: vite.config.ts keeps it and
// its imports in a chunk of their own that imports nothing (the app's other chunks import it).
import { dropPrefetched, prefetch } from './api/prefetch';
import { prefetchRouteData } from './app/route-data';

// Whether the database is set up, the settings for the header, and the first reads of the screen in the
// address, side by side. Without this each would wait for the one before, and all of them for the code.
void prefetch('setup.status', {})
  .then((status) => {
    // Nothing read before the first-run setup may be shown after it.
    if (!status.initialized) dropPrefetched();
  })
  .catch(() => undefined);
void prefetch('settings.get', {});
const [pathname, search = ''] = window.location.hash.slice(1).split('?');
prefetchRouteData(pathname || '/', new URLSearchParams(search));
