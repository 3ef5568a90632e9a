import type { RegistryImportPreview, RegistryImportRow } from '@shared/domain/units';
import { AppError } from '@shared/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { RegistryImportButton, RegistryImportModal } from '../../renderer/src/features/units/RegistryImportModal';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

afterEach(resetBackend);

const row = (rowNumber: number, fields: Partial<RegistryImportRow>): RegistryImportRow => ({
  rowNumber,
  code: null,
  name: '',
  adminType: 'Xã',
  kind: 'commune',
  parentText: 'Huyện Đăk Hà',
  parentName: 'Huyện Đăk Hà',
  status: 'new',
  errors: [],
  note: '',
  ...fields,
});

function previewOf(rows: RegistryImportRow[]): RegistryImportPreview {
  const count = (status: RegistryImportRow['status']) => rows.filter((r) => r.status === status).length;
  return {
    rows,
    counts: { total: rows.length, new: count('new'), existing: count('existing'), skipped: count('skipped'), errors: count('error') },
  };
}

const GOOD = previewOf([
  row(4, {
    name: 'Huyện Đăk Hà',
    adminType: 'Huyện',
    kind: 'district',
    parentText: 'Tỉnh Kon Tum',
    parentName: 'Tỉnh Kon Tum',
    status: 'existing',
    note: 'Đã có trong danh bạ ("Huyện Đăk Hà"): giữ nguyên, không nhập lại.',
  }),
  row(5, { name: 'Xã Đăk Mới' }),
  row(6, { name: 'Thôn Một', adminType: 'Thôn', kind: 'village', parentText: 'Xã Đăk Mới', parentName: 'Xã Đăk Mới' }),
]);

const BAD = previewOf([
  row(4, { name: 'Xã Tốt' }),
  row(5, {
    name: 'Xã Lạ',
    adminType: 'Khu phố cổ',
    kind: null,
    status: 'error',
    errors: ['Loại "Khu phố cổ" không phải loại đơn vị đã biết.'],
  }),
]);

async function choose(fileName: string) {
  // The modal opens with a transition: its file input is there once it has.
  const input = await waitFor(() => {
    const found = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!found) throw new Error('Chưa mở hộp thoại chọn tệp');
    return found;
  });
  await userEvent.upload(input, new File(['xlsx bytes'], fileName));
}

describe('the registry import on the units screen', () => {
  it('checks the chosen file, shows each row with its fate and the counts, then imports the new units', async () => {
    const calls = fakeBackend({
      'units.importPreview': () => GOOD,
      'units.importCommit': () => ({ created: 2, existing: 1, skipped: 0 }),
    });
    const onImported = vi.fn();
    renderInApp(<RegistryImportButton onImported={onImported} />);
    await userEvent.click(screen.getByRole('button', { name: 'Nhập danh bạ' }));
    expect(await screen.findByRole('button', { name: 'Nhập 0 đơn vị mới' })).toBeDisabled();
    await choose('danh-ba.xlsx');

    expect(await screen.findByText('3 dòng: 2 đơn vị mới, 1 đã có, 0 bỏ qua, 0 dòng lỗi')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Nhập danh bạ đơn vị từ tệp' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(cells).toEqual([
      ['4', 'Huyện Đăk Hà', 'Huyện', 'Tỉnh Kon Tum', 'Đã cóĐã có trong danh bạ ("Huyện Đăk Hà"): giữ nguyên, không nhập lại.'],
      ['5', 'Xã Đăk Mới', 'Xã', 'Huyện Đăk Hà', 'Mới'],
      ['6', 'Thôn Một', 'Thôn', 'Xã Đăk Mới', 'Mới'],
    ]);
    const preview = calls.find((c) => c.channel === 'units.importPreview')?.input as { fileName: string; base64: string };
    expect(preview.fileName).toBe('danh-ba.xlsx');
    expect(atob(preview.base64)).toBe('xlsx bytes');

    await userEvent.click(screen.getByRole('button', { name: 'Nhập 2 đơn vị mới' }));
    expect(await screen.findByText('Đã nhập 2 đơn vị mới vào danh bạ')).toBeInTheDocument();
    expect(calls.filter((c) => c.channel === 'units.importCommit').map((c) => c.input)).toEqual([preview]);
    expect(onImported).toHaveBeenCalledWith(2);
  });

  it('lists the rows with errors first and keeps the import off while any row is wrong', async () => {
    const calls = fakeBackend({ 'units.importPreview': () => BAD });
    renderInApp(<RegistryImportModal opened onClose={() => undefined} onImported={() => undefined} />);
    await choose('danh-ba.csv');
    expect(
      await screen.findByText('1 dòng có lỗi. Sửa các dòng này trong tệp rồi chọn lại tệp; chưa nhập đơn vị nào.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Loại "Khu phố cổ" không phải loại đơn vị đã biết.')).toBeInTheDocument();
    // Only the wrong rows at first; every row when the switch is off.
    expect(screen.queryByText('Xã Tốt')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: 'Chỉ hiện các dòng lỗi' }));
    await waitFor(() => expect(screen.getByText('Xã Tốt')).toBeInTheDocument());
    const commit = screen.getByRole('button', { name: 'Nhập 1 đơn vị mới' });
    expect(commit).toBeDisabled();
    await userEvent.click(commit);
    expect(calls.some((c) => c.channel === 'units.importCommit')).toBe(false);
  });

  it('says why a file could not be read', async () => {
    fakeBackend({
      'units.importPreview': () => {
        throw new AppError('VALIDATION', 'Không thấy dòng tiêu đề của danh bạ.');
      },
    });
    renderInApp(<RegistryImportModal opened onClose={() => undefined} onImported={() => undefined} />);
    await choose('khac.xlsx');
    expect(await screen.findByRole('alert')).toHaveTextContent('Không đọc được tệp: Không thấy dòng tiêu đề của danh bạ.');
  });
});
