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

  it('leaves the frame as it is once the screen is in: no late change after the content', async () => {
    fakeBackend({ 'settings.get': () => konTumSettings() });
    const { container } = renderInApp(
      <SettingsProvider>
        <Shell />
      </SettingsProvider>,
      '/khong-co',
    );
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy' })).toBeInTheDocument();
    expect(await screen.findByText(konTumSettings().issuingBody)).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Chức năng' })).toBeInTheDocument();
    // Mantine's AppShell dropped a resizing flag on its root 200 ms after mounting (a render and a restyle of the frame).
    const changes: string[] = [];
    const observer = new MutationObserver((records) =>
      changes.push(...records.map((r) => `${r.type} ${r.attributeName ?? ''} ${(r.target as Element).className ?? ''}`)),
    );
    observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    expect(changes).toEqual([]);
  });
});
