import type { CriteriaSet, Recognition, UnitYearCriteria } from '@shared/domain/criteria';
import type { UnitDetail } from '@shared/domain/units';
import { AppError } from '@shared/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { UnitRecords } from '../../renderer/src/features/unit-records/UnitRecords';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';
import { listItem } from '../support/unit-fixtures';

afterEach(resetBackend);

const villageSet: CriteriaSet = {
  id: 3,
  code: 'village-kt',
  name: 'Bộ tiêu chí thôn đạt chuẩn nông thôn mới tỉnh Kon Tum',
  scope: 'village',
  adminTypes: [],
  legalBasis: { number: '05/2022/QĐ-UBND', date: '2022-03-01', issuer: 'UBND tỉnh Kon Tum', title: '' },
  validFrom: '2021-01-01',
  validTo: null,
  editable: true,
  version: 1,
  criteria: [
    { id: 31, setId: 3, number: 1, name: 'Giao thông', groupName: '', archived: false, version: 1 },
    { id: 32, setId: 3, number: 2, name: 'Điện', groupName: '', archived: false, version: 1 },
    { id: 33, setId: 3, number: 3, name: 'Nhà văn hóa', groupName: '', archived: false, version: 1 },
    { id: 34, setId: 3, number: 4, name: 'Tiêu chí đã bỏ', groupName: '', archived: true, version: 1 },
  ],
};

const village: UnitDetail = {
  ...listItem({ id: 40, name: 'Thôn Kon Gung', kind: 'village', adminType: 'Thôn' }),
  children: [],
  ancestors: [],
};

const year = new Date().getFullYear() - 1;

function recorded(extra: Partial<UnitYearCriteria> = {}): UnitYearCriteria {
  return { unitId: 40, year, setId: 3, criteriaMet: [1], notes: [], count: 1, version: 4, ...extra };
}

function recognition(extra: Partial<Recognition> = {}): Recognition {
  return {
    id: 9,
    unitId: 40,
    year,
    level: 'village-ntm',
    decision: { number: '123/QĐ-UBND', date: `${year}-11-20`, signerAuthority: 'Chủ tịch UBND huyện' },
    unitNameAt: 'Thôn Kon Gung',
    districtNameAt: 'Huyện Đắk Hà',
    note: '',
    version: 2,
    ...extra,
  };
}

/** Picks an option of a Mantine Select by its visible name. */
async function choose(combobox: HTMLElement, option: string) {
  await userEvent.click(combobox);
  const listbox = document.getElementById(combobox.getAttribute('aria-controls') ?? '') as HTMLElement;
  await userEvent.click(within(listbox).getByRole('option', { name: option, hidden: true }));
}

describe('a unit’s new-rural record', () => {
  it('shows the set in force, counts ticks and saves the criteria at the version read', async () => {
    const calls = fakeBackend({
      'criteria.sets': () => [villageSet],
      'criteria.getUnitYear': () => recorded(),
      'recognitions.forUnit': () => [],
      'criteria.setUnitYear': (input) => recorded({ criteriaMet: input.criteriaMet, count: input.criteriaMet.length, version: 5 }),
    });
    renderInApp(<UnitRecords unit={village} />);

    expect(
      await screen.findByText('Bộ tiêu chí thôn đạt chuẩn nông thôn mới tỉnh Kon Tum (05/2022/QĐ-UBND ngày 01/03/2022)'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('1. Giao thông')).toBeChecked());
    expect(screen.queryByLabelText('4. Tiêu chí đã bỏ')).not.toBeInTheDocument();
    expect(screen.getByText('Đạt 1/3 tiêu chí')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lưu tiêu chí' })).toBeDisabled();

    await userEvent.click(screen.getByLabelText('3. Nhà văn hóa'));
    expect(screen.getByText('Đạt 2/3 tiêu chí')).toBeInTheDocument();
    expect(screen.getByText('Có thay đổi chưa lưu')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Lưu tiêu chí' }));

    await screen.findByText(`Đã lưu tiêu chí năm ${year} của Thôn Kon Gung`);
    expect(calls.filter((c) => c.channel === 'criteria.setUnitYear').map((c) => c.input)).toEqual([
      { unitId: 40, year, criteriaMet: [1, 3], notes: [], version: 4 },
    ]);
  });

  it('asks to reload when someone else saved the year first', async () => {
    fakeBackend({
      'criteria.sets': () => [villageSet],
      'criteria.getUnitYear': () => null,
      'recognitions.forUnit': () => [],
      'criteria.setUnitYear': () => {
        throw new AppError('CONFLICT', 'Dữ liệu đã thay đổi');
      },
    });
    renderInApp(<UnitRecords unit={village} />);
    expect(await screen.findByText('Chưa nhập tiêu chí cho năm này')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('2. Điện'));
    await userEvent.click(screen.getByRole('button', { name: 'Lưu tiêu chí' }));
    expect(await screen.findByText(/Dữ liệu đã được người khác sửa/)).toBeInTheDocument();
  });

  it('lists decisions by year and sets the level with its decision', async () => {
    const calls = fakeBackend({
      'criteria.sets': () => [villageSet],
      'criteria.getUnitYear': () => null,
      'recognitions.forUnit': () => [
        recognition({ id: 8, year: year - 1, level: 'none', decision: { number: '', date: null, signerAuthority: '' } }),
      ],
      'recognitions.warnings': () => [],
      'recognitions.set': (input) =>
        recognition({ level: input.level, decision: { number: input.decision?.number ?? '', date: null, signerAuthority: '' } }),
    });
    const onChanged = vi.fn();
    renderInApp(<UnitRecords unit={village} onChanged={onChanged} />);
    const table = await screen.findByRole('table', { name: 'Mức công nhận theo năm' });
    expect(within(table).getByText(String(year - 1))).toBeInTheDocument();
    expect(within(table).getByText('Thôn Kon Gung, Huyện Đắk Hà')).toBeInTheDocument();
    // The decision of the year before still holds.
    expect(screen.getByText(`Mức công nhận năm ${year}: Chưa đạt chuẩn (theo quyết định năm ${year - 1})`)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Thêm quyết định công nhận' }));
    const dialog = await screen.findByRole('dialog');
    const level = within(dialog).getByRole('combobox', { name: 'Mức công nhận' });
    await userEvent.click(level);
    const listbox = document.getElementById(level.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(
      within(listbox)
        .getAllByRole('option', { hidden: true })
        .map((option) => option.textContent),
    ).toEqual(['Chưa đạt chuẩn', 'Thôn đạt chuẩn nông thôn mới', 'Khu dân cư nông thôn mới kiểu mẫu']);
    await userEvent.click(within(listbox).getByRole('option', { name: 'Thôn đạt chuẩn nông thôn mới', hidden: true }));
    await userEvent.type(within(dialog).getByLabelText('Số quyết định'), '456/QĐ-UBND');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await screen.findByText('Đã lưu mức công nhận');
    // The page's change history is read again.
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(calls.filter((c) => c.channel === 'recognitions.set').map((c) => c.input)).toEqual([
      {
        unitId: 40,
        year,
        level: 'village-ntm',
        decision: { number: '456/QĐ-UBND', date: null, signerAuthority: '' },
        note: '',
        version: null,
      },
    ]);
  });

  it('edits a recorded decision, its year included, at the version read', async () => {
    const calls = fakeBackend({
      'criteria.sets': () => [villageSet],
      'criteria.getUnitYear': () => null,
      'recognitions.forUnit': () => [recognition()],
      'recognitions.warnings': () => [],
      'recognitions.update': (input) => recognition({ year: input.year, version: 3 }),
    });
    renderInApp(<UnitRecords unit={village} />);
    await userEvent.click(await screen.findByRole('button', { name: `Sửa quyết định năm ${year}` }));
    const dialog = await screen.findByRole('dialog', { name: `Sửa quyết định công nhận năm ${year} – Thôn Kon Gung` });
    expect(within(dialog).getByLabelText('Số quyết định')).toHaveValue('123/QĐ-UBND');
    await choose(within(dialog).getByRole('combobox', { name: 'Năm công nhận' }), String(year - 2));
    const number = within(dialog).getByLabelText('Số quyết định');
    await userEvent.clear(number);
    await userEvent.type(number, '77/QĐ-UBND');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await screen.findByText('Đã lưu mức công nhận');
    expect(calls.filter((c) => c.channel === 'recognitions.warnings').map((c) => c.input)).toEqual([
      { unitId: 40, year: year - 2, level: 'village-ntm' },
    ]);
    expect(calls.filter((c) => c.channel === 'recognitions.update').map((c) => c.input)).toEqual([
      {
        id: 9,
        version: 2,
        year: year - 2,
        level: 'village-ntm',
        decision: { number: '77/QĐ-UBND', date: `${year}-11-20`, signerAuthority: 'Chủ tịch UBND huyện' },
        note: '',
      },
    ]);
  });

  it('refuses an impossible decision date before asking the server anything', async () => {
    const calls = fakeBackend({
      'criteria.sets': () => [villageSet],
      'criteria.getUnitYear': () => null,
      'recognitions.forUnit': () => [],
    });
    renderInApp(<UnitRecords unit={village} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Thêm quyết định công nhận' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Ngày quyết định'), '31/02/2024');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Ngày không hợp lệ')).toBeInTheDocument();
    expect(calls.some((c) => c.channel.startsWith('recognitions.') && c.channel !== 'recognitions.forUnit')).toBe(false);
  });

  it('warns before saving an unlikely level and saves only when the user confirms', async () => {
    const warning = `Thôn Kon Gung chưa có quyết định công nhận "Thôn đạt chuẩn nông thôn mới" nào trước năm ${year}.`;
    const calls = fakeBackend({
      'criteria.sets': () => [villageSet],
      'criteria.getUnitYear': () => null,
      'recognitions.forUnit': () => [],
      'recognitions.warnings': () => [{ code: 'no-earlier-ntm', message: warning }],
      'recognitions.set': (input) => recognition({ level: input.level }),
    });
    renderInApp(<UnitRecords unit={village} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Thêm quyết định công nhận' }));
    const dialog = await screen.findByRole('dialog');
    await choose(within(dialog).getByRole('combobox', { name: 'Mức công nhận' }), 'Khu dân cư nông thôn mới kiểu mẫu');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await within(dialog).findByText(warning)).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'recognitions.set')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Vẫn lưu' }));
    await screen.findByText('Đã lưu mức công nhận');
    expect(calls.filter((c) => c.channel === 'recognitions.set').map((c) => c.input)).toEqual([
      {
        unitId: 40,
        year,
        level: 'village-model',
        decision: { number: '', date: null, signerAuthority: '' },
        note: '',
        version: null,
      },
    ]);
  });

  it('removes a decision after confirmation, at its version, and reads the list again', async () => {
    let list = [recognition()];
    const calls = fakeBackend({
      'criteria.sets': () => [villageSet],
      'criteria.getUnitYear': () => null,
      'recognitions.forUnit': () => list,
      'recognitions.remove': (input) => {
        list = [];
        return { id: input.id };
      },
    });
    renderInApp(<UnitRecords unit={village} />);
    await userEvent.click(await screen.findByRole('button', { name: `Xóa quyết định năm ${year}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Xóa quyết định công nhận' });
    expect(
      within(dialog).getByText(
        `Xóa quyết định công nhận năm ${year} (Thôn đạt chuẩn nông thôn mới) của Thôn Kon Gung? Việc xóa được ghi vào lịch sử thay đổi.`,
      ),
    ).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'recognitions.remove')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xóa' }));

    await screen.findByText(`Đã xóa quyết định công nhận năm ${year}`);
    expect(calls.filter((c) => c.channel === 'recognitions.remove').map((c) => c.input)).toEqual([{ id: 9, version: 2 }]);
    expect(await screen.findByText('Chưa có quyết định công nhận nào.')).toBeInTheDocument();
  });

  it('is not shown for units without new-rural records', () => {
    fakeBackend({});
    const { container } = renderInApp(<UnitRecords unit={{ ...village, kind: 'agency', adminType: 'Cơ quan' }} />);
    expect(container.textContent).not.toContain('Kết quả xây dựng nông thôn mới');
  });
});
