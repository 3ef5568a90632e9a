import type { SuccessorLink, UnitHistory, UnitRef } from '@shared/domain/unit-history';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { UnitLineage } from '../../renderer/src/features/unit-history/UnitLineage';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

afterEach(resetBackend);

const konTum: UnitRef = { id: 1, code: '62', name: 'Tỉnh Kon Tum', kind: 'province', validFrom: null, validTo: null };
const quangNgai: UnitRef = { id: 200, code: '51', name: 'Tỉnh Quảng Ngãi', kind: 'province', validFrom: null, validTo: null };
const merger: SuccessorLink = {
  id: 5,
  predecessor: { ...konTum, validTo: '2025-06-30' },
  successor: quangNgai,
  relation: 'merged_into',
  effectiveDate: '2025-07-01',
  decision: { number: '202/2025/QH15', date: '2025-06-12', issuer: 'Quốc hội' },
  note: '',
};

function history(extra: Partial<UnitHistory> = {}): UnitHistory {
  return { unit: { ...konTum, version: 1 }, successors: [], predecessors: [], current: [konTum], ...extra };
}

describe('a successor province, the one way a second province enters', () => {
  it('creates the province and its link in one call from the province page', async () => {
    let changed = 0;
    const calls = fakeBackend({ 'unitHistory.successors': () => history(), 'unitHistory.createSuccessor': () => merger });
    renderInApp(<UnitLineage unitId={1} onChanged={() => (changed += 1)} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Tạo tỉnh kế thừa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo tỉnh kế thừa Tỉnh Kon Tum' });

    await userEvent.click(within(dialog).getByRole('button', { name: 'Tạo tỉnh kế thừa' }));
    expect(await within(dialog).findByText('Tên tỉnh kế thừa không được để trống')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'unitHistory.createSuccessor')).toBe(false);

    await userEvent.type(within(dialog).getByRole('textbox', { name: /Tên tỉnh kế thừa/ }), 'Tỉnh Quảng Ngãi');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Mã tỉnh' }), '51');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Ngày có hiệu lực/ }), '01/07/2025');
    await userEvent.type(within(dialog).getByLabelText('Số văn bản'), '202/2025/QH15');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Ngày văn bản' }), '12/06/2025');
    await userEvent.type(within(dialog).getByLabelText('Cơ quan ban hành'), 'Quốc hội');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tạo tỉnh kế thừa' }));

    await screen.findByText('Đã tạo Tỉnh Quảng Ngãi và liên kết kế thừa');
    expect(calls.filter((c) => c.channel === 'unitHistory.createSuccessor').map((c) => c.input)).toEqual([
      {
        predecessorId: 1,
        relation: 'merged_into',
        unit: { name: 'Tỉnh Quảng Ngãi', code: '51', kind: 'province', adminType: 'Tỉnh', parentId: null },
        effectiveDate: '2025-07-01',
        decision: { number: '202/2025/QH15', date: '2025-06-12', issuer: 'Quốc hội' },
        note: '',
      },
    ]);
    await waitFor(() => expect(changed).toBe(1));
  });

  it('is not offered once the province has a successor, nor for other units', async () => {
    fakeBackend({ 'unitHistory.successors': () => history({ successors: [merger], current: [quangNgai] }) });
    renderInApp(<UnitLineage unitId={1} />);
    await screen.findByRole('table', { name: 'Đơn vị kế thừa' });
    expect(screen.queryByRole('button', { name: 'Tạo tỉnh kế thừa' })).not.toBeInTheDocument();
  });
});
