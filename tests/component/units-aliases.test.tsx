import type { UnitAlias, UnitMatch } from '@shared/domain/units';
import { AppError } from '@shared/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { UnitAliases } from '../../renderer/src/features/units/UnitAliases';
import { UnitMatchChoice } from '../../renderer/src/features/units/UnitMatchChoice';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

afterEach(resetBackend);

const unit = { id: 7, name: 'Xã Ngok Wang', archived: false };
const alias = (id: number, name: string, source: UnitAlias['source'] = 'user'): UnitAlias => ({
  id,
  unitId: 7,
  name,
  source,
  createdAt: '2026-03-05T02:07:00.000Z',
});

/** The section as the unit page holds it: the list is read again after each change. */
function Harness({ initial }: { initial: UnitAlias[] }) {
  const [aliases, setAliases] = useState(initial);
  return <UnitAliases unit={unit} aliases={aliases} onChanged={() => setAliases((current) => [...current, alias(99, 'reloaded')])} />;
}

describe('the other names of a unit (tên gọi khác)', () => {
  it('lists each with where it came from, adds one and shows a refusal on the field', async () => {
    const calls = fakeBackend({
      'units.addAlias': (input) => {
        if (input.name === 'Ngok Wang')
          throw new AppError(
            'VALIDATION',
            '"Ngok Wang" đã khớp với tên chính thức "Xã Ngok Wang" (kể cả khi bỏ dấu), không cần thêm làm tên gọi khác.',
          );
        return alias(3, input.name);
      },
    });
    renderInApp(<Harness initial={[alias(1, 'xã Ngọc Wang', 'import'), alias(2, 'Xã Đắk Rơ Nga', 'merged')]} />);
    const section = screen.getByRole('region', { name: 'Tên gọi khác' });
    expect(section).toHaveTextContent('xã Ngọc Wang(Từ lần nhập dữ liệu)');
    expect(section).toHaveTextContent('Xã Đắk Rơ Nga(Tên cũ (sáp nhập))');

    const field = within(section).getByLabelText('Thêm tên gọi khác');
    await userEvent.type(field, 'Ngok Wang');
    await userEvent.click(within(section).getByRole('button', { name: 'Thêm' }));
    expect(await within(section).findByText(/đã khớp với tên chính thức/u)).toBeVisible();

    await userEvent.clear(field);
    await userEvent.type(field, 'Ngọk Wang');
    await userEvent.click(within(section).getByRole('button', { name: 'Thêm' }));
    await waitFor(() => expect(section).toHaveTextContent('reloaded'));
    expect(calls.filter((c) => c.channel === 'units.addAlias').map((c) => c.input)).toEqual([
      { unitId: 7, name: 'Ngok Wang' },
      { unitId: 7, name: 'Ngọk Wang' },
    ]);
    expect(field).toHaveValue('');
  });

  it('removes one only after a confirmation naming it and the unit', async () => {
    const calls = fakeBackend({ 'units.removeAlias': (input) => ({ removed: input.id }) });
    renderInApp(<Harness initial={[alias(1, 'xã Ngọc Wang', 'import')]} />);
    await userEvent.click(screen.getByRole('button', { name: 'Xóa tên gọi khác xã Ngọc Wang' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xóa tên gọi khác?' });
    expect(dialog).toHaveTextContent('Xóa "xã Ngọc Wang" khỏi các tên gọi khác của Xã Ngok Wang?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(calls).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Xóa tên gọi khác xã Ngọc Wang' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Xóa tên gọi khác?' })).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(calls).toEqual([{ channel: 'units.removeAlias', input: { id: 1 } }]));
  });
});

describe('choosing the unit a written name means', () => {
  const candidate = (unitId: number, name: string, quality: UnitMatch['quality'], reason: string): UnitMatch => ({
    unitId,
    name,
    kind: 'commune',
    adminType: 'Xã',
    parentName: 'Huyện Đắk Hà',
    archived: false,
    quality,
    reason,
    otherType: false,
  });

  it('shows each candidate with why it matched, and keeps the written name as an alias of the pick', async () => {
    const calls = fakeBackend({ 'units.addAlias': (input) => alias(5, 'xã Ngọc Wang', input.fromImport ? 'import' : 'user') });
    function Choice() {
      const [value, setValue] = useState<number | null>(null);
      return (
        <UnitMatchChoice
          written="UBND xã Ngọc Wang"
          candidates={[
            candidate(7, 'Xã Ngok Wang', 'approximate', 'gần đúng: Ngọc ↔ Ngok'),
            candidate(8, 'Xã Ngok Réo', 'approximate', 'gần đúng: x'),
          ]}
          value={value}
          onChange={setValue}
        />
      );
    }
    renderInApp(<Choice />);
    const group = screen.getByRole('radiogroup', { name: '"UBND xã Ngọc Wang" là đơn vị nào?' });
    expect(group).toHaveTextContent(/Xã Ngok Wang\s*thuộc Huyện Đắk Hà\s*Gần đúng\s*gần đúng: Ngọc ↔ Ngok/u);
    expect(screen.queryByRole('button', { name: /làm tên gọi khác/u })).toBeNull();
    await userEvent.click(within(group).getByRole('radio', { name: /Xã Ngok Wang/u }));
    await userEvent.click(screen.getByRole('button', { name: 'Lưu "UBND xã Ngọc Wang" làm tên gọi khác của Xã Ngok Wang' }));
    await waitFor(() =>
      expect(calls).toEqual([{ channel: 'units.addAlias', input: { unitId: 7, name: 'UBND xã Ngọc Wang', fromImport: true } }]),
    );
    await waitFor(() => expect(screen.queryByRole('button', { name: /làm tên gọi khác/u })).toBeNull());
  });
});
