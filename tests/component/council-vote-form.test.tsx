import type { AgendaItem, CouncilSession, CouncilVote, RecordedVote, SessionMember } from '@shared/domain/council';
import { AppError } from '@shared/errors';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { VoteForm } from '../../renderer/src/features/council/VoteForm';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

afterEach(resetBackend);

const NAMES = ['Nguyễn Văn Hùng', 'Trần Thị Lan', 'A Thút', 'Y Hoa', 'Lê Văn Bình'];
const members: SessionMember[] = NAMES.map((fullName, index) => ({
  id: index + 1,
  personId: index + 11,
  fullName,
  position: '',
  agency: '',
  role: index === 0 ? 'chair' : index === 3 ? 'secretary' : 'member',
  termFrom: '2021-01-01',
  termTo: null,
  version: 1,
  present: index !== 4,
  opinion: '',
}));

const earlier: CouncilVote = {
  id: 40,
  sessionId: 5,
  nominationId: 9,
  votesFor: 3,
  votesAgainst: 1,
  abstentions: 0,
  withdrawn: [],
  basis: 'all-members',
  baseCount: 5,
  thresholdPercent: 80,
  ruleId: 1,
  legalBasis: '',
  passed: false,
  explanation: '3/5 = 60,0% < 80% tổng số thành viên — không đạt',
  reason: '',
  current: true,
  recordedAt: '2025-06-20T09:00:00.000Z',
  operator: 'Cán bộ văn thư',
  version: 1,
};

function item(vote: CouncilVote | null): AgendaItem {
  return {
    nominationId: 9,
    ordinal: 1,
    nomineeId: 3,
    nomineeName: 'Lê Thị Cúc',
    nomineeKind: 'individual',
    awardCode: 'BK_TINH',
    awardName: 'Bằng khen của Chủ tịch UBND tỉnh',
    awardLevel: 'province',
    proposingUnitId: 77,
    proposingUnitName: 'Xã Đắk Mar',
    status: 'submitted',
    conflicts: [{ memberId: 3, memberName: 'A Thút', why: 'công tác tại đơn vị trình (Xã Đắk Mar)' }],
    vote,
    history: [],
  };
}

function session(agendaItem: AgendaItem): CouncilSession {
  return {
    id: 5,
    date: '2025-06-20',
    place: 'Phòng họp số 1',
    chairId: 1,
    chairName: 'Nguyễn Văn Hùng',
    secretaryId: 4,
    secretaryName: 'Y Hoa',
    quorumPercent: 80,
    members,
    attendanceRecorded: true,
    quorum: {
      present: 4,
      total: 5,
      requiredPercent: 80,
      met: true,
      explanation: 'Có mặt 4/5 thành viên = 80,0% ≥ 80% — đủ điều kiện tiến hành biểu quyết',
    },
    agenda: [agendaItem],
    version: 3,
  };
}

function recorded(explanation: string): RecordedVote {
  return { id: 41, version: 1, sessionId: 5, nominationId: 9, passed: true, explanation, vote: { ...earlier, id: 41, explanation } };
}

describe('the vote form', () => {
  it('takes a suggested member out with a reason, checks the ballots against the members left, and sends the votes', async () => {
    const calls = fakeBackend({ 'sessions.recordVote': () => recorded('3/4 = 75,0% > 50% số thành viên có mặt — đạt') });
    const user = userEvent.setup();
    let saved: RecordedVote | null = null;
    const agendaItem = item(null);
    renderInApp(<VoteForm session={session(agendaItem)} item={agendaItem} onSaved={(vote) => (saved = vote)} onCancel={() => undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent('Có mặt 4/5 thành viên = 80,0% ≥ 80% — đủ điều kiện tiến hành biểu quyết');
    expect(screen.getByText('Gợi ý: A Thút công tác tại đơn vị trình (Xã Đắk Mar)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ghi kết quả' }));
    expect(await screen.findByText('Số phiếu đồng ý không được để trống')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ghi A Thút không tham gia' }));
    expect(screen.queryByText(/^Gợi ý: A Thút/u)).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Số phiếu đồng ý/u }), '4');
    await user.type(screen.getByRole('textbox', { name: /^Số phiếu không đồng ý/u }), '1');
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả' }));
    expect(await screen.findByText('Nhập lý do không tham gia biểu quyết')).toBeInTheDocument();
    // Five ballots with one of five members withdrawn: refused before asking the server.
    expect(screen.queryByText(/vượt quá/u)).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Lý do của thành viên 1' }), 'Công tác tại đơn vị trình');
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả' }));
    expect(await screen.findByText('Tổng số phiếu (5) vượt quá số thành viên Hội đồng được biểu quyết (4)')).toBeInTheDocument();
    expect(calls).toHaveLength(0);

    const votesFor = screen.getByRole('textbox', { name: /^Số phiếu đồng ý/u });
    await user.clear(votesFor);
    await user.type(votesFor, '3');
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả' }));
    await waitFor(() => expect(saved).not.toBeNull());
    expect(calls.map((c) => c.input)).toEqual([
      {
        sessionId: 5,
        nominationId: 9,
        votesFor: 3,
        votesAgainst: 1,
        abstentions: 0,
        withdrawn: [{ memberId: 3, reason: 'Công tác tại đơn vị trình' }],
        reason: '',
      },
    ]);
  });

  it('asks for a reason to correct a result, shows the history and the service refusal on its field', async () => {
    const calls = fakeBackend({
      'sessions.recordVote': () => {
        throw new AppError('VALIDATION', 'Tổng số phiếu (5) vượt quá số thành viên được biểu quyết (4)', [
          { path: 'votesFor', message: 'Tổng số phiếu (5) vượt quá số thành viên được biểu quyết (4)' },
        ]);
      },
    });
    const user = userEvent.setup();
    const agendaItem = item(earlier);
    renderInApp(<VoteForm session={session(agendaItem)} item={agendaItem} onSaved={() => undefined} onCancel={() => undefined} />);
    expect(screen.getByRole('textbox', { name: /^Số phiếu đồng ý/u })).toHaveValue('3');
    expect(screen.getByRole('table', { name: 'Lịch sử kết quả biểu quyết' })).toHaveTextContent(
      '3/5 = 60,0% < 80% tổng số thành viên — không đạt',
    );
    const votesFor = screen.getByRole('textbox', { name: /^Số phiếu đồng ý/u });
    await user.clear(votesFor);
    await user.type(votesFor, '4');
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả' }));
    expect(await screen.findByText('Hồ sơ đã có kết quả biểu quyết: sửa kết quả phải ghi lý do')).toBeInTheDocument();
    expect(calls).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /^Lý do sửa kết quả/u }), 'Kiểm phiếu lại');
    await user.click(screen.getByRole('button', { name: 'Ghi kết quả' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].input).toMatchObject({ votesFor: 4, votesAgainst: 1, reason: 'Kiểm phiếu lại' });
    expect(await screen.findAllByText('Tổng số phiếu (5) vượt quá số thành viên được biểu quyết (4)')).not.toHaveLength(0);
  });
});
