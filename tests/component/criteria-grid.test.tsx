import type { CriteriaGrid, CriteriaGridRow, CriteriaImportPreview, CriteriaSet } from '@shared/domain/criteria';
import { AppError } from '@shared/errors';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { CriteriaPage } from '../../renderer/src/features/criteria/CriteriaPage';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';
import { dakHa, unitPages } from '../support/unit-fixtures';

afterEach(resetBackend);

const set: CriteriaSet = {
  id: 1,
  code: 'commune-2021',
  name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025',
  scope: 'commune',
  adminTypes: ['Xã'],
  legalBasis: { number: '318/QĐ-TTg', date: '2022-03-08', issuer: 'Thủ tướng Chính phủ', title: '' },
  validFrom: '2021-01-01',
  validTo: '2025-12-31',
  editable: false,
  version: 1,
  criteria: [
    { id: 1, setId: 1, number: 1, name: 'Quy hoạch', groupName: '', archived: false, version: 1 },
    { id: 2, setId: 1, number: 2, name: 'Giao thông', groupName: '', archived: false, version: 1 },
    { id: 3, setId: 1, number: 3, name: 'Thủy lợi và phòng, chống thiên tai', groupName: '', archived: false, version: 1 },
    { id: 9, setId: 1, number: 9, name: 'Tiêu chí đã bỏ', groupName: '', archived: true, version: 1 },
    { id: 4, setId: 1, number: 4, name: 'Điện', groupName: '', archived: false, version: 1 },
  ],
};

function row(unitId: number, name: string, criteriaMet: number[], extra: Partial<CriteriaGridRow> = {}): CriteriaGridRow {
  return {
    unitId,
    code: String(23500 + unitId),
    name,
    adminType: 'Xã',
    criteriaMet,
    notes: [],
    count: criteriaMet.length,
    previousCount: null,
    level: 'none',
    version: 3,
    ...extra,
  };
}

function grid(rows: CriteriaGridRow[] = defaultRows()): CriteriaGrid {
  return { district: { id: 8, name: 'Huyện Đắk Hà' }, year: 2024, set, rows };
}

function defaultRows(): CriteriaGridRow[] {
  return [
    row(21, 'Xã Đắk Mar', [1, 2], { previousCount: 1, notes: [{ number: 2, note: 'Đường trục xã' }] }),
    row(22, 'Xã Hà Mòn', [], { count: null, version: null }),
    row(23, 'Xã Ngọk Wang', [1, 2, 3, 4], { level: 'ntm' }),
  ];
}

const ROUTE = '/criteria?district=8&year=2024';

/** A criterion's checkbox; its gridcell (the td) carries aria-selected. */
function cell(number: number, commune: string): HTMLElement {
  return screen.getByRole('checkbox', { name: `Tiêu chí ${number}, ${commune}` });
}

function countOf(commune: string): string {
  const line = screen.getByRole('rowheader', { name: commune }).closest('tr');
  if (!line) throw new Error(`Không thấy dòng ${commune}`);
  return within(line).getByLabelText('Số tiêu chí đạt trong năm').textContent ?? '';
}

async function openGrid(extra: Parameters<typeof fakeBackend>[0] = {}) {
  const calls = fakeBackend({
    'units.list': unitPages([dakHa]),
    'criteria.forDistrictYear': () => grid(),
    // Main answers the records it wrote; the screen keeps the other rows as loaded.
    'criteria.setDistrictYear': (input) => ({
      district: { id: 8, name: 'Huyện Đắk Hà' },
      year: 2024,
      saved: input.rows.map((sent) => ({
        unitId: sent.unitId,
        year: 2024,
        setId: 1,
        criteriaMet: sent.criteriaMet,
        notes: (sent.notes ?? []).map((n) => ({ number: n.number, note: n.note ?? '' })),
        count: sent.criteriaMet.length,
        version: (sent.version ?? 0) + 1,
      })),
    }),
    ...extra,
  });
  renderInApp(<CriteriaPage />, ROUTE);
  await screen.findByRole('grid', { name: 'Kết quả tiêu chí năm 2024 - Huyện Đắk Hà' });
  return calls;
}

describe('the district criteria grid', () => {
  it('shows criteria numbers with their names, the count, last year and the level', async () => {
    await openGrid();
    expect(screen.getByRole('columnheader', { name: '3' })).toHaveAttribute('title', '3. Thủy lợi và phòng, chống thiên tai');
    expect(screen.queryByRole('columnheader', { name: '9' })).not.toBeInTheDocument();
    expect(countOf('Xã Đắk Mar')).toBe('2/4');
    expect(countOf('Xã Hà Mòn')).toBe('—');
    expect(cell(1, 'Xã Đắk Mar')).toHaveAttribute('aria-checked', 'true');
    expect(cell(3, 'Xã Đắk Mar')).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByRole('button', { name: /Đổi mức công nhận của Xã Ngọk Wang: Đạt chuẩn nông thôn mới$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lưu' })).toBeDisabled();
  });

  it('moves focus with arrows, Home and End, one tab stop at a time', async () => {
    await openGrid();
    const first = cell(1, 'Xã Đắk Mar');
    expect(first).toHaveAttribute('tabindex', '0');
    expect(cell(2, 'Xã Đắk Mar')).toHaveAttribute('tabindex', '-1');
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(cell(2, 'Xã Đắk Mar')).toHaveFocus();
    expect(cell(2, 'Xã Đắk Mar').closest('td')).toHaveAttribute('aria-selected', 'true');
    expect(first).toHaveAttribute('tabindex', '-1');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(cell(2, 'Xã Ngọk Wang')).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowUp}');
    expect(cell(1, 'Xã Hà Mòn')).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('button', { name: /Đổi mức công nhận của Xã Hà Mòn/ })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(cell(1, 'Xã Hà Mòn')).toHaveFocus();
    // Moving never changes a value.
    expect(screen.queryByText('Có thay đổi chưa lưu')).not.toBeInTheDocument();
  }, 15_000);

  it('toggles with Space, updates the count and marks the change until it is undone', async () => {
    await openGrid();
    cell(1, 'Xã Hà Mòn').focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight} ');
    const third = cell(3, 'Xã Hà Mòn');
    expect(third).toHaveAttribute('aria-checked', 'true');
    expect(third).toHaveClass('crit-changed');
    expect(countOf('Xã Hà Mòn')).toBe('1/4');
    expect(screen.getByText('Có thay đổi chưa lưu')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lưu' })).toBeEnabled();

    await userEvent.keyboard(' ');
    expect(third).toHaveAttribute('aria-checked', 'false');
    expect(third).not.toHaveClass('crit-changed');
    expect(screen.queryByText('Có thay đổi chưa lưu')).not.toBeInTheDocument();

    await userEvent.keyboard('{ArrowUp} ');
    expect(countOf('Xã Đắk Mar')).toBe('3/4');
    await userEvent.click(screen.getByRole('button', { name: 'Hủy thay đổi' }));
    expect(countOf('Xã Đắk Mar')).toBe('2/4');
    expect(cell(3, 'Xã Đắk Mar')).toHaveAttribute('aria-checked', 'false');
  });

  it('pastes a column downward from the focused cell', async () => {
    await openGrid();
    const start = cell(3, 'Xã Đắk Mar');
    start.focus();
    fireEvent.paste(start, { clipboardData: { getData: () => 'Đạt\r\nx\r\n0\r\n' } });
    expect(cell(3, 'Xã Đắk Mar')).toHaveAttribute('aria-checked', 'true');
    expect(cell(3, 'Xã Hà Mòn')).toHaveAttribute('aria-checked', 'true');
    expect(cell(3, 'Xã Ngọk Wang')).toHaveAttribute('aria-checked', 'false');
    expect(countOf('Xã Đắk Mar')).toBe('3/4');
    expect(countOf('Xã Ngọk Wang')).toBe('3/4');
  });

  it('refuses a paste with a bad value, names the row and changes nothing', async () => {
    await openGrid();
    const start = cell(4, 'Xã Đắk Mar');
    start.focus();
    fireEvent.paste(start, { clipboardData: { getData: () => 'x\ncó rồi\n✓' } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dòng "Xã Hà Mòn", tiêu chí 4: giá trị "có rồi" không hợp lệ');
    expect(alert).toHaveTextContent('Chưa ô nào bị thay đổi');
    expect(cell(4, 'Xã Đắk Mar')).toHaveAttribute('aria-checked', 'false');
    expect(cell(4, 'Xã Ngọk Wang')).toHaveAttribute('aria-checked', 'true');
    expect(screen.queryByText('Có thay đổi chưa lưu')).not.toBeInTheDocument();

    // More lines than communes left below is refused the same way.
    fireEvent.paste(start, { clipboardData: { getData: () => 'x\nx\nx\nx' } });
    expect(screen.getByRole('alert')).toHaveTextContent('có 4 dòng nhưng từ ô đang chọn trở xuống chỉ còn 3 xã');
    expect(cell(4, 'Xã Đắk Mar')).toHaveAttribute('aria-checked', 'false');
  });

  it('saves every row with criteria ascending, notes untouched and the versions read', async () => {
    const calls = await openGrid();
    cell(4, 'Xã Đắk Mar').focus();
    await userEvent.keyboard(' {Home} {ArrowDown}{ArrowRight}{ArrowRight} ');
    expect(countOf('Xã Đắk Mar')).toBe('2/4');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu kết quả tiêu chí năm 2024 của Huyện Đắk Hà')).toBeInTheDocument();
    expect(calls.filter((c) => c.channel === 'criteria.setDistrictYear').map((c) => c.input)).toEqual([
      {
        districtId: 8,
        year: 2024,
        rows: [
          { unitId: 21, criteriaMet: [2, 4], notes: [{ number: 2, note: 'Đường trục xã' }], version: 3 },
          { unitId: 22, criteriaMet: [3], notes: [], version: null },
          { unitId: 23, criteriaMet: [1, 2, 3, 4], notes: [], version: 3 },
        ],
      },
    ]);
    // The saved records are shown in the grid: nothing left unsaved, the count kept, the next save at the new versions.
    await waitFor(() => expect(screen.queryByText('Có thay đổi chưa lưu')).not.toBeInTheDocument());
    expect(countOf('Xã Hà Mòn')).toBe('1/4');
    expect(countOf('Xã Đắk Mar')).toBe('2/4');
    cell(1, 'Xã Ngọk Wang').focus();
    await userEvent.keyboard(' ');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.filter((c) => c.channel === 'criteria.setDistrictYear')).toHaveLength(2));
    expect(calls.filter((c) => c.channel === 'criteria.setDistrictYear')[1].input).toEqual({
      districtId: 8,
      year: 2024,
      rows: [
        { unitId: 21, criteriaMet: [2, 4], notes: [{ number: 2, note: 'Đường trục xã' }], version: 4 },
        { unitId: 22, criteriaMet: [3], notes: [], version: 1 },
        { unitId: 23, criteriaMet: [2, 3, 4], notes: [], version: 4 },
      ],
    });
    await waitFor(() => expect(countOf('Xã Ngọk Wang')).toBe('3/4'));
  });

  it('asks to reload when someone else saved the year first', async () => {
    await openGrid({
      'criteria.setDistrictYear': () => {
        throw new AppError('CONFLICT', 'Kết quả tiêu chí năm 2024 của "Xã Đắk Mar" vừa được lưu ở nơi khác.');
      },
    });
    cell(1, 'Xã Đắk Mar').focus();
    await userEvent.keyboard(' ');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu đã được người khác sửa');
    expect(screen.getByText('Có thay đổi chưa lưu')).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(screen.queryByText('Có thay đổi chưa lưu')).not.toBeInTheDocument());
    expect(cell(1, 'Xã Đắk Mar')).toHaveAttribute('aria-checked', 'true');
  });
});

describe('the level column', () => {
  it('opens the recognition dialog on the year’s record, edits it and reads the grid again after saving', async () => {
    const calls = await openGrid({
      'recognitions.forUnit': () => [
        {
          id: 5,
          unitId: 23,
          year: 2024,
          level: 'ntm',
          decision: { number: '1234/QĐ-UBND', date: '2024-12-20', signerAuthority: 'Chủ tịch UBND tỉnh' },
          unitNameAt: 'Xã Ngọk Wang',
          districtNameAt: 'Huyện Đắk Hà',
          note: '',
          version: 2,
        },
      ],
      'recognitions.warnings': () => [],
      'recognitions.update': (input) => ({
        id: 5,
        unitId: 23,
        year: 2024,
        level: input.level,
        decision: { number: '1234/QĐ-UBND', date: '2024-12-20', signerAuthority: 'Chủ tịch UBND tỉnh' },
        unitNameAt: 'Xã Ngọk Wang',
        districtNameAt: 'Huyện Đắk Hà',
        note: '',
        version: 3,
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: /Đổi mức công nhận của Xã Ngọk Wang/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByDisplayValue('1234/QĐ-UBND')).toBeInTheDocument();
    const reads = calls.filter((c) => c.channel === 'criteria.forDistrictYear').length;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.filter((c) => c.channel === 'criteria.forDistrictYear').length).toBe(reads + 1));
    expect(calls.find((c) => c.channel === 'recognitions.update')?.input).toMatchObject({ id: 5, year: 2024, level: 'ntm', version: 2 });
  });
});

describe('importing the grid from Excel', () => {
  const bad: CriteriaImportPreview = {
    year: 2024,
    setId: 1,
    errorCount: 1,
    rows: [
      { rowNumber: 5, unitId: 21, code: '23521', name: 'Xã Đắk Mar', criteriaMet: [1, 2, 3], errors: [] },
      {
        rowNumber: 6,
        unitId: 22,
        code: '23522',
        name: 'Xã Hà Mòn',
        criteriaMet: [1],
        errors: [
          "Dòng 7, tiêu chí TC2 (Giao thông): giá trị 'y' không hợp lệ. Chỉ ghi x, 1, đạt, có, ✓ (đạt) hoặc để trống, 0, không, - (chưa đạt).",
        ],
      },
    ],
  };

  async function pickFile() {
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('Không thấy ô chọn tệp');
    await userEvent.upload(input, new File([new Uint8Array([80, 75, 3, 4])], 'dak-ha-2024.xlsx'));
    return screen.findByRole('dialog', { name: 'Xem trước dữ liệu nhập: dak-ha-2024.xlsx' });
  }

  it('shows row errors and offers no commit while a row is wrong', async () => {
    const calls = await openGrid({ 'criteria.importPreview': () => bad });
    const dialog = await pickFile();
    expect(within(dialog).getByText('2 dòng, 1 dòng có lỗi')).toBeInTheDocument();
    expect(within(dialog).getByText(/Dòng 7, tiêu chí TC2 \(Giao thông\): giá trị 'y' không hợp lệ/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Ghi dữ liệu' })).toBeDisabled();
    const preview = calls.find((c) => c.channel === 'criteria.importPreview');
    expect(preview?.input).toEqual({ districtId: 8, year: 2024, base64: 'UEsDBA==' });
    expect(calls.some((c) => c.channel === 'criteria.importCommit')).toBe(false);
  });

  it('commits a clean file and reads the grid again', async () => {
    const clean: CriteriaImportPreview = { ...bad, errorCount: 0, rows: [{ ...bad.rows[0] }] };
    const calls = await openGrid({ 'criteria.importPreview': () => clean, 'criteria.importCommit': () => clean });
    const reads = calls.filter((c) => c.channel === 'criteria.forDistrictYear').length;
    const dialog = await pickFile();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ghi dữ liệu' }));
    expect(await screen.findByText('Đã ghi kết quả tiêu chí năm 2024 của 1 xã từ tệp Excel')).toBeInTheDocument();
    await waitFor(() => expect(calls.filter((c) => c.channel === 'criteria.forDistrictYear').length).toBe(reads + 1));
  });
});
