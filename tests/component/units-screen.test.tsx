import type { InputOf } from '@shared/contract';
import type { UnitListItem } from '@shared/domain/units';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { UnitsScreen } from '../../renderer/src/features/units/UnitsScreen';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';
import { listItem, province, unitPages } from '../support/unit-fixtures';

afterEach(resetBackend);

const district = listItem({ id: 2, name: 'Huyện Đắk Hà', kind: 'district', parentId: 1, parentName: 'Tỉnh Kon Tum', childCount: 120 });
const villages: UnitListItem[] = Array.from({ length: 120 }, (_, i) =>
  listItem({ id: 100 + i, name: `Thôn ${String(i + 1).padStart(3, '0')}`, kind: 'village', parentId: 2, parentName: 'Huyện Đắk Hà' }),
);
const registry = [{ ...province, childCount: 1 }, district, ...villages];

function listCalls(calls: { channel: string; input: unknown }[]) {
  return calls
    .filter((call) => call.channel === 'units.list')
    .map((call) => (call.input ?? {}) as Exclude<InputOf<'units.list'>, undefined>);
}

describe('the units screen, a page at a time', () => {
  it('shows the server’s total and one page, and asks the server for the next page and another order', async () => {
    const calls = fakeBackend({ 'units.list': unitPages(registry) });
    const user = userEvent.setup();
    renderInApp(<UnitsScreen />, '/units');
    expect(await screen.findByRole('status')).toHaveTextContent('122 đơn vị');
    const table = screen.getByRole('table', { name: 'Đơn vị' });
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(screen.getByText('Hiển thị 1-50 trong 122')).toBeInTheDocument();
    expect(listCalls(calls)).toContainEqual({ archived: 'active', page: 1, pageSize: 50 });

    await user.click(screen.getByRole('button', { name: '3' }));
    await waitFor(() => expect(screen.getByText('Hiển thị 101-122 trong 122')).toBeInTheDocument());
    expect(within(table).getAllByRole('row')).toHaveLength(23);
    expect(listCalls(calls)).toContainEqual({ archived: 'active', page: 3, pageSize: 50 });

    await user.click(within(table).getByRole('button', { name: /Tên đơn vị/ }));
    await waitFor(() =>
      expect(listCalls(calls)).toContainEqual({ archived: 'active', page: 1, pageSize: 50, sort: 'name', direction: 'asc' }),
    );
    // Never the whole registry in one answer.
    expect(listCalls(calls).every((input) => (input.pageSize ?? 50) <= 200)).toBe(true);
  });

  it('builds the tree from the provinces and reads a unit’s children only when it is opened', async () => {
    const calls = fakeBackend({ 'units.list': unitPages(registry) });
    renderInApp(<UnitsScreen />, '/units');
    const tree = await screen.findByRole('tree', { name: 'Cây đơn vị theo huyện' });
    // The one province opens by itself: its districts are read, the district's units are not.
    expect(await within(tree).findByText('Huyện Đắk Hà')).toBeInTheDocument();
    const inputs = listCalls(calls);
    expect(inputs).toContainEqual({ kind: 'province', archived: 'active', sort: 'name', pageSize: 200 });
    expect(inputs).toContainEqual({ parentId: 1, kinds: ['district', 'commune'], archived: 'active', sort: 'name', pageSize: 200 });
    expect(inputs.some((input) => input.parentId === 2)).toBe(false);
    expect(inputs.every((input) => input.pageSize !== undefined)).toBe(true);
  });

  it('sends a typed query as soon as the search box is left, not after the pause', async () => {
    const calls = fakeBackend({ 'units.list': unitPages(registry) });
    const user = userEvent.setup();
    renderInApp(<UnitsScreen />, '/units');
    await screen.findByRole('status');
    await user.type(screen.getByLabelText('Tìm đơn vị'), 'Thôn 007');
    expect(listCalls(calls).some((input) => input.query === 'Thôn 007')).toBe(false);
    // Typing waits 300 ms before the query is sent; a click on a result (the box loses focus first) must not
    // be undone by that late send putting the list back in the address.
    await user.tab();
    expect(listCalls(calls).some((input) => input.query === 'Thôn 007')).toBe(true);
  });

  it('says when only the best matches of a query are paged', async () => {
    fakeBackend({ 'units.list': () => ({ rows: villages.slice(0, 50), total: 5000, rankedLimit: 1000 }) });
    renderInApp(<UnitsScreen />, '/units?q=thon');
    expect(
      await screen.findByText('Hiển thị 1.000 kết quả phù hợp nhất trong 5.000; gõ thêm hoặc lọc thêm để thu hẹp.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Hiển thị 1-50 trong 1.000')).toBeInTheDocument();
  });
});
