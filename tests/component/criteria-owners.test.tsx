import type { CriterionOwners } from '@shared/domain/agencies';
import type { CriteriaSet } from '@shared/domain/criteria';
import type { UnitListItem } from '@shared/domain/units';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { CriteriaSetsPage } from '../../renderer/src/features/criteria-sets/CriteriaSetsPage';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';
import { unitPages } from '../support/unit-fixtures';

const set: CriteriaSet = {
  id: 1,
  code: 'xa-ntm-2021-2025',
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
  ],
};

const agency = (id: number, name: string) => ({ id, name, archived: false });
const owners = (isDefault: boolean, roads = [agency(20, 'Sở Giao thông vận tải')]): CriterionOwners[] => [
  {
    criterionId: 1,
    setId: 1,
    number: 1,
    name: 'Quy hoạch',
    groupName: '',
    archived: false,
    agencies: [agency(21, 'Sở Xây dựng')],
    isDefault: true,
  },
  { criterionId: 2, setId: 1, number: 2, name: 'Giao thông', groupName: '', archived: false, agencies: roads, isDefault },
];
const unit = (id: number, name: string) => ({ id, name, kind: 'agency', archived: false }) as unknown as UnitListItem;

afterEach(resetBackend);

describe('responsible agencies on the criteria sets screen', () => {
  it('shows each criterion agencies with the QĐ 318 default flag, and saves a new choice', async () => {
    let saved = false;
    const calls = fakeBackend({
      'criteria.sets': () => [set],
      'agencies.owners': () => (saved ? owners(false, [agency(20, 'Sở Giao thông vận tải'), agency(21, 'Sở Xây dựng')]) : owners(true)),
      'units.list': unitPages([unit(20, 'Sở Giao thông vận tải'), unit(21, 'Sở Xây dựng')]),
      'agencies.setOwners': () => {
        saved = true;
        return owners(false)[1];
      },
    });
    renderInApp(<CriteriaSetsPage />, '/criteria/sets');
    const user = userEvent.setup();
    const row = (await screen.findByRole('link', { name: 'Sở Giao thông vận tải' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Mặc định theo QĐ 318/QĐ-TTg')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Sở Giao thông vận tải' })).toHaveAttribute(
      'href',
      expect.stringContaining('/agencies/20'),
    );

    await user.click(within(row).getByRole('button', { name: 'Giao cơ quan phụ trách tiêu chí Giao thông' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cơ quan phụ trách tiêu chí 2. Giao thông' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Cơ quan phụ trách' }));
    await user.type(within(dialog).getByRole('combobox', { name: 'Cơ quan phụ trách' }), 'xay dung');
    await user.click(await screen.findByRole('option', { name: 'Sở Xây dựng', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'agencies.setOwners')?.input).toEqual({ criterionId: 2, agencyIds: [20, 21] }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Cơ quan phụ trách tiêu chí/u })).toBeNull());
    await waitFor(() => {
      const roads = screen.getByRole('button', { name: 'Giao cơ quan phụ trách tiêu chí Giao thông' }).closest('tr') as HTMLElement;
      expect(within(roads).queryByText('Mặc định theo QĐ 318/QĐ-TTg')).toBeNull();
      expect(within(roads).getByRole('link', { name: 'Sở Xây dựng' })).toBeInTheDocument();
    });
  });
});
