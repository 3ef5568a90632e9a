import { type AppContext, createAppContext } from '../../electron/main/app-context';
import type { DesktopShell } from '../../electron/main/desktop/shell';
import { invokeChannel } from '../../electron/main/ipc/wrapper';
import type { ChannelName, InputOf } from '../../shared/contract';
import { documentSettingsFor } from '../../shared/domain/settings';
import type { Envelope } from '../../shared/errors';
import { makeTempDir, resourcesDir } from './temp-dir';

export const OPERATOR = 'Nguyễn Thị Hoa';

/** A clock that moves one second per reading, so every write has its own distinct timestamp. */
export function steppingClock(start = Date.UTC(2025, 2, 1, 1, 0, 0)) {
  let tick = 0;
  return { now: () => new Date(start + 1000 * tick++).toISOString() };
}

export interface TestApp {
  ctx: AppContext;
  dir: string;
  /** A call through the same wrapper every transport uses. */
  call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<Envelope<unknown>>;
  /** Like call, for input that deliberately does not match the contract's types. */
  callRaw(channel: string, input: unknown): Promise<Envelope<unknown>>;
  count(table: string, where?: string, ...args: unknown[]): number;
  idOfCode(code: string): number;
  close(): void;
}

/** A real app context on a fresh temp folder; set up for Kon Tum (62) unless asked not to. */
export function openTestApp(options: { initialize?: boolean; shell?: DesktopShell; clock?: { now(): string } } = {}): TestApp {
  const { dir, cleanup } = makeTempDir('app');
  const ctx = createAppContext({ dataDir: dir, resourcesDir, clock: options.clock ?? steppingClock(), shell: options.shell });
  if (options.initialize !== false) {
    ctx.services.setup.initialize({ provinceCode: '62', operatorName: OPERATOR, documentSettings: documentSettingsFor('Tỉnh Kon Tum') });
  }
  const callRaw = (channel: string, input: unknown) =>
    invokeChannel(channel, input, { handlers: ctx.handlers, senderAllowed: true, context: { transport: 'test' } });
  return {
    ctx,
    dir,
    call: (channel, input) => callRaw(channel, input),
    callRaw,
    count: (table, where, ...args) =>
      (ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${table}${where ? ` WHERE ${where}` : ''}`).get(...args) as { n: number }).n,
    idOfCode(code) {
      const row = ctx.db.prepare('SELECT id FROM units WHERE code = ?').get(code) as { id: number } | undefined;
      if (!row) throw new Error(`no unit with code ${code}`);
      return row.id;
    },
    close() {
      ctx.close();
      cleanup();
    },
  };
}

/** The data of an ok envelope; fails with the error's message otherwise. */
export function dataOf<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.data as T;
}
