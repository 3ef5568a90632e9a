import type http from 'node:http';

import { documentSettingsFor } from '../../shared/domain/settings';
import { type AppContext, createAppContext } from '../main/app-context';
import { createHostServer } from './server';

export interface StartHostOptions {
  dataDir: string;
  resourcesDir: string;
  staticDir?: string;
  port: number;
  token: string;
  /** Seeds a new database for this province without the set-up screen (THIDUA_PROVINCE). */
  provinceCode?: string;
  log?: (message: string, error?: unknown) => void;
  /** Backups at start, daily and at close (default on; the e2e specs that do not test them may turn them off). */
  automaticBackups?: boolean;
}

export interface RunningHost {
  url: string;
  server: http.Server;
  context: AppContext;
  close(): Promise<void>;
}

/** Opens the database, seeds it when asked, and serves the app on 127.0.0.1. */
export async function startHost(options: StartHostOptions): Promise<RunningHost> {
  const context = createAppContext({
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    automaticBackups: options.automaticBackups ?? true,
    log: options.log,
  });
  try {
    if (options.provinceCode && !context.services.setup.isInitialized()) {
      const province = context.services.setup.provinces().find((p) => p.code === options.provinceCode);
      if (!province) throw new Error(`THIDUA_PROVINCE=${options.provinceCode}: không có tỉnh nào mang mã này.`);
      context.services.setup.initialize({
        provinceCode: province.code,
        operatorName: 'Cán bộ văn thư',
        documentSettings: documentSettingsFor(province.name),
      });
    }
    const server = createHostServer({
      handlers: context.handlers,
      token: options.token,
      staticDir: options.staticDir,
      log: options.log,
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    return {
      url: `http://127.0.0.1:${port}/?token=${options.token}`,
      server,
      context,
      close: () =>
        new Promise<void>((resolve) => {
          server.close(() => {
            void context.shutdown().then(resolve);
          });
          server.closeAllConnections();
        }),
    };
  } catch (error) {
    context.close();
    throw error;
  }
}
