import type { SetupResult } from '@shared/contract/setup';
import type { ProvinceOption } from '@shared/domain/settings';
import { AppError } from '@shared/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { SetupForm } from '../../renderer/src/features/setup/SetupForm';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

const provinces: ProvinceOption[] = [
  { code: '64', name: 'Tỉnh Gia Lai', districtCount: 17, communeCount: 220 },
  { code: '62', name: 'Tỉnh Kon Tum', districtCount: 10, communeCount: 102 },
  { code: '01', name: 'Thành phố Hà Nội', districtCount: 30, communeCount: 526 },
];

function renderSetup() {
  const onDone = vi.fn<(result: SetupResult) => void>();
  renderInApp(<SetupForm provinces={provinces} onDone={onDone} />);
  return { onDone, user: userEvent.setup() };
}

afterEach(resetBackend);

describe('set-up form', () => {
  it('starts on Kon Tum with its document settings', () => {
    fakeBackend({});
    renderSetup();
    expect(screen.getByRole('combobox', { name: /Tỉnh, thành phố/ })).toHaveValue('Tỉnh Kon Tum');
    expect(screen.getByText('10 đơn vị cấp huyện, 102 đơn vị cấp xã')).toBeInTheDocument();
    expect(screen.getByLabelText(/Cơ quan chủ quản/)).toHaveValue('UBND TỈNH KON TUM');
    expect(screen.getByLabelText(/Cơ quan ban hành/)).toHaveValue('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG');
    expect(screen.getByLabelText(/Địa danh ghi ngày tháng/)).toHaveValue('Kon Tum');
  });

  it('recomputes the parent agency and place name when another province is chosen', async () => {
    fakeBackend({});
    const { user } = renderSetup();
    const province = screen.getByRole('combobox', { name: /Tỉnh, thành phố/ });
    await user.clear(province);
    await user.type(province, 'ha noi');
    const listbox = document.getElementById(province.getAttribute('aria-controls') ?? '') as HTMLElement;
    await user.click(within(listbox).getByRole('option', { name: 'Thành phố Hà Nội', hidden: true }));
    expect(screen.getByLabelText(/Cơ quan chủ quản/)).toHaveValue('UBND THÀNH PHỐ HÀ NỘI');
    expect(screen.getByLabelText(/Địa danh ghi ngày tháng/)).toHaveValue('Hà Nội');
    expect(province).toHaveValue('Thành phố Hà Nội');
  });

  it('requires the operator name and a valid abbreviation before initializing', async () => {
    const calls = fakeBackend({});
    const { user, onDone } = renderSetup();
    const abbreviation = screen.getByLabelText(/Chữ viết tắt/);
    await user.clear(abbreviation);
    await user.type(abbreviation, 'hđ tđ');
    await user.click(screen.getByRole('button', { name: 'Bắt đầu sử dụng' }));
    expect(await screen.findByText('Tên người dùng không được để trống')).toBeInTheDocument();
    expect(screen.getByText('Chữ viết tắt chỉ gồm chữ in hoa, chữ số và dấu gạch ngang')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('opens the page settings when one of them is wrong', async () => {
    fakeBackend({});
    const { user } = renderSetup();
    await user.click(screen.getByRole('button', { name: /Tùy chọn nâng cao/ }));
    const left = screen.getByLabelText('Lề trái (mm)');
    await user.clear(left);
    await user.type(left, '40');
    await user.click(screen.getByRole('button', { name: /Ẩn tùy chọn nâng cao/ }));
    await user.click(screen.getByRole('button', { name: 'Bắt đầu sử dụng' }));
    expect(await screen.findByText('Lề trái tối đa 35 mm')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Ẩn tùy chọn nâng cao/ })).toHaveAttribute('aria-expanded', 'true');
  });

  it('initializes with the chosen province and settings, then reports the units created', async () => {
    const calls = fakeBackend({ 'setup.initialize': () => ({ provinceName: 'Tỉnh Kon Tum', unitsSeeded: 113 }) });
    const { user, onDone } = renderSetup();
    await user.type(screen.getByLabelText(/Tên người dùng/), 'Nguyễn Thị Hoa');
    await user.click(screen.getByRole('button', { name: 'Bắt đầu sử dụng' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith({ provinceName: 'Tỉnh Kon Tum', unitsSeeded: 113 }));
    expect(await screen.findByText('Đã tạo 113 đơn vị')).toBeInTheDocument();
    expect(calls).toEqual([
      {
        channel: 'setup.initialize',
        input: {
          provinceCode: '62',
          operatorName: 'Nguyễn Thị Hoa',
          documentSettings: {
            parentAgency: 'UBND TỈNH KON TUM',
            issuingBody: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
            issuerAbbreviation: 'HĐTĐKT',
            placeName: 'Kon Tum',
            marginTopMm: 20,
            marginBottomMm: 20,
            marginLeftMm: 30,
            marginRightMm: 15,
            bodyFontSize: 14,
          },
        },
      },
    ]);
  });

  it('shows a server refusal on the field it names', async () => {
    const message = 'Cơ quan ban hành dài quá 200 ký tự';
    fakeBackend({
      'setup.initialize': () => {
        throw new AppError('VALIDATION', 'Dữ liệu chưa hợp lệ', [{ path: 'documentSettings.issuingBody', message }]);
      },
    });
    const { user, onDone } = renderSetup();
    await user.type(screen.getByLabelText(/Tên người dùng/), 'Nguyễn Thị Hoa');
    await user.click(screen.getByRole('button', { name: 'Bắt đầu sử dụng' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByLabelText(/Cơ quan ban hành/)).toHaveAttribute('aria-invalid', 'true');
    expect(onDone).not.toHaveBeenCalled();
  });
});
