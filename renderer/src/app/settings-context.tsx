import type { Settings } from '@shared/domain/settings';
import { createContext, type ReactNode, useContext, useMemo } from 'react';

import type { ApiError } from '../api/client';
import { useCall } from '../api/use-call';

interface SettingsState {
  settings: Settings | undefined;
  error: ApiError | null;
  /** Re-reads the settings, e.g. after the settings screen saved them. */
  reload: () => void;
}

const SettingsContext = createContext<SettingsState>({ settings: undefined, error: null, reload: () => undefined });

/** Reads the settings once for the whole app: the header shows the province and issuing body. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const { data, error, reload } = useCall('settings.get', {});
  const value = useMemo(() => ({ settings: data, error, reload }), [data, error, reload]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsState {
  return useContext(SettingsContext);
}
