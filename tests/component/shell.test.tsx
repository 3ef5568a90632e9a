import type { Settings } from '@shared/domain/settings';
import { screen } from '@testing-library/react';
import { useSearchParams } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { SettingsProvider } from '../../renderer/src/app/settings-context';
import { Shell } from '../../renderer/src/app/Shell';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';
import { konTumSettings } from '../support/settings-fixture';

// The screen the Shell shows at an unknown path, counting its renders. It reads the address, as the list
// screens do (useSearchParams): a render of the Shell gives it a new route context, so it renders again too.
const screenRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../renderer/src/app/NotFound', () => ({
  NotFound: function CountingScreen() {
    const [params] = useSearchParams();
    screenRenders.count++;
    return <h2>Không tìm thấy{params.get('q') ?? ''}</h2>;
  },
}));

afterEach(resetBackend);

describe('the shell', () => {
  it('shows the settings in the header when they arrive without rendering the screen again', async () => {
    let answer: (settings: Settings) => void = () => undefined;
    fakeBackend({ 'settings.get': () => new Promise<Settings>((resolve) => (answer = resolve)) });
    renderInApp(
      <SettingsProvider>
        <Shell />
      </SettingsProvider>,
      '/khong-co',
    );
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy' })).toBeInTheDocument();
    const before = screenRenders.count;
    answer(konTumSettings({ operatorName: 'Nguyễn Thị Lan' }));
    expect(await screen.findByText('Người dùng: Nguyễn Thị Lan')).toBeInTheDocument();
    expect(screen.getByText(konTumSettings().issuingBody)).toBeInTheDocument();
    expect(screenRenders.count).toBe(before);
  });

  it("drops the frame's resizing flag right after mounting, not 200 ms later over the loaded screen", async () => {
    fakeBackend({ 'settings.get': () => konTumSettings() });
    const { container } = renderInApp(
      <SettingsProvider>
        <Shell />
      </SettingsProvider>,
      '/khong-co',
    );
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy' })).toBeInTheDocument();
    const frame = container.querySelector('.mantine-AppShell-root');
    expect(frame).not.toBeNull();
    // No navbar transition to guard: the flag (a re-render and a restyle of the whole frame) goes on the next turn.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(frame?.hasAttribute('data-resizing')).toBe(false);
  });
});
