import { LEVELS_BY_KIND, type Recognition } from '@shared/domain/criteria';
import { groupByCurrent } from '@shared/domain/roll-up';
import type { UnitRef } from '@shared/domain/unit-history';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { RollUpPage } from '../../renderer/src/features/unit-history/RollUpPage';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

afterEach(resetBackend);

function ref(id: number, name: string, kind: UnitRef['kind'] = 'commune'): UnitRef {
  return { id, code: null, name, kind, validFrom: '2025-07-01', validTo: null };
}

const dakHaNew = ref(20, 'Xã Đắk Hà');
const dakMar = ref(30, 'Xã Đắk Mar');

function recognition(id: number, unitNameAt: string, level: Recognition['level'], current: UnitRef[]) {
  return {
    id,
    unitId: id + 100,
    year: 2023,
    level,
    decision: { number: `${id}/QĐ-UBND`, date: '2023-12-20', signerAuthority: 'Chủ tịch UBND tỉnh' },
    unitNameAt,
    districtNameAt: 'Huyện Đắk Hà',
    note: '',
    version: 1,
    current,
  };
}

describe('rolling a year’s recognitions up to today’s units', () => {
  it('lists decisions as recorded next to today’s units, with totals per today’s unit', async () => {
    const decisions = [
      recognition(1, 'Xã Ngọk Wang', 'ntm', [dakHaNew]),
      recognition(2, 'Xã Ngọk Réo', 'ntm-advanced', [dakHaNew]),
      recognition(3, 'Xã Hà Mòn', 'none', [dakHaNew]),
      recognition(4, 'Xã Đắk La', 'ntm', [dakHaNew, dakMar]),
      recognition(5, 'Thôn 1', 'village-ntm', [ref(50, 'Thôn 1', 'village')]),
      { ...recognition(6, 'Huyện Đắk Hà', 'district-ntm', []), districtNameAt: null },
    ];
    // The server filters by kind and groups by today's unit (the shared roll-up the service uses).
    const calls = fakeBackend({
      'recognitions.list': (input) => {
        const kind = input.kind ?? 'commune';
        const matching = decisions.filter((r) =>
          r.level === 'none' ? r.current[0]?.kind === kind : LEVELS_BY_KIND[kind]?.includes(r.level),
        );
        const groups = groupByCurrent(matching);
        return {
          rows: matching,
          total: matching.length,
          recognised: matching.filter((r) => r.level !== 'none').length,
          groups: { rows: groups, total: groups.length },
        };
      },
    });
    renderInApp(<RollUpPage />, '/units/roll-up?year=2023&asOf=2026-01-15');

    const groups = await screen.findByRole('table', { name: 'Tổng hợp theo đơn vị hiện nay' });
    expect(calls[0]).toEqual({
      channel: 'recognitions.list',
      input: { year: 2023, rollUpAsOf: '2026-01-15', kind: 'commune', page: 1, groupPage: 1, pageSize: 50 },
    });
    expect(screen.getByText(/lần theo các liên kết sáp nhập, đổi tên, tách ra/)).toBeInTheDocument();
    const rows = within(groups).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'Đơn vị hiện naySố quyết địnhĐạt chuẩn trở lênTheo mứcĐơn vị khi ghi nhận',
      'Xã Đắk Hà321 đạt chuẩn nông thôn mới nâng cao; 1 đạt chuẩn nông thôn mới; 1 chưa đạt chuẩnXã Hà Mòn, Xã Ngọk Réo, Xã Ngọk Wang',
      'Tách cho nhiều đơn vị111 đạt chuẩn nông thôn mớiXã Đắk La',
      'Tổng cộng43',
    ]);

    const records = screen.getByRole('table', { name: 'Từng quyết định như đã ghi nhận' });
    const ngocWang = within(records).getByText('Xã Ngọk Wang').closest('tr') as HTMLElement;
    expect(ngocWang).toHaveTextContent('Huyện Đắk Hà');
    expect(ngocWang).toHaveTextContent('Số 1/QĐ-UBND ngày 20/12/2023 (Chủ tịch UBND tỉnh)');
    expect(within(ngocWang).getByRole('link', { name: 'Xã Đắk Hà' })).toHaveAttribute('href', '/units/20');
    const split = within(records).getByText('Xã Đắk La').closest('tr') as HTMLElement;
    expect(
      within(split)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Xã Đắk Hà', 'Xã Đắk Mar']);
    expect(screen.getByText('4 quyết định công nhận')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('radio', { name: 'Cấp huyện' }));
    const districtGroups = await screen.findByRole('table', { name: 'Tổng hợp theo đơn vị hiện nay' });
    await waitFor(() => expect(within(districtGroups).getAllByRole('row')[1]).toHaveTextContent('Không có đơn vị kế thừa'));
  });

  it('says so when the year has no decisions', async () => {
    fakeBackend({ 'recognitions.list': () => ({ rows: [], total: 0, recognised: 0, groups: { rows: [], total: 0 } }) });
    renderInApp(<RollUpPage />, '/units/roll-up?year=2022');
    expect(await screen.findByText('Chưa có quyết định công nhận nào trong năm 2022.')).toBeInTheDocument();
  });
});
