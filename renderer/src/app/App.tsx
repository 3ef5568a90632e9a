import { HashRouter } from 'react-router';

import { AppProviders } from './Providers';
import { SettingsProvider } from './settings-context';
import { SetupGate } from './SetupGate';
import { Shell } from './Shell';

/**
 * The whole app. HashRouter because the renderer is served from app:// in Electron and from
 * the host's single index.html: neither can answer deep paths.
 */
export function App() {
  return (
    <AppProviders>
      <SetupGate>
        <SettingsProvider>
          <HashRouter>
            <Shell />
          </HashRouter>
        </SettingsProvider>
      </SetupGate>
    </AppProviders>
  );
}
