import type { Unit } from '@shared/domain/units';
import { AppError } from '@shared/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { UnitForm } from '../../renderer/src/features/units/UnitForm';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';
import { dakHa, dakHaTown, province, unitPages } from '../support/unit-fixtures';

const units = [province, dakHa, dakHaTown];

function renderForm(props: Partial<Parameters<typeof UnitForm>[0]> = {}) {
  const onSaved = vi.fn<(unit: Unit) => void>();
  const onReload = vi.fn();
  renderInApp(<UnitForm onSaved={onSaved} onCancel={vi.fn()} onReload={onReload} {...props} />);
  return { onSaved, onReload, user: userEvent.setup() };
}

afterEach(resetBackend);

/** The calls that write: the parent picker's look-ups left out. */
const writes = <T extends { channel: string }>(calls: T[]) => calls.filter((c) => c.channel !== 'units.list');

describe('unit form', () => {
  it('refuses an empty name with the Vietnamese message and sends nothing', async () => {
    const calls = fakeBackend({ 'units.list': unitPages(units) });
    const { user, onSaved } = renderForm({ preset: { parentId: '8' } });
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Tên đơn vị không được để trống')).toBeInTheDocument();
    expect(screen.getByLabelText(/Tên đơn vị/)).toHaveAttribute('aria-invalid', 'true');
    expect(writes(calls)).toHaveLength(0);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('refuses a malformed email and a commune without parent before calling the server', async () => {
    const calls = fakeBackend({ 'units.list': unitPages(units) });
    const { user } = renderForm();
    await user.type(screen.getByLabelText(/Tên đơn vị/), 'Xã Đắk Mới');
    await user.type(screen.getByLabelText('Thư điện tử'), 'vanthu@kontum');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Thư điện tử không đúng định dạng (ví dụ: vanthu@kontum.gov.vn)')).toBeInTheDocument();
    expect(screen.getByText('Đơn vị cấp xã phải có đơn vị cấp trên.')).toBeInTheDocument();
    expect(writes(calls)).toHaveLength(0);
  });

  it('creates a unit with the typed values and the parent id as a number', async () => {
    const calls = fakeBackend({
      'units.list': unitPages(units),
      'units.create': (input) => ({ ...dakHaTown, id: 200, name: input.name, version: 1 }),
    });
    const { user, onSaved } = renderForm({ preset: { parentId: '8' } });
    await user.type(screen.getByLabelText(/Tên đơn vị/), 'Xã Đắk Mới');
    await user.type(screen.getByLabelText('Điện thoại'), '0260 3821 234');
    await user.click(screen.getByRole('checkbox', { name: /vùng đồng bào dân tộc thiểu số/ }));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(writes(calls)).toEqual([
      {
        channel: 'units.create',
        input: expect.objectContaining({
          name: 'Xã Đắk Mới',
          kind: 'commune',
          adminType: 'Xã',
          parentId: 8,
          phone: '0260 3821 234',
          ethnicMinorityArea: true,
        }),
      },
    ]);
  });

  it('puts server field errors on their fields and the message in a notification', async () => {
    const message = 'Mã đơn vị 615 đã được dùng cho "Huyện Đắk Hà". Mỗi mã chỉ dùng cho một đơn vị.';
    fakeBackend({
      'units.list': unitPages(units),
      'units.update': () => {
        throw new AppError('CONFLICT', message, [{ path: 'code', message }]);
      },
    });
    const { user, onSaved } = renderForm({ unit: dakHaTown });
    const code = screen.getByLabelText(/Mã đơn vị/);
    await user.clear(code);
    await user.type(code, '615');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    // Once under the field, once in the notification.
    await waitFor(() => expect(screen.getAllByText(message)).toHaveLength(2));
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Chưa lưu được')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('sends id and version on edit and shows a reload prompt when the version is stale', async () => {
    const stale =
      'Đơn vị "Thị trấn Đắk Hà" vừa được thay đổi ở nơi khác (cửa sổ hoặc thẻ khác). Thay đổi của bạn chưa được lưu; hãy tải lại để xem dữ liệu mới rồi sửa lại.';
    const calls = fakeBackend({
      'units.list': unitPages(units),
      'units.update': () => {
        throw new AppError('CONFLICT', stale);
      },
    });
    const { user, onReload } = renderForm({ unit: { ...dakHaTown, version: 3 } });
    await user.type(screen.getByLabelText('Điện thoại'), '0260 1111 111');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    const alert = await screen.findByRole('alert', { name: 'Đơn vị đã được thay đổi ở nơi khác' });
    expect(alert).toHaveTextContent(stale);
    expect(writes(calls)[0].input).toMatchObject({ id: 78, version: 3, phone: '0260 1111 111' });
    expect(screen.getByRole('button', { name: 'Lưu' })).toBeDisabled();
    await user.click(within(alert).getByRole('button', { name: 'Tải lại' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('offers only parents of the allowed kinds and hides the EM flag for districts', async () => {
    fakeBackend({ 'units.list': unitPages(units) });
    const { user } = renderForm({ unit: dakHa });
    expect(screen.queryByRole('checkbox', { name: /vùng đồng bào/ })).not.toBeInTheDocument();
    const parent = screen.getByRole('combobox', { name: /Đơn vị cấp trên/ });
    await user.click(parent);
    const listbox = await waitFor(() => document.getElementById(parent.getAttribute('aria-controls') ?? '') as HTMLElement);
    // The dropdown is still in its opening transition in jsdom, hence hidden: true.
    const options = within(listbox).getAllByRole('option', { hidden: true });
    expect(options.map((option) => option.textContent)).toEqual(['Tỉnh Kon Tum']);
  });
});
