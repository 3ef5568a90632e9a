import type { SuccessorLink, UnitHistory, UnitRef } from '@shared/domain/unit-history';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { UnitLineage } from '../../renderer/src/features/unit-history/UnitLineage';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';
import { listItem, unitPages } from '../support/unit-fixtures';

afterEach(resetBackend);

function ref(id: number, name: string, extra: Partial<UnitRef> = {}): UnitRef {
  return { id, code: null, name, kind: 'commune', validFrom: null, validTo: null, ...extra };
}

const ngocWang = ref(10, 'Xã Ngọk Wang', { validTo: '2025-06-30' });
const ngocReo = ref(11, 'Xã Ngọk Réo', { validTo: '2025-06-30' });
const dakHaNew = ref(20, 'Xã Đắk Hà', { validFrom: '2025-07-01' });
const dakMar = ref(30, 'Xã Đắk Mar');

function link(
  id: number,
  predecessor: UnitRef,
  successor: UnitRef,
  relation: SuccessorLink['relation'],
  extra: Partial<SuccessorLink> = {},
) {
  return {
    id,
    predecessor,
    successor,
    relation,
    effectiveDate: '2025-07-01',
    decision: { number: '1665/NQ-UBTVQH15', date: '2025-06-16', issuer: 'Ủy ban Thường vụ Quốc hội' },
    note: '',
    ...extra,
  } satisfies SuccessorLink;
}

function historyOf(extra: Partial<UnitHistory> = {}): UnitHistory {
  return {
    unit: { ...ngocWang, version: 3 },
    successors: [link(1, ngocWang, dakHaNew, 'merged_into')],
    predecessors: [],
    current: [dakHaNew],
    ...extra,
  };
}

describe('a unit’s lineage across the 2025 reorganisation', () => {
  it('shows validity, links in Vietnamese with date and legal document, and today’s unit', async () => {
    fakeBackend({
      'unitHistory.successors': () =>
        historyOf({
          unit: { ...dakHaNew, version: 2 },
          successors: [link(3, dakMar, dakHaNew, 'split_from', { decision: { number: '', date: null, issuer: '' } })],
          predecessors: [link(1, ngocWang, dakHaNew, 'merged_into'), link(2, ngocReo, dakHaNew, 'renamed_to', { note: 'Giữ trụ sở cũ' })],
          current: [dakHaNew],
        }),
    });
    renderInApp(<UnitLineage unitId={20} />);

    const predecessors = await screen.findByRole('table', { name: 'Đơn vị tiền thân' });
    const rows = within(predecessors).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('Xã Ngọk Wang Sáp nhập vào Xã Đắk Hà');
    expect(rows[0]).toHaveTextContent('Có hiệu lực từ 01/07/2025');
    expect(rows[0]).toHaveTextContent('Văn bản số 1665/NQ-UBTVQH15 ngày 16/06/2025 của Ủy ban Thường vụ Quốc hội');
    expect(within(rows[0]).getByRole('link', { name: 'Xã Ngọk Wang' })).toHaveAttribute('href', '/units/10');
    // The unit itself is not a link to its own page.
    expect(within(rows[0]).queryByRole('link', { name: 'Xã Đắk Hà' })).not.toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Xã Ngọk Réo Đổi tên thành Xã Đắk Hà');
    expect(rows[1]).toHaveTextContent('Giữ trụ sở cũ');

    // Stored Đắk Mar -> Đắk Hà, read from the newer unit: "Xã Đắk Hà tách ra từ Xã Đắk Mar".
    const successors = screen.getByRole('table', { name: 'Đơn vị kế thừa' });
    expect(within(successors).getByRole('row')).toHaveTextContent('Xã Đắk Hà Tách ra từ Xã Đắk Mar');
    expect(within(successors).getByRole('row')).toHaveTextContent('Chưa ghi văn bản');

    expect(screen.getByText('01/07/2025')).toBeInTheDocument();
    expect(screen.getByText('Đang có hiệu lực')).toBeInTheDocument();
    expect(screen.getByText('Đơn vị vẫn đang có hiệu lực.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Quy về đơn vị hiện nay' })).toHaveAttribute('href', '/units/roll-up');
  });

  it('names today’s unit of a merged unit and says when there is none', async () => {
    fakeBackend({ 'unitHistory.successors': () => historyOf() });
    const first = renderInApp(<UnitLineage unitId={10} />);
    expect(await screen.findByText('30/06/2025')).toBeInTheDocument();
    expect(screen.getByText('Chưa ghi')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Xã Đắk Hà' }).map((a) => a.getAttribute('href'))).toEqual(['/units/20', '/units/20']);
    expect(screen.getByText('Không có đơn vị tiền thân.')).toBeInTheDocument();
    first.unmount();

    fakeBackend({ 'unitHistory.successors': () => historyOf({ successors: [], current: [] }) });
    renderInApp(<UnitLineage unitId={10} />);
    expect(await screen.findByText(/Không có đơn vị kế thừa/)).toBeInTheDocument();
    expect(screen.getByText('Chưa có đơn vị kế thừa.')).toBeInTheDocument();
  });

  it('adds a link with the relation, the other unit, the date and the legal document', async () => {
    let changed = 0;
    const calls = fakeBackend({
      'unitHistory.successors': () => historyOf({ unit: { ...ngocWang, validTo: null, version: 3 }, successors: [], current: [ngocWang] }),
      'units.list': unitPages([
        listItem({ id: 10, name: 'Xã Ngọk Wang', kind: 'commune', parentName: 'Huyện Đắk Hà' }),
        listItem({ id: 20, name: 'Xã Đắk Hà', kind: 'commune', parentName: 'Tỉnh Quảng Ngãi' }),
        listItem({ id: 30, name: 'Xã Đắk Mar', kind: 'commune', parentName: 'Huyện Đắk Hà' }),
      ]),
      'unitHistory.setSuccessor': () => link(7, ngocWang, dakHaNew, 'merged_into'),
    });
    renderInApp(<UnitLineage unitId={10} onChanged={() => (changed += 1)} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Thêm liên kết' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm liên kết – Xã Ngọk Wang' });

    // Nothing is sent while the unit and the date are missing.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu liên kết' }));
    expect(await within(dialog).findByText('Đơn vị kia không được để trống')).toBeInTheDocument();
    expect(within(dialog).getByText('Ngày có hiệu lực không được để trống')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'unitHistory.setSuccessor')).toBe(false);

    const relation = within(dialog).getByRole('combobox', { name: /Quan hệ/ });
    await userEvent.click(relation);
    const relations = document.getElementById(relation.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(
      within(relations)
        .getAllByRole('option', { hidden: true })
        .map((option) => option.textContent),
    ).toEqual(['Sáp nhập vào', 'Đổi tên thành', 'Tách ra từ']);
    await userEvent.click(within(relations).getByRole('option', { name: 'Sáp nhập vào', hidden: true }));

    const other = within(dialog).getByRole('combobox', { name: /Đơn vị kia/ });
    await userEvent.type(other, 'dak ha');
    const others = document.getElementById(other.getAttribute('aria-controls') ?? '') as HTMLElement;
    // Without diacritics, and never the unit itself (whose district is Đắk Hà too).
    const offered = within(others)
      .getAllByRole('option', { hidden: true })
      .map((option) => option.textContent);
    expect(offered).toEqual(['Xã Đắk Hà – Tỉnh Quảng Ngãi', 'Xã Đắk Mar – Huyện Đắk Hà']);
    await userEvent.click(within(others).getByRole('option', { name: 'Xã Đắk Hà – Tỉnh Quảng Ngãi', hidden: true }));

    await userEvent.type(within(dialog).getByRole('textbox', { name: /Ngày có hiệu lực/ }), '01/07/2025');
    await userEvent.type(within(dialog).getByLabelText('Số văn bản'), '1665/NQ-UBTVQH15');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Ngày văn bản' }), '16/06/2025');
    await userEvent.type(within(dialog).getByLabelText('Cơ quan ban hành'), 'Ủy ban Thường vụ Quốc hội');
    expect(within(dialog).getByText('Xã Ngọk Wang sáp nhập vào Xã Đắk Hà từ ngày 01/07/2025.')).toBeInTheDocument();
    expect(within(dialog).getByText(/Xã Ngọk Wang có hiệu lực đến hết ngày 30\/06\/2025\./)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu liên kết' }));

    await screen.findByText('Đã thêm liên kết');
    expect(calls.filter((c) => c.channel === 'unitHistory.setSuccessor').map((c) => c.input)).toEqual([
      {
        unitId: 10,
        relation: 'merged_into',
        otherUnitId: 20,
        effectiveDate: '2025-07-01',
        decision: { number: '1665/NQ-UBTVQH15', date: '2025-06-16', issuer: 'Ủy ban Thường vụ Quốc hội' },
        note: '',
      },
    ]);
    expect(calls.find((c) => c.channel === 'units.list')?.input).toEqual({ kinds: ['commune'], archived: 'all', page: 1, pageSize: 30 });
    await waitFor(() => expect(calls.filter((c) => c.channel === 'unitHistory.successors')).toHaveLength(2));
    expect(changed).toBe(1);
  });

  it('asks before removing a link and removes it only when confirmed', async () => {
    const calls = fakeBackend({
      'unitHistory.successors': () => historyOf(),
      'unitHistory.removeSuccessor': () => ({ removed: 1 }),
    });
    renderInApp(<UnitLineage unitId={10} />);
    const remove = await screen.findByRole('button', { name: 'Xóa liên kết: Xã Ngọk Wang sáp nhập vào Xã Đắk Hà' });

    await userEvent.click(remove);
    let dialog = await screen.findByRole('dialog', { name: 'Xóa liên kết đơn vị' });
    expect(dialog).toHaveTextContent('Xóa liên kết "Xã Ngọk Wang sáp nhập vào Xã Đắk Hà"?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.some((c) => c.channel === 'unitHistory.removeSuccessor')).toBe(false);

    await userEvent.click(remove);
    dialog = await screen.findByRole('dialog', { name: 'Xóa liên kết đơn vị' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xóa liên kết' }));
    await screen.findByText('Đã xóa liên kết');
    expect(calls.filter((c) => c.channel === 'unitHistory.removeSuccessor').map((c) => c.input)).toEqual([{ linkId: 1 }]);
  });

  it('edits the validity dates at the version read', async () => {
    const calls = fakeBackend({
      'unitHistory.successors': () => historyOf({ unit: { ...ngocWang, validTo: null, version: 3 } }),
      'unitHistory.setValidity': () => ({ ...listItem({ id: 10, name: 'Xã Ngọk Wang', kind: 'commune' }), version: 4 }),
    });
    renderInApp(<UnitLineage unitId={10} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Sửa ngày hiệu lực' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ngày hiệu lực – Xã Ngọk Wang' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Ngày thành lập' }), '16/07/2019');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Ngày hết hiệu lực' }), '30/06/2025');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await screen.findByText('Đã lưu ngày hiệu lực');
    expect(calls.filter((c) => c.channel === 'unitHistory.setValidity').map((c) => c.input)).toEqual([
      { id: 10, version: 3, validFrom: '2019-07-16', validTo: '2025-06-30' },
    ]);
  });
});
