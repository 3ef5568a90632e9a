import { useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';

import { openOnHome } from './home-address';
import { AppProviders } from './Providers';
import { LivePathContext } from './screen-params';
import { SettingsProvider } from './settings-context';
import { SetupGate } from './SetupGate';
import { Shell } from './Shell';

/**
 * The whole app. HashRouter because the renderer is served from app:// in Electron and from
 * the host's single index.html: neither can answer deep paths. A data router (one splat route around
 * the Shell, which keeps its useRoutes) so that screens with unsaved edits can use useBlocker.
 */
export function App() {
  const [router] = useState(() => {
    openOnHome();
    return createHashRouter([{ path: '*', element: <Shell /> }]);
  });
  const [livePath] = useState(() => () => router.state.location.pathname);
  return (
    <AppProviders>
      <SetupGate>
        <SettingsProvider>
          <LivePathContext.Provider value={livePath}>
            <RouterProvider router={router} />
          </LivePathContext.Provider>
        </SettingsProvider>
      </SetupGate>
    </AppProviders>
  );
}
