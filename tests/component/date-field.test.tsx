import type { Milestone } from '@shared/domain/movements';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { isInvalidDate } from '../../renderer/src/components/date-value';
import { DateField } from '../../renderer/src/components/DateField';
import { milestoneValues, newMilestoneValues } from '../../renderer/src/features/movements/milestone-form-values';
import { MilestoneForm } from '../../renderer/src/features/movements/MilestoneForm';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';
import { seedMilestones } from './movements-fixtures';

afterEach(resetBackend);

function renderNewMilestone() {
  const calls = fakeBackend({ 'milestones.create': (input) => ({ ...seedMilestones[0], ...input, id: 9, version: 1 }) });
  const onSaved = vi.fn();
  renderInApp(<MilestoneForm movementId={1} initialValues={newMilestoneValues(1)} onSaved={onSaved} onCancel={vi.fn()} />);
  return { calls, onSaved, user: userEvent.setup() };
}

const dueDate = () => screen.getByRole('textbox', { name: /Hạn hoàn thành/ });

describe('an impossible date typed in a date field', () => {
  it.each(['31/02/2024', '00/01/2024', '32/12/2024', '29/02/2023'])(
    '%s stays as typed, says "Ngày không hợp lệ" and nothing is sent',
    async (typed) => {
      const { calls, onSaved, user } = renderNewMilestone();
      await user.type(screen.getByRole('textbox', { name: /Nội dung mốc/ }), 'Kiểm tra giữa kỳ');
      await user.type(dueDate(), typed);
      await user.click(screen.getByRole('button', { name: 'Lưu' }));

      const field = dueDate();
      expect(field).toHaveValue(typed);
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(await screen.findByText('Ngày không hợp lệ')).toBeInTheDocument();
      // The refused field is where the user is taken.
      await waitFor(() => expect(field).toHaveFocus());
      expect(calls).toHaveLength(0);
      expect(onSaved).not.toHaveBeenCalled();
    },
  );

  it('outside a form, says so as soon as the field is left, and gives the marker, not a date, to its owner', async () => {
    const changes: (string | null)[] = [];
    function Harness() {
      const [value, setValue] = useState<string | null>('2024-01-15');
      return (
        <DateField
          label="Ngày ban hành"
          value={value}
          onChange={(next) => {
            changes.push(next);
            setValue(next);
          }}
        />
      );
    }
    renderInApp(<Harness />);
    const user = userEvent.setup();
    const field = screen.getByRole('textbox', { name: 'Ngày ban hành' });
    expect(field).toHaveValue('15/01/2024');
    await user.clear(field);
    await user.type(field, '31/02/2024');
    expect(screen.queryByText('Ngày không hợp lệ')).not.toBeInTheDocument();
    await user.tab();
    expect(field).toHaveValue('31/02/2024');
    expect(await screen.findByText('Ngày không hợp lệ')).toBeInTheDocument();
    const last = changes.at(-1) ?? null;
    expect(isInvalidDate(last)).toBe(true);
    expect(last).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('saves once the date is corrected, as yyyy-MM-dd', async () => {
    const { calls, onSaved, user } = renderNewMilestone();
    await user.type(screen.getByRole('textbox', { name: /Nội dung mốc/ }), 'Kiểm tra giữa kỳ');
    await user.type(dueDate(), '31/02/2024');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Ngày không hợp lệ')).toBeInTheDocument();

    await user.clear(dueDate());
    await user.type(dueDate(), '29/02/2024');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls[0].input).toMatchObject({ dueDate: '2024-02-29', completedDate: null });
    expect(screen.queryByText('Ngày không hợp lệ')).not.toBeInTheDocument();
  });

  it('clears an optional date to null', async () => {
    const milestone: Milestone = { ...seedMilestones[0], completedDate: '2024-05-20' };
    const calls = fakeBackend({ 'milestones.update': (input) => ({ ...milestone, ...input, version: 2 }) });
    const onSaved = vi.fn();
    renderInApp(
      <MilestoneForm
        movementId={1}
        milestone={milestone}
        initialValues={milestoneValues(milestone)}
        onSaved={onSaved}
        onCancel={vi.fn()}
      />,
    );
    const user = userEvent.setup();
    const completed = screen.getByRole('textbox', { name: /Ngày hoàn thành/ });
    expect(completed).toHaveValue('20/05/2024');
    await user.clear(completed);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls[0].input).toMatchObject({ id: milestone.id, completedDate: null, dueDate: milestone.dueDate });
  });

  it('an impossible date in an optional field blocks the save too', async () => {
    const milestone: Milestone = { ...seedMilestones[0] };
    const calls = fakeBackend({});
    renderInApp(
      <MilestoneForm
        movementId={1}
        milestone={milestone}
        initialValues={milestoneValues(milestone)}
        onSaved={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    const user = userEvent.setup();
    const completed = screen.getByRole('textbox', { name: /Ngày hoàn thành/ });
    await user.type(completed, '30/02/2025');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    const wrapper = completed.closest('.mantine-InputWrapper-root') as HTMLElement;
    expect(await within(wrapper).findByText('Ngày không hợp lệ')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });
});
