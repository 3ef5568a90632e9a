import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { SettingsForm } from '../../renderer/src/features/settings/SettingsForm';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';
import { konTumSettings } from '../support/settings-fixture';

const settings = konTumSettings();

afterEach(resetBackend);

/** The card of one issuer's default block, found by its abbreviation. */
function card(issuer: string): HTMLElement {
  const input = screen.getAllByLabelText('Cơ quan ban hành (chữ viết tắt)').find((field) => (field as HTMLInputElement).value === issuer);
  if (!input) throw new Error(`no signature default for ${issuer}`);
  return input.closest('.mantine-Paper-root') as HTMLElement;
}

describe('signature defaults in settings', () => {
  it('shows the council "TM. ... / CHỦ TỊCH" and the Ban "TRƯỞNG BAN", and saves a deputy signing for the chair', async () => {
    const calls = fakeBackend({ 'settings.update': (input) => ({ ...settings, ...input, version: 5 }) });
    const onSaved = vi.fn();
    renderInApp(<SettingsForm settings={settings} onSaved={onSaved} onReload={vi.fn()} />);
    const user = userEvent.setup();
    const council = card('HĐTĐKT');
    expect(within(council).getByText('TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG')).toBeInTheDocument();
    expect(within(council).getByText('CHỦ TỊCH')).toBeInTheDocument();
    expect(within(card('BTĐKT')).getByText('TRƯỞNG BAN')).toBeInTheDocument();

    await user.click(within(council).getByRole('button', { name: 'Phó Chủ tịch ký thay' }));
    await user.type(within(council).getByLabelText('Người ký'), 'Lê Văn Hùng');
    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls[0].input).toMatchObject({
      version: 4,
      signatureDefaults: [
        { issuer: 'HĐTĐKT', prefix: 'KT.', authority: 'Chủ tịch', position: 'Phó Chủ tịch', signer: 'Lê Văn Hùng' },
        { issuer: 'BTĐKT', prefix: '', authority: '', position: 'Trưởng ban', signer: '' },
      ],
    });
  });

  it('refuses two defaults for one issuer and a block without its position, before saving', async () => {
    const calls = fakeBackend({});
    renderInApp(<SettingsForm settings={settings} onSaved={vi.fn()} onReload={vi.fn()} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Thêm chữ ký của cơ quan khác' }));
    const fields = screen.getAllByLabelText('Cơ quan ban hành (chữ viết tắt)');
    await user.type(fields[fields.length - 1], 'HĐTĐKT');
    await user.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await screen.findByText('Cơ quan "HĐTĐKT" đã có chữ ký mặc định')).toBeInTheDocument();
    expect(screen.getByText('Chưa ghi chức vụ người ký')).toBeInTheDocument();
    expect(calls).toEqual([]);
  });
});
