import { type AppContext, createAppContext } from '../../electron/main/app-context';
import { invokeChannel } from '../../electron/main/ipc/wrapper';
import { documentSettingsFor } from '../../shared/domain/settings';

/** The app opened in this process on a data folder; every call goes through the wrapper every transport uses. */
export interface BenchApp {
  ctx: AppContext;
  dir: string;
  /** The channel's data; throws with the channel's Vietnamese message when it refuses. */
  call<T = unknown>(channel: string, input: unknown): Promise<T>;
  /** True when the app answers this channel (bulk paths added later are used where present). */
  has(channel: string): boolean;
  /**
   * Writes a row (to a temporary table), as any save does: what the app keeps until the next write
   * (the dashboard's loaded records) is read afresh, so a timed call measures a cold read.
   */
  write(): void;
  close(): Promise<void>;
}

export function openBenchApp(dir: string, resourcesDir: string, provinceCode?: string): BenchApp {
  const ctx = createAppContext({ dataDir: dir, resourcesDir, automaticBackups: false });
  if (provinceCode && !ctx.services.setup.isInitialized()) {
    const province = ctx.services.setup.provinces().find((p) => p.code === provinceCode);
    if (!province) throw new Error(`no province ${provinceCode} in the catalogue`);
    ctx.services.setup.initialize({
      provinceCode,
      operatorName: 'Cán bộ đo hiệu năng',
      documentSettings: documentSettingsFor(province.name),
    });
  }
  return {
    ctx,
    dir,
    async call<T>(channel: string, input: unknown): Promise<T> {
      const envelope = await invokeChannel(channel, input, {
        handlers: ctx.handlers,
        senderAllowed: true,
        context: { transport: 'test' },
        // An unexpected error shows its cause, not only the channel's Vietnamese message.
        log: (message, error) => console.error(message, error),
      });
      if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.data as T;
    },
    has: (channel) => channel in ctx.handlers,
    write: () => ctx.db.exec('CREATE TEMP TABLE IF NOT EXISTS bench_writes (at REAL); INSERT INTO bench_writes VALUES (julianday())'),
    close: () => ctx.shutdown(),
  };
}
