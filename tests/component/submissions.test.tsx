import type { Attachment } from '@shared/domain/attachments';
import type { Submission } from '@shared/domain/movements';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';

import { forgetCapabilities } from '../../renderer/src/features/documents/capabilities';
import { MovementPage } from '../../renderer/src/features/movements/MovementPage';
import { type CallRecord, fakeBackend, renderInApp, resetBackend } from '../support/render';
import { planSubmissions, seedMilestones, seedMovement, seedTargets } from './movements-fixtures';

afterEach(() => {
  resetBackend();
  forgetCapabilities();
});

/** Đắk Hà sent 12 days late with one file attached; Sa Thầy is excused; Kon Tum city still owes its plan. */
const submissions: Submission[] = [
  { ...planSubmissions[0], receivedDate: '2022-08-12', daysLate: 12, attachments: 1 },
  { ...planSubmissions[1], notRequired: true, dueDate: '2022-07-31' },
  planSubmissions[2],
];

const stored: Attachment = {
  id: 5,
  ownerKind: 'submission',
  ownerId: 11,
  name: 'Kế hoạch 125-KH-UBND.pdf',
  size: 245_760,
  type: 'pdf',
  sha256: 'c'.repeat(64),
  createdBy: 'Nguyễn Thị Hoa',
  createdAt: '2022-08-12T02:00:00.000Z',
};

function open(extra: Parameters<typeof fakeBackend>[0] = {}): { calls: CallRecord[]; user: ReturnType<typeof userEvent.setup> } {
  const calls = fakeBackend({
    'movements.get': () => seedMovement,
    'targets.list': () => seedTargets,
    'milestones.list': () => seedMilestones,
    'submissions.list': () => submissions,
    'app.capabilities': () => ({ nativeDialogs: false }),
    'attachments.list': () => [stored],
    'audit.forEntity': () => [],
    ...extra,
  });
  renderInApp(
    <Routes>
      <Route path="/movements/:id" element={<MovementPage />} />
    </Routes>,
    '/movements/1?tab=submissions',
  );
  return { calls, user: userEvent.setup() };
}

async function table() {
  const found = await screen.findByRole('table', { name: 'Văn bản các đơn vị phải nộp' });
  await waitFor(() => expect(within(found).getAllByRole('row')).toHaveLength(4));
  return found;
}

describe('submissions tab', () => {
  it('shows a late receipt as "nộp muộn", an excused unit as not required and never overdue, and counts files', async () => {
    open();
    const rows = await table();
    const dakHa = within(rows).getByRole('row', { name: /Huyện Đắk Hà/ });
    expect(dakHa).toHaveTextContent('Nộp muộn 12 ngày');
    expect(dakHa).toHaveTextContent('1 tệp');
    const saThay = within(rows).getByRole('row', { name: /Huyện Sa Thầy/ });
    expect(saThay).toHaveTextContent('Không yêu cầu nộp');
    expect(saThay).not.toHaveAttribute('data-overdue');
    expect(within(rows).getByRole('row', { name: /Thành phố Kon Tum/ })).toHaveAttribute('data-overdue', 'true');
    // Sa Thầy owes nothing: 1 received of 2 expected, 1 late.
    expect(screen.getByRole('status')).toHaveTextContent('Đã nhận 1/2 đơn vị · 1 đơn vị quá hạn');
    // Only units still owing can be selected for a bulk receipt.
    expect(within(rows).queryByRole('checkbox', { name: 'Chọn Huyện Đắk Hà' })).not.toBeInTheDocument();
    expect(within(rows).queryByRole('checkbox', { name: 'Chọn Huyện Sa Thầy' })).not.toBeInTheDocument();
  });

  it('marks the selected units received on one date after confirming', async () => {
    const { calls, user } = open({ 'submissions.receiveBulk': () => ({ updated: 1 }) });
    const rows = await table();
    const bulk = screen.getByRole('button', { name: 'Đánh dấu 0 đơn vị đã chọn' });
    expect(bulk).toBeDisabled();
    await user.click(within(rows).getByRole('checkbox', { name: 'Chọn Thành phố Kon Tum' }));
    await user.click(screen.getByRole('button', { name: 'Đánh dấu 1 đơn vị đã chọn' }));
    const confirm = await screen.findByRole('dialog', { name: 'Ghi nhận đã nhận hàng loạt' });
    expect(confirm).toHaveTextContent('Ghi nhận 1 đơn vị đã chọn đã nộp ngày 31/07/2022?');
    await user.click(within(confirm).getByRole('button', { name: 'Ghi nhận' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'submissions.receiveBulk')).toBe(true));
    expect(calls.find((c) => c.channel === 'submissions.receiveBulk')?.input).toEqual({
      milestoneId: 2,
      unitIds: [10],
      receivedDate: '2022-07-31',
    });
    expect(await screen.findByText('Đã ghi nhận 1 đơn vị đã nộp.')).toBeInTheDocument();
  });

  it('marks every unit still owing with "all"', async () => {
    const { calls, user } = open({ 'submissions.receiveBulk': () => ({ updated: 1 }) });
    await table();
    await user.click(screen.getByRole('button', { name: 'Đánh dấu mọi đơn vị chưa nộp' }));
    const confirm = await screen.findByRole('dialog', { name: 'Ghi nhận đã nhận hàng loạt' });
    await user.click(within(confirm).getByRole('button', { name: 'Ghi nhận' }));
    await waitFor(() => expect(calls.find((c) => c.channel === 'submissions.receiveBulk')?.input).toMatchObject({ unitIds: 'all' }));
  });

  it('attaches a file by upload in the browser instead of a typed path, and removes one after confirming', async () => {
    const { calls, user } = open({
      'attachments.add': (input) => ({ ...stored, id: 6, name: input.name }),
      'attachments.remove': () => ({ removed: 1 }),
    });
    const rows = await table();
    await user.click(within(rows).getByRole('button', { name: 'Sửa văn bản của Huyện Đắk Hà' }));
    const dialog = await screen.findByRole('dialog', { name: 'Văn bản của Huyện Đắk Hà' });
    expect(within(dialog).queryByRole('textbox', { name: /Đường dẫn tệp/ })).not.toBeInTheDocument();
    const files = await within(dialog).findByRole('table', { name: 'Tệp đính kèm' });
    expect(files).toHaveTextContent('Kế hoạch 125-KH-UBND.pdf');
    expect(files).toHaveTextContent('240 KB');

    const input = dialog.ownerDocument.querySelector('input[type="file"]') as HTMLInputElement;
    expect(input.accept).toBe('.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png');
    await user.upload(input, new File(['%PDF-1.7 quét'], 'Báo cáo bổ sung.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'attachments.add')).toBe(true));
    const added = calls.find((c) => c.channel === 'attachments.add')?.input as { name: string; base64: string; ownerId: number };
    expect(added).toMatchObject({ ownerKind: 'submission', ownerId: 11, name: 'Báo cáo bổ sung.pdf' });
    expect(new TextDecoder().decode(Uint8Array.from(atob(added.base64), (c) => c.charCodeAt(0)))).toBe('%PDF-1.7 quét');

    await user.click(within(files).getByRole('button', { name: 'Gỡ tệp Kế hoạch 125-KH-UBND.pdf' }));
    const confirm = await screen.findByRole('dialog', { name: 'Gỡ tệp đính kèm' });
    await user.click(within(confirm).getByRole('button', { name: 'Gỡ tệp' }));
    await waitFor(() => expect(calls.find((c) => c.channel === 'attachments.remove')?.input).toEqual({ id: 5 }));
  });

  it('in the desktop app, attaching opens the native dialog through main', async () => {
    const { calls, user } = open({
      'app.capabilities': () => ({ nativeDialogs: true }),
      'attachments.choose': () => [{ ...stored, id: 7 }],
    });
    const rows = await table();
    await user.click(within(rows).getByRole('button', { name: 'Sửa văn bản của Huyện Đắk Hà' }));
    const dialog = await screen.findByRole('dialog', { name: 'Văn bản của Huyện Đắk Hà' });
    await within(dialog).findByRole('table', { name: 'Tệp đính kèm' });
    await user.click(await within(dialog).findByRole('button', { name: 'Đính kèm tệp…' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'attachments.choose')?.input).toEqual({ ownerKind: 'submission', ownerId: 11 }),
    );
    expect(dialog.ownerDocument.querySelector('input[type="file"]')).toBeNull();
  });

  it('a unit with nothing recorded yet is told to save before attaching; "không yêu cầu nộp" clears the received date', async () => {
    const { calls, user } = open({
      'submissions.set': (input) => ({ ...submissions[2], id: 13, notRequired: input.notRequired ?? false }),
    });
    const rows = await table();
    await user.click(within(rows).getByRole('button', { name: 'Ghi nhận văn bản của Thành phố Kon Tum' }));
    const dialog = await screen.findByRole('dialog', { name: 'Văn bản của Thành phố Kon Tum' });
    expect(dialog).toHaveTextContent('Lưu hồ sơ trước, sau đó đính kèm tệp.');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Không yêu cầu đơn vị này nộp' }));
    expect(within(dialog).getByRole('textbox', { name: 'Ngày nhận' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'submissions.set')?.input).toMatchObject({ notRequired: true, receivedDate: null }),
    );
  });
});
