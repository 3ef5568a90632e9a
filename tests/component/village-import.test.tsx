import type { InputOf } from '@shared/contract';
import type { VillageImportRow } from '@shared/domain/unit-history';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { parseVillagePaste } from '../../renderer/src/features/unit-history/village-paste';
import { VillageImportButton } from '../../renderer/src/features/unit-history/VillageImportButton';
import { VillageImportModal } from '../../renderer/src/features/unit-history/VillageImportModal';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

afterEach(resetBackend);

const COMMUNES: Record<string, { id: number; name: string }> = {
  '23500': { id: 78, name: 'Thị trấn Đắk Hà' },
  'Xã Đắk Mar': { id: 79, name: 'Xã Đắk Mar' },
};

/** A preview like main's: the commune resolved by code or name, unknown communes refused per row. */
function preview(input: InputOf<'villages.importPreview'>): VillageImportRow[] {
  return input.rows.map((row, index) => {
    const commune = COMMUNES[String(row.commune)];
    return {
      rowNumber: index + 1,
      name: row.name,
      commune: String(row.commune),
      communeId: commune?.id ?? null,
      communeName: commune?.name ?? null,
      ethnicMinorityArea: row.ethnicMinorityArea ?? false,
      errors: commune ? [] : [`Không tìm thấy xã "${row.commune}"`],
    };
  });
}

async function pasteInto(text: string) {
  await userEvent.click(await screen.findByLabelText('Dữ liệu dán từ Excel'));
  await userEvent.paste(text);
}

describe('pasted village rows', () => {
  it('skips a header row, reads có/x/không and keeps the line each row came from', () => {
    const parsed = parseVillagePaste(
      'Tên thôn\tXã\tVùng DTTS\tLoại hình\nThôn 1\t23500\tcó\n\nLàng Kon Klor\tXã Đắk Mar\tX\tLàng\r\nThôn 3\t23500\tkhông\n',
    );
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { name: 'Thôn 1', commune: '23500', ethnicMinorityArea: true, adminType: '' },
        { name: 'Làng Kon Klor', commune: 'Xã Đắk Mar', ethnicMinorityArea: true, adminType: 'Làng' },
        { name: 'Thôn 3', commune: '23500', ethnicMinorityArea: false, adminType: '' },
      ],
      lines: [2, 4, 5],
    });
  });

  it('reads the first line as a village when there is no header', () => {
    const parsed = parseVillagePaste('Thôn 1\t23500\t\nThôn 2\tXã Đắk Mar\tx');
    expect(parsed.ok && parsed.rows.map((row) => [row.name, row.ethnicMinorityArea])).toEqual([
      ['Thôn 1', false],
      ['Thôn 2', true],
    ]);
  });

  it('refuses a flag that is not có/không/x and a line without a commune, naming the lines', () => {
    expect(parseVillagePaste('Thôn 1\t23500\tcó\nThôn 2\t23500\tmaybe\nThôn 3')).toEqual({
      ok: false,
      errors: [
        'Dòng 2: cột Vùng DTTS phải là "có", "không" hoặc "x" (đang ghi "maybe").',
        'Dòng 3: cần ít nhất 2 cột (Tên thôn, Xã) cách nhau bằng dấu Tab.',
      ],
    });
  });
});

describe('the village import', () => {
  it('checks the pasted rows, then adds them all and says how many', async () => {
    const calls = fakeBackend({
      'villages.importPreview': preview,
      'villages.importCommit': (input) => ({ created: input.rows.length }),
    });
    const onImported = vi.fn();
    renderInApp(<VillageImportButton onImported={onImported} />);
    await userEvent.click(screen.getByRole('button', { name: 'Nhập thôn' }));
    await pasteInto('Tên thôn\tXã (mã hoặc tên)\tVùng DTTS\nThôn 1\t23500\tx\nLàng Kon Klor\tXã Đắk Mar\tkhông\tLàng');
    await userEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));

    const table = await screen.findByRole('table', { name: 'Kết quả kiểm tra' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['2', 'Thôn 1', 'Thị trấn Đắk Hà', 'Có', 'Thôn', 'Hợp lệ'],
      ['3', 'Làng Kon Klor', 'Xã Đắk Mar', 'Không', 'Làng', 'Hợp lệ'],
    ]);
    const expectedRows = [
      { name: 'Thôn 1', commune: '23500', ethnicMinorityArea: true, adminType: '' },
      { name: 'Làng Kon Klor', commune: 'Xã Đắk Mar', ethnicMinorityArea: false, adminType: 'Làng' },
    ];
    expect(calls.filter((c) => c.channel === 'villages.importPreview').map((c) => c.input)).toEqual([{ rows: expectedRows }]);

    await userEvent.click(screen.getByRole('button', { name: 'Thêm 2 thôn' }));
    expect(await screen.findByText('Đã thêm 2 thôn')).toBeInTheDocument();
    expect(calls.filter((c) => c.channel === 'villages.importCommit').map((c) => c.input)).toEqual([{ rows: expectedRows }]);
    expect(onImported).toHaveBeenCalledWith(2);
  });

  it('sends nothing when a flag is wrong and names the line', async () => {
    const calls = fakeBackend({ 'villages.importPreview': preview });
    renderInApp(<VillageImportModal opened onClose={() => undefined} onImported={() => undefined} />);
    await pasteInto('Thôn 1\t23500\tx\nThôn 2\t23500\tcó lẽ');
    await userEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText('Dòng 2: cột Vùng DTTS phải là "có", "không" hoặc "x" (đang ghi "có lẽ").')).toBeInTheDocument();
    expect(calls).toEqual([]);
    expect(screen.getByRole('button', { name: /^Thêm/ })).toBeDisabled();
  });

  it('keeps the add button off while any row has an error, and after the paste changes', async () => {
    const calls = fakeBackend({ 'villages.importPreview': preview });
    renderInApp(<VillageImportModal opened onClose={() => undefined} onImported={() => undefined} />);
    await pasteInto('Thôn 1\t23500\tx\nThôn 2\tXã Không Có\tx');
    await userEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText('Không tìm thấy xã "Xã Không Có"')).toBeInTheDocument();
    expect(screen.getByText(/1\/2 dòng có lỗi nên chưa thôn nào được thêm/)).toBeInTheDocument();
    const add = screen.getByRole('button', { name: 'Thêm 2 thôn' });
    expect(add).toBeDisabled();
    await userEvent.click(add);

    // A clean paste checked, then edited: it must be checked again before anything is added.
    await userEvent.clear(screen.getByLabelText('Dữ liệu dán từ Excel'));
    await pasteInto('Thôn 1\t23500\tx');
    await userEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Thêm 1 thôn' })).toBeEnabled());
    await userEvent.type(screen.getByLabelText('Dữ liệu dán từ Excel'), ' sửa');
    expect(screen.getByRole('button', { name: 'Thêm 1 thôn' })).toBeDisabled();
    expect(screen.getByText('Dữ liệu đã thay đổi sau lần kiểm tra; hãy bấm "Kiểm tra" lại.')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'villages.importCommit')).toBe(false);
  });
});
