import type { CriteriaSet, Criterion } from '@shared/domain/criteria';
import { AppError } from '@shared/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { CriteriaSetsPage } from '../../renderer/src/features/criteria-sets/CriteriaSetsPage';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

function criterion(setId: number, id: number, number: number, name: string, groupName = '', archived = false): Criterion {
  return { id, setId, number, name, groupName, archived, version: 1 };
}

const communeSet: CriteriaSet = {
  id: 1,
  code: 'xa-ntm-2021-2025',
  name: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025',
  scope: 'commune',
  adminTypes: ['Xã'],
  legalBasis: { number: '318/QĐ-TTg', date: '2022-03-08', issuer: 'Thủ tướng Chính phủ', title: 'Quyết định ban hành Bộ tiêu chí' },
  validFrom: '2021-01-01',
  validTo: '2025-12-31',
  editable: false,
  version: 1,
  criteria: [
    criterion(1, 1, 1, 'Quy hoạch', 'I. Quy hoạch'),
    criterion(1, 2, 2, 'Giao thông', 'II. Hạ tầng kinh tế - xã hội'),
    criterion(1, 3, 3, 'Thủy lợi và phòng, chống thiên tai', 'II. Hạ tầng kinh tế - xã hội'),
  ],
};

const villageSet: CriteriaSet = {
  id: 3,
  code: 'thon-ntm-tinh',
  name: 'Bộ tiêu chí thôn, làng đạt chuẩn nông thôn mới',
  scope: 'village',
  adminTypes: [],
  legalBasis: { number: '', date: null, issuer: 'Ủy ban nhân dân tỉnh', title: '' },
  validFrom: '2021-01-01',
  validTo: '2025-12-31',
  editable: true,
  version: 4,
  criteria: [
    criterion(3, 31, 1, 'Giao thông'),
    { ...criterion(3, 32, 2, 'Điện'), version: 2 },
    criterion(3, 33, 3, 'Nhà văn hóa', '', true),
  ],
};

const sets = [communeSet, villageSet];

function renderPage(route = '/criteria/sets') {
  renderInApp(<CriteriaSetsPage />, route);
  return userEvent.setup();
}

afterEach(resetBackend);

describe('criteria sets screen', () => {
  it('shows the national set as fixed, with its legal basis, validity and criteria by group', async () => {
    fakeBackend({ 'criteria.sets': () => sets });
    renderPage();
    const table = await screen.findByRole('table', { name: `Tiêu chí của ${communeSet.name}` });
    expect(within(table).getByText('Thủy lợi và phòng, chống thiên tai')).toBeInTheDocument();
    expect(within(table).getByText('II. Hạ tầng kinh tế - xã hội')).toBeInTheDocument();
    expect(screen.getByText('Số 318/QĐ-TTg ngày 08/03/2022 của Thủ tướng Chính phủ')).toBeInTheDocument();
    expect(screen.getByText('Từ 01/01/2021 đến 31/12/2025')).toBeInTheDocument();
    expect(screen.getAllByText('Bộ tiêu chí quốc gia – cố định').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Thêm tiêu chí' })).not.toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /Sửa tiêu chí/ })).not.toBeInTheDocument();
  });

  it('adds a criterion to the provincial set, leaving the number to the server', async () => {
    const calls = fakeBackend({
      'criteria.sets': () => sets,
      'criteria.addCriterion': (input) => criterion(3, 40, 4, input.name, input.groupName),
    });
    const user = renderPage('/criteria/sets?set=3');
    await user.click(await screen.findByRole('button', { name: 'Thêm tiêu chí' }));
    const dialog = await screen.findByRole('dialog', { name: `Thêm tiêu chí vào ${villageSet.name}` });
    await user.type(within(dialog).getByLabelText(/Tên tiêu chí/), 'Vệ sinh môi trường');
    await user.type(within(dialog).getByLabelText('Nhóm tiêu chí'), 'Môi trường');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.filter((c) => c.channel === 'criteria.sets')).toHaveLength(2));
    expect(calls.find((c) => c.channel === 'criteria.addCriterion')?.input).toEqual({
      setId: 3,
      name: 'Vệ sinh môi trường',
      groupName: 'Môi trường',
    });
  });

  it('refuses a criterion without a name in Vietnamese and sends nothing', async () => {
    const calls = fakeBackend({ 'criteria.sets': () => sets });
    const user = renderPage('/criteria/sets?set=3');
    await user.click(await screen.findByRole('button', { name: 'Sửa tiêu chí Điện' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa tiêu chí số 2' });
    await user.clear(within(dialog).getByLabelText(/Tên tiêu chí/));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Tên tiêu chí không được để trống')).toBeInTheDocument();
    // Reads only (the set and its criteria's owners): nothing written.
    expect(calls.map((c) => c.channel).filter((channel) => channel !== 'agencies.owners')).toEqual(['criteria.sets']);
  });

  it('archives a criterion after asking, sending its other fields unchanged', async () => {
    const calls = fakeBackend({
      'criteria.sets': () => sets,
      'criteria.updateCriterion': (input) => ({
        ...criterion(3, input.id, input.number, input.name, input.groupName, input.archived),
        version: 3,
      }),
    });
    const user = renderPage('/criteria/sets?set=3');
    await user.click(await screen.findByRole('button', { name: 'Lưu trữ tiêu chí Điện' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lưu trữ tiêu chí' });
    expect(dialog).toHaveTextContent('Lưu trữ tiêu chí số 2 "Điện"?');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu trữ' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'criteria.updateCriterion')).toBe(true));
    expect(calls.find((c) => c.channel === 'criteria.updateCriterion')?.input).toEqual({
      id: 32,
      version: 2,
      number: 2,
      name: 'Điện',
      groupName: '',
      archived: true,
    });
    expect(await screen.findByText('Đã lưu trữ tiêu chí "Điện".')).toBeInTheDocument();
  });

  it('edits the set information of a national set with the version read', async () => {
    const calls = fakeBackend({
      'criteria.sets': () => sets,
      'criteria.updateSet': (input) => ({ ...communeSet, name: input.name, version: 2 }),
    });
    const user = renderPage();
    await user.click(await screen.findByRole('button', { name: 'Sửa thông tin bộ' }));
    const dialog = await screen.findByRole('dialog', { name: `Sửa thông tin: ${communeSet.name}` });
    const number = within(dialog).getByLabelText('Số văn bản');
    await user.clear(number);
    await user.type(number, '319/QĐ-TTg');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'criteria.updateSet')).toBe(true));
    expect(calls.find((c) => c.channel === 'criteria.updateSet')?.input).toEqual({
      id: 1,
      version: 1,
      name: communeSet.name,
      adminTypes: ['Xã'],
      legalBasis: { number: '319/QĐ-TTg', date: '2022-03-08', issuer: 'Thủ tướng Chính phủ', title: 'Quyết định ban hành Bộ tiêu chí' },
      validFrom: '2021-01-01',
      validTo: '2025-12-31',
    });
  });

  it('refuses an end of validity before its start, and shows a reload prompt on a stale set', async () => {
    const stale = `${villageSet.name} vừa được thay đổi ở nơi khác. Hãy tải lại rồi sửa lại.`;
    const calls = fakeBackend({
      'criteria.sets': () => sets,
      'criteria.updateSet': () => {
        throw new AppError('CONFLICT', stale);
      },
    });
    const user = renderPage('/criteria/sets?set=3');
    await user.click(await screen.findByRole('button', { name: 'Sửa thông tin bộ' }));
    const dialog = await screen.findByRole('dialog', { name: `Sửa thông tin: ${villageSet.name}` });
    const validTo = within(dialog).getByLabelText('Ngày hết hiệu lực');
    await user.clear(validTo);
    await user.type(validTo, '31/12/2020');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Ngày hết hiệu lực phải sau ngày bắt đầu áp dụng')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'criteria.updateSet')).toBe(false);

    await user.clear(validTo);
    await user.type(validTo, '31/12/2030');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const alert = await within(dialog).findByRole('alert', { name: 'Bộ tiêu chí đã được thay đổi ở nơi khác' });
    expect(alert).toHaveTextContent(stale);
    expect(calls.find((c) => c.channel === 'criteria.updateSet')?.input).toMatchObject({ id: 3, version: 4, validTo: '2030-12-31' });
    await user.click(within(alert).getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(calls.filter((c) => c.channel === 'criteria.sets')).toHaveLength(2));
  });
});
