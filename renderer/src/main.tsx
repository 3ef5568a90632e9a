import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { dropPrefetched, prefetch } from './api/prefetch';
import { App } from './app/App';
import { prefetchRouteData } from './app/route-data';
import { preloadRoute } from './app/routes';

// What the first screen needs goes out at once, side by side, before React renders: whether the
// database is set up, the settings for the header, the chunk of the screen in the address and its first reads.
// Without this each waits for the one before (status, then settings, then the chunk, then its calls).
void prefetch('setup.status', {})
  .then((status) => {
    // Nothing read before the first-run setup may be shown after it.
    if (!status.initialized) dropPrefetched();
  })
  .catch(() => undefined);
void prefetch('settings.get', {});
const [pathname, search = ''] = window.location.hash.slice(1).split('?');
void preloadRoute(pathname || '/');
prefetchRouteData(pathname || '/', new URLSearchParams(search));

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
