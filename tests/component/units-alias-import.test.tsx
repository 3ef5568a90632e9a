import type { InputOf } from '@shared/contract';
import type { AliasImportPreview, UnitMatch } from '@shared/domain/units';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { AliasImportButton } from '../../renderer/src/features/units/AliasImportModal';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

afterEach(resetBackend);

const NGOK: UnitMatch = {
  unitId: 81,
  name: 'Xã Đăk Ngọk',
  kind: 'commune',
  adminType: 'Xã',
  parentName: 'Huyện Đắk Hà',
  archived: false,
  quality: 'approximate',
  reason: 'gần đúng: Ngọc ↔ Ngọk',
  otherType: false,
};

/** A preview like main's: one row found by code, one to pick until the user picks it. */
function preview(input: InputOf<'units.aliasImportPreview'>): AliasImportPreview {
  const picked = input.resolutions?.['4'];
  return {
    rows: [
      {
        rowNumber: 3,
        code: '23509',
        name: 'Xã Đắk Ui',
        parentName: 'Huyện Đắk Hà',
        unitId: 80,
        unitName: 'Xã Đắk Ui',
        add: ['Đắk Uy'],
        unchanged: ['Đăk Ui'],
        errors: [],
      },
      picked
        ? {
            rowNumber: 4,
            code: null,
            name: 'Xã Đăk Ngọc',
            parentName: '',
            unitId: picked,
            unitName: 'Xã Đăk Ngọk',
            add: ['Đăk Ngọc cũ'],
            unchanged: [],
            errors: [],
            resolved: true,
          }
        : {
            rowNumber: 4,
            code: null,
            name: 'Xã Đăk Ngọc',
            parentName: '',
            unitId: null,
            unitName: null,
            add: [],
            unchanged: [],
            errors: ['"Xã Đăk Ngọc" có thể là 1 đơn vị: hãy chọn đúng đơn vị.'],
            candidates: [NGOK],
          },
    ],
    skipped: 100,
    units: picked ? 2 : 1,
    aliases: picked ? 2 : 1,
  };
}

async function chooseFile(contents: string, name = 'danh-ba.csv') {
  // The modal opens with a transition: its file input is there once it has.
  const input = await waitFor(() => {
    const found = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!found) throw new Error('Chưa mở hộp thoại chọn tệp');
    return found;
  });
  await userEvent.upload(input, new File([contents], name, { type: 'text/csv' }));
}

describe('aliases imported from the registry file', () => {
  it('previews the rows, asks which unit an approximate name is, then adds every alias at once', async () => {
    const calls = fakeBackend({
      'units.aliasImportPreview': preview,
      'units.aliasImportCommit': () => ({ units: 2, aliases: 2 }),
    });
    const onImported = vi.fn();
    renderInApp(<AliasImportButton onImported={onImported} />);
    await userEvent.click(screen.getByRole('button', { name: 'Nhập tên gọi khác' }));
    await chooseFile('Mã,Tên đơn vị,Cấp trên,Tên gọi khác\r\n');

    const table = await screen.findByRole('table', { name: 'Các dòng có tên gọi khác trong tệp' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1, 2)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(cells).toEqual([['3', '23509 · Xã Đắk Ui (Huyện Đắk Hà)', 'Xã Đắk Ui', 'Đắk Uy', 'Đăk Ui', 'Hợp lệ']]);
    expect(screen.getByText('Còn 1 dòng cần chọn đúng đơn vị trước khi thêm.')).toBeInTheDocument();
    const add = screen.getByRole('button', { name: 'Thêm 1 tên gọi khác' });
    expect(add).toBeDisabled();
    const sent = calls[0].input as InputOf<'units.aliasImportPreview'>;
    expect(sent.fileName).toBe('danh-ba.csv');
    expect(new TextDecoder().decode(Uint8Array.from(atob(sent.base64), (c) => c.charCodeAt(0)))).toContain('Tên gọi khác');

    await userEvent.click(screen.getByRole('radio', { name: /Xã Đăk Ngọk/ }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Thêm 2 tên gọi khác' })).toBeEnabled());
    expect(screen.getByText('Sẽ thêm 2 tên gọi khác cho 2 đơn vị. 100 dòng không ghi tên gọi khác được bỏ qua.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Thêm 2 tên gọi khác' }));
    expect(await screen.findByText('Đã thêm 2 tên gọi khác cho 2 đơn vị.')).toBeInTheDocument();
    const commit = calls.find((c) => c.channel === 'units.aliasImportCommit')?.input as InputOf<'units.aliasImportCommit'>;
    expect(commit.resolutions).toEqual({ 4: 81 });
    expect(onImported).toHaveBeenCalled();
  });

  it('shows why a file was refused and adds nothing', async () => {
    const { AppError } = await import('@shared/errors');
    const calls = fakeBackend({
      'units.aliasImportPreview': () => {
        throw new AppError('VALIDATION', 'Không tìm thấy dòng tiêu đề có cột "Tên đơn vị" và cột "Tên gọi khác".');
      },
    });
    renderInApp(<AliasImportButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Nhập tên gọi khác' }));
    await chooseFile('STT,Họ và tên\r\n');
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tìm thấy dòng tiêu đề có cột "Tên đơn vị"');
    expect(screen.getByRole('button', { name: 'Thêm tên gọi khác' })).toBeDisabled();
    expect(calls.some((c) => c.channel === 'units.aliasImportCommit')).toBe(false);
  });
});
