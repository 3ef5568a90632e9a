import { AppError } from '@shared/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { SettingsForm } from '../../renderer/src/features/settings/SettingsForm';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';
import { konTumSettings } from '../support/settings-fixture';

const settings = konTumSettings();

afterEach(resetBackend);

describe('settings form', () => {
  it('saves with the version it was loaded with', async () => {
    const calls = fakeBackend({ 'settings.update': (input) => ({ ...settings, operatorName: input.operatorName ?? '', version: 5 }) });
    const onSaved = vi.fn();
    renderInApp(<SettingsForm settings={settings} onSaved={onSaved} onReload={vi.fn()} />);
    const user = userEvent.setup();
    const operator = screen.getByLabelText(/Tên người dùng/);
    await user.clear(operator);
    await user.type(operator, 'Lê Văn Bình');
    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls[0].input).toMatchObject({ operatorName: 'Lê Văn Bình', version: 4, placeName: 'Kon Tum', marginLeftMm: 30 });
  });

  it('shows the conflict message with a reload action when the settings changed elsewhere', async () => {
    const stale = 'Cài đặt vừa được thay đổi ở nơi khác. Hãy tải lại rồi sửa lại.';
    fakeBackend({
      'settings.update': () => {
        throw new AppError('CONFLICT', stale);
      },
    });
    const onReload = vi.fn();
    renderInApp(<SettingsForm settings={settings} onSaved={vi.fn()} onReload={onReload} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    const alert = await screen.findByRole('alert', { name: 'Cài đặt đã được thay đổi ở nơi khác' });
    expect(alert).toHaveTextContent(stale);
    await user.click(within(alert).getByRole('button', { name: 'Tải lại' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});
