import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { AgendaCandidate, CouncilMember, CouncilSession, NominationCouncilResult, SessionListPage } from '../../shared/domain/council';
import type { NominationRound } from '../../shared/domain/nominations';
import { council, sessionWith, submitted } from '../support/council-fixture';
import { tongKetRound } from '../support/nominations-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let members: CouncilMember[];
let round: NominationRound;
beforeEach(async () => {
  app = openTestApp();
  members = await council(app);
  round = await tongKetRound(app, 'merit');
});
afterEach(() => app.close());

const call = async <T>(channel: string, input: unknown): Promise<T> => dataOf<T>(await app.callRaw(channel, input));
async function refused(channel: string, input: unknown) {
  const envelope = await app.callRaw(channel, input);
  if (envelope.ok) throw new Error(`${channel} should have been refused`);
  return envelope.error;
}

describe('sessions list, agenda candidates and results', () => {
  it('lists sessions of a year newest first with attendance and counts of agenda items and results', async () => {
    const a = await submitted(app, round.id, 'Nguyễn Văn An', 'CSTD_CS');
    const b = await submitted(app, round.id, 'Trần Văn Bảo', 'CSTD_CS');
    const june = await sessionWith(app, members, '2025-06-20', [a.id, b.id]);
    await call('sessions.recordVote', { sessionId: june.id, nominationId: a.id, votesFor: 12, votesAgainst: 1 });
    await call('sessions.recordVote', { sessionId: june.id, nominationId: b.id, votesFor: 5, votesAgainst: 8 });
    await call('sessions.create', { date: '2025-09-02', place: 'Phòng họp số 2', chairId: members[1].id, secretaryId: members[14].id });
    await call('sessions.create', { date: '2024-12-10', place: 'Phòng họp số 3', chairId: members[0].id, secretaryId: members[14].id });

    const year = await call<SessionListPage>('sessions.list', { year: 2025 });
    expect(year.total).toBe(2);
    expect(year.rows.map((r) => r.date)).toEqual(['2025-09-02', '2025-06-20']);
    expect(year.rows[1]).toMatchObject({
      id: june.id,
      place: 'Phòng họp số 1, UBND tỉnh',
      chairName: 'Nguyễn Văn Hùng',
      secretaryName: 'Y Hoa',
      attendanceRecorded: true,
      presentCount: 13,
      memberCount: 15,
      agendaCount: 2,
      votedCount: 2,
      passedCount: 1,
    });
    expect(year.rows[0]).toMatchObject({ chairName: 'Trần Thị Lan', attendanceRecorded: false, presentCount: 0, agendaCount: 0 });
    expect(typeof year.rows[0].version).toBe('number');
    const all = await call<SessionListPage>('sessions.list', { pageSize: 2, page: 2 });
    expect(all).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(all.rows.map((r) => r.date)).toEqual(['2024-12-10']);
    const bad = await refused('sessions.list', { year: 1800 });
    expect(bad.fields).toEqual([{ path: 'year', message: 'Năm không được trước 1990' }]);
  });

  it('offers nominations at "Trình Hội đồng" searched without diacritics, and gives each its latest result', async () => {
    const a = await submitted(app, round.id, 'Nguyễn Văn An', 'CSTD_CS');
    const b = await submitted(app, round.id, 'Trần Văn Bảo', 'CSTD_CS');
    const found = await call<AgendaCandidate[]>('sessions.candidates', { query: 'tran van bao' });
    expect(found.map((c) => c.nomineeName)).toEqual(['Trần Văn Bảo']);
    expect(found[0]).toMatchObject({ id: b.id, awardCode: 'CSTD_CS', roundYear: 2025, nomineeKind: 'individual' });
    expect((await call<AgendaCandidate[]>('sessions.candidates', {})).map((c) => c.id).sort()).toEqual([a.id, b.id].sort());

    expect(await call<NominationCouncilResult[]>('sessions.results', { nominationIds: [a.id, b.id] })).toEqual([]);
    const session: CouncilSession = await sessionWith(app, members, '2025-06-20', [a.id, b.id]);
    await call('sessions.recordVote', { sessionId: session.id, nominationId: a.id, votesFor: 5, votesAgainst: 8 });
    await call('sessions.recordVote', {
      sessionId: session.id,
      nominationId: a.id,
      votesFor: 12,
      votesAgainst: 1,
      reason: 'Nhập nhầm số phiếu',
    });
    const results = await call<NominationCouncilResult[]>('sessions.results', { nominationIds: [a.id, b.id] });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ nominationId: a.id, sessionId: session.id, sessionDate: '2025-06-20', passed: true });
    expect(results[0].explanation).toBe('12/15 = 80,0% ≥ 80% tổng số thành viên — đạt');
  });
});

describe('members.update', () => {
  it('ends a term at the version read, never before a session the member took part in', async () => {
    const member = members[5];
    await sessionWith(app, members, '2025-06-20', []);
    const early = await refused('members.update', { id: member.id, version: member.version, role: member.role, termTo: '2025-06-19' });
    expect(early).toMatchObject({
      code: 'VALIDATION',
      message: 'Võ Thị Mai đã tham gia phiên họp ngày 20/06/2025: ngày kết thúc nhiệm kỳ phải từ ngày đó trở đi',
    });
    const role = await refused('members.update', { id: member.id, version: member.version, role: 'standing-member', termTo: null });
    expect(role.message).toMatch(/^Võ Thị Mai đã tham gia phiên họp ngày 20\/06\/2025 với vai trò hiện tại/u);

    const ended = await call<CouncilMember>('members.update', {
      id: member.id,
      version: member.version,
      role: 'member',
      termTo: '2025-12-31',
    });
    expect(ended).toMatchObject({ termTo: '2025-12-31', version: member.version + 1 });
    const stale = await refused('members.update', { id: member.id, version: member.version, role: 'member', termTo: null });
    expect(stale.code).toBe('CONFLICT');
    expect((await call<CouncilMember[]>('members.list', { asOf: '2026-01-01' })).some((m) => m.id === member.id)).toBe(false);
    expect(app.count('audit_log', `entity = 'council-member' AND action = 'update' AND entity_id = ${member.id}`)).toBe(1);

    // A seat with no session yet takes a new role; a term cannot end before it starts.
    const fresh = await call<CouncilMember>('members.create', { personId: member.personId, role: 'member', termFrom: '2026-01-01' });
    const promoted = await call<CouncilMember>('members.update', {
      id: fresh.id,
      version: fresh.version,
      role: 'standing-member',
      termTo: null,
    });
    expect(promoted.role).toBe('standing-member');
    const backwards = await refused('members.update', { id: fresh.id, version: promoted.version, role: 'member', termTo: '2025-01-01' });
    expect(backwards.message).toBe('Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu');
    // Reopening the first seat would overlap the second.
    const reopen = await refused('members.update', { id: member.id, version: ended.version, role: 'member', termTo: null });
    expect(reopen).toMatchObject({ code: 'CONFLICT', message: 'Võ Thị Mai đã là thành viên Hội đồng trong khoảng thời gian này' });
  });
});
