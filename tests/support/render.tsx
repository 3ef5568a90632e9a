import { notifications } from '@mantine/notifications';
import type { ChannelName, InputOf, OutputOf } from '@shared/contract';
import { AppError } from '@shared/errors';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';

import { setTransport } from '../../renderer/src/api/client';
import { AppProviders } from '../../renderer/src/app/Providers';

/** Renders inside the app's Mantine providers (theme, modals, notifications) and a router. */
export function renderInApp(ui: ReactElement, route = '/'): RenderResult {
  return render(
    <AppProviders>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </AppProviders>,
  );
}

type Handlers = { [C in ChannelName]?: (input: InputOf<C>) => OutputOf<C> | Promise<OutputOf<C>> };

export interface CallRecord {
  channel: ChannelName;
  input: unknown;
}

/**
 * Answers renderer calls without a server: each handler returns the channel's output or throws an
 * AppError, which reaches the UI as the same envelope main would send. Unhandled channels fail loudly.
 */
export function fakeBackend(handlers: Handlers): CallRecord[] {
  const calls: CallRecord[] = [];
  setTransport(async (channel, input) => {
    calls.push({ channel, input });
    const handler = handlers[channel] as ((input: unknown) => unknown) | undefined;
    if (!handler) return { ok: false, error: { code: 'INTERNAL', message: `Kênh ${channel} không có trong bài kiểm thử` } };
    try {
      return { ok: true, data: await handler(input) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toShape() };
      throw error;
    }
  });
  return calls;
}

/** Between tests: real transport back, and no notifications left from the last test (their store is global). */
export function resetBackend(): void {
  setTransport(null);
  notifications.clean();
}
