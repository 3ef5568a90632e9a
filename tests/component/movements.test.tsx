import type { MovementDetail } from '@shared/domain/movements';
import { AppError } from '@shared/errors';
import { todayIso } from '@shared/format/date';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';

import { parseFigure } from '../../renderer/src/features/movements/format';
import { MovementPage } from '../../renderer/src/features/movements/MovementPage';
import { MovementsPage } from '../../renderer/src/features/movements/MovementsPage';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';
import { dakHa, province, unitPages } from '../support/unit-fixtures';
import { planSubmissions, seedMilestones, seedMovement, seedTargets } from './movements-fixtures';

afterEach(resetBackend);

function renderMovement(tab?: string) {
  renderInApp(
    <Routes>
      <Route path="/movements/:id" element={<MovementPage />} />
    </Routes>,
    `/movements/1${tab ? `?tab=${tab}` : ''}`,
  );
  return userEvent.setup();
}

const movementHandlers = {
  'movements.get': () => seedMovement,
  'targets.list': () => seedTargets,
  'milestones.list': () => seedMilestones,
  'submissions.list': () => planSubmissions,
};

describe('movement page', () => {
  it('shows the launching document and the eight targets of the seed plan, each explained in plain words', async () => {
    fakeBackend(movementHandlers);
    const user = renderMovement();
    expect(await screen.findByRole('heading', { name: 'Kon Tum chung sức xây dựng nông thôn mới' })).toBeInTheDocument();
    expect(screen.getAllByText(/Số 2017\/KH-UBND ngày 28\/06\/2022 của Ủy ban nhân dân tỉnh Kon Tum/).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('tab', { name: 'Chỉ tiêu' }));
    const table = await screen.findByRole('table', { name: 'Chỉ tiêu của phong trào' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(1 + 8));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(rows[0]).toHaveTextContent('≥ 50%');
    expect(rows[0]).toHaveTextContent('Số thôn, làng vùng đồng bào DTTS đạt chuẩn NTM trở lên / tổng số thôn, làng vùng đồng bào DTTS (%)');
    expect(rows[2]).toHaveTextContent('≥ 60 xã');
    expect(rows[2]).toHaveTextContent(
      'Số xã đạt chuẩn NTM trở lên; trong đó đạt chuẩn NTM nâng cao trở lên: 20; đạt chuẩn NTM kiểu mẫu trở lên: 6',
    );
    expect(rows[3]).toHaveTextContent('≤ 0 xã');
    expect(rows[6]).toHaveTextContent('Không định lượng (theo dõi)');
    expect(rows[7]).toHaveTextContent('≥ 1,5 lần');
    expect(rows[7]).toHaveTextContent('Thu nhập bình quân đầu người khu vực nông thôn năm đánh giá / năm 2020');
  });

  it("edits a target's goal and sends the whole target at the version read", async () => {
    const calls = fakeBackend({ ...movementHandlers, 'targets.update': (input) => ({ ...seedTargets[2], goal: input.goal, version: 2 }) });
    const user = renderMovement('targets');
    await user.click(await screen.findByRole('button', { name: 'Sửa chỉ tiêu 3' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa chỉ tiêu 3' });
    const goal = within(dialog).getByRole('textbox', { name: 'Mức chỉ tiêu' });
    expect(goal).toHaveValue('60');
    await user.clear(goal);
    await user.type(goal, '65');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'targets.update')).toBe(true));
    const update = calls.find((c) => c.channel === 'targets.update');
    expect(update?.input).toEqual({
      id: 3,
      version: 1,
      code: '3',
      ordinal: 3,
      label: seedTargets[2].label,
      goal: 65,
      direction: 'at-least',
      baseYear: 2021,
      note: '',
      definition: seedTargets[2].definition,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('adds a milestone with the typed due date as yyyy-MM-dd', async () => {
    const calls = fakeBackend({
      ...movementHandlers,
      'milestones.create': (input) => ({ ...seedMilestones[0], ...input, id: 5, version: 1 }),
    });
    const user = renderMovement('milestones');
    await screen.findByRole('table', { name: 'Mốc thời gian' });
    await user.click(screen.getByRole('button', { name: 'Thêm mốc' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm mốc thời gian' });
    await user.type(within(dialog).getByRole('textbox', { name: /Nội dung mốc/ }), 'Kiểm tra giữa kỳ');
    await user.type(within(dialog).getByRole('textbox', { name: /Hạn hoàn thành/ }), '15/03/2024');
    await user.click(within(dialog).getByRole('checkbox', { name: /phải nộp văn bản/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'milestones.create')).toBe(true));
    expect(calls.find((c) => c.channel === 'milestones.create')?.input).toEqual({
      movementId: 1,
      ordinal: 5,
      title: 'Kiểm tra giữa kỳ',
      kind: 'other',
      dueDate: '2024-03-15',
      responsible: '',
      requiresSubmission: true,
      completedDate: null,
      note: '',
    });
  });

  it('highlights late units, filters them, and marks a submission received today', async () => {
    const calls = fakeBackend({
      ...movementHandlers,
      'submissions.set': (input) => ({ ...planSubmissions[2], id: 13, receivedDate: input.receivedDate ?? null, version: 1 }),
    });
    const user = renderMovement('submissions');
    const table = await screen.findByRole('table', { name: 'Văn bản các đơn vị phải nộp' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    const late = within(table).getByRole('row', { name: /Thành phố Kon Tum/ });
    expect(late).toHaveAttribute('data-overdue', 'true');
    // Days late in Vietnamese grouping (1.581), counted from 31/07/2022 to today.
    const days = Math.round((Date.parse(`${todayIso()}T00:00:00Z`) - Date.parse('2022-07-31T00:00:00Z')) / 86_400_000);
    expect(late).toHaveTextContent(`Quá hạn ${days.toLocaleString('de-DE')} ngày`);
    expect(within(table).getByRole('row', { name: /Huyện Đắk Hà/ })).not.toHaveAttribute('data-overdue');
    expect(screen.getByRole('status')).toHaveTextContent('Đã nhận 1/3 đơn vị · 1 đơn vị quá hạn');

    await user.click(screen.getByRole('checkbox', { name: 'Chỉ hiện đơn vị quá hạn' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));

    await user.click(within(table).getByRole('button', { name: 'Ghi nhận văn bản của Thành phố Kon Tum' }));
    const dialog = await screen.findByRole('dialog', { name: 'Văn bản của Thành phố Kon Tum' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Số văn bản' }), '98/KH-UBND');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'submissions.set')).toBe(true));
    expect(calls.find((c) => c.channel === 'submissions.set')?.input).toEqual({
      milestoneId: 2,
      unitId: 10,
      dueDate: null,
      receivedDate: todayIso(),
      documentNumber: '98/KH-UBND',
      notRequired: false,
      note: '',
      version: null,
    });
  });

  it('shows a reload prompt when the movement was changed elsewhere', async () => {
    const stale = 'Phong trào "Kon Tum chung sức xây dựng nông thôn mới" vừa được thay đổi ở nơi khác.';
    const calls = fakeBackend({
      ...movementHandlers,
      'units.list': unitPages([province, dakHa]),
      'movements.update': () => {
        throw new AppError('CONFLICT', stale);
      },
    });
    const user = renderMovement();
    await user.click(await screen.findByRole('button', { name: 'Sửa' }));
    const dialog = await screen.findByRole('dialog');
    const description = await within(dialog).findByRole('textbox', { name: 'Mô tả' });
    await user.type(description, ' Bổ sung.');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const alert = await within(dialog).findByRole('alert', { name: 'Phong trào đã được thay đổi ở nơi khác' });
    expect(alert).toHaveTextContent(stale);
    expect(calls.find((c) => c.channel === 'movements.update')?.input).toMatchObject({ id: 1, version: 4 });
    expect(within(dialog).getByRole('button', { name: 'Lưu' })).toBeDisabled();
    expect(within(alert).getByRole('button', { name: 'Tải lại' })).toBeInTheDocument();
  });
});

describe('movements list', () => {
  it('lists movements with kind, period, launching document and status', async () => {
    fakeBackend({ 'movements.list': () => [{ ...(seedMovement as MovementDetail), participantCount: 3, targetCount: 8 }] });
    renderInApp(<MovementsPage />);
    const row = await screen.findByRole('row', { name: /Kon Tum chung sức/ });
    expect(row).toHaveTextContent('Chuyên đề');
    expect(row).toHaveTextContent('2021 – 2025');
    expect(row).toHaveTextContent('Số 2017/KH-UBND ngày 28/06/2022 của Ủy ban nhân dân tỉnh Kon Tum');
    expect(row).toHaveTextContent('Đang triển khai');
  });

  it('refuses a new movement without a name or with the end before the start, in Vietnamese, and sends nothing', async () => {
    const calls = fakeBackend({ 'movements.list': () => [], 'units.list': unitPages([province, dakHa]) });
    renderInApp(<MovementsPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Thêm phong trào' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm phong trào thi đua' });
    const start = await within(dialog).findByRole('textbox', { name: /Năm bắt đầu/ });
    const end = within(dialog).getByRole('textbox', { name: /Năm kết thúc/ });
    await user.clear(start);
    await user.type(start, '2025');
    await user.clear(end);
    await user.type(end, '2021');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Tên phong trào không được để trống')).toBeInTheDocument();
    expect(within(dialog).getByText('Năm kết thúc phải từ năm bắt đầu trở đi')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /Tên phong trào/ })).toHaveAttribute('aria-invalid', 'true');
    expect(calls.map((c) => c.channel)).not.toContain('movements.create');
  });

  it('creates a movement with the province as its area and the typed launching document', async () => {
    const calls = fakeBackend({
      'movements.list': () => [],
      'units.list': unitPages([province, dakHa]),
      'movements.create': (input) => ({ ...seedMovement, id: 2, name: input.name }),
    });
    renderInApp(
      <Routes>
        <Route path="/" element={<MovementsPage />} />
        <Route path="/movements/:id" element={<p>trang phong trào</p>} />
      </Routes>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Thêm phong trào' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm phong trào thi đua' });
    await user.type(await within(dialog).findByRole('textbox', { name: /Tên phong trào/ }), 'Thi đua cải cách hành chính');
    await user.type(within(dialog).getByRole('textbox', { name: 'Số văn bản phát động' }), '55/KH-UBND');
    await user.type(within(dialog).getByRole('textbox', { name: 'Ngày văn bản phát động' }), '02/01/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('trang phong trào')).toBeInTheDocument();
    expect(calls.find((c) => c.channel === 'movements.create')?.input).toMatchObject({
      name: 'Thi đua cải cách hành chính',
      kind: 'thematic',
      status: 'planned',
      scopeUnitId: 1,
      participantIds: [],
      document: { number: '55/KH-UBND', date: '2026-01-02', issuer: '', title: '', attachmentPath: '' },
    });
  });
});

describe('income', () => {
  it('reads amounts typed the Vietnamese way', () => {
    expect(parseFigure('1.234.567')).toBe(1234567);
    expect(parseFigure('35,2')).toBe(35.2);
    expect(parseFigure('1.234,5')).toBe(1234.5);
    expect(parseFigure('abc')).toBeNull();
  });

  it('refuses an amount that is not a number and sets a valid one for the chosen year', async () => {
    const calls = fakeBackend({
      ...movementHandlers,
      'income.list': () => [{ id: 1, unitId: 1, year: 2020, amount: 30.5, note: '', version: 1 }],
      'income.set': (input) => ({
        id: 2,
        unitId: input.unitId,
        year: input.year,
        amount: input.amount,
        note: input.note ?? '',
        version: 1,
      }),
    });
    const user = renderMovement('income');
    const table = await screen.findByRole('table', { name: 'Thu nhập bình quân đầu người khu vực nông thôn' });
    await waitFor(() => expect(within(table).getByRole('row', { name: /^2020/ })).toHaveTextContent('30,5'));
    await user.click(within(table).getByRole('button', { name: 'Nhập thu nhập năm 2024' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thu nhập năm 2024 – Tỉnh Kon Tum' });
    const amount = within(dialog).getByRole('textbox', { name: /Thu nhập bình quân/ });
    await user.type(amount, 'nhiều');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Thu nhập phải là số lớn hơn 0 (triệu đồng/người/năm), ví dụ 35,2')).toBeInTheDocument();
    expect(calls.map((c) => c.channel)).not.toContain('income.set');
    await user.clear(amount);
    await user.type(amount, '45,75');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('income.set'));
    expect(calls.find((c) => c.channel === 'income.set')?.input).toEqual({
      unitId: 1,
      year: 2024,
      amount: 45.75,
      note: '',
      version: null,
    });
  });
});
