import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CouncilMember, CouncilSession, Decision, RecordedVote, RegisterPage } from '../../shared/domain/council';
import type { EligibilityResult, NominationDetail, NominationRound, NomineeDetail } from '../../shared/domain/nominations';
import { council, sessionWith, submitted } from '../support/council-fixture';
import { ruralCommunes } from '../support/movements-fixture';
import { award, individual, nominate, tongKetRound } from '../support/nominations-fixture';
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

describe('council members', () => {
  it('lists the members serving on a date, by role, and refuses overlapping seats and unknown people', async () => {
    const on = await call<CouncilMember[]>('members.list', { asOf: '2025-06-20' });
    expect(on).toHaveLength(15);
    expect(on[0]).toMatchObject({ fullName: 'Nguyễn Văn Hùng', role: 'chair', termTo: null });
    expect(on.at(-1)?.role).toBe('secretary');
    expect((await refused('members.create', { personId: 999, role: 'member', termFrom: '2021-01-01' })).message).toBe(
      'Không tìm thấy người có mã 999 trong danh bạ',
    );
    const again = await refused('members.create', { personId: members[3].personId, role: 'member', termFrom: '2024-01-01' });
    expect(again).toMatchObject({ code: 'CONFLICT', message: 'Phạm Thị Hằng đã là thành viên Hội đồng trong khoảng thời gian này' });
    const backwards = await refused('members.create', {
      personId: members[3].personId,
      role: 'member',
      termFrom: '2020-01-01',
      termTo: '2019-01-01',
    });
    expect(backwards.message).toBe('Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu');
    expect(await call<CouncilMember[]>('members.list', { asOf: '2020-12-31' })).toHaveLength(0);
    expect(app.count('audit_log', "entity = 'council-member'")).toBe(15);
  });
});

describe('a council session', () => {
  it('checks the quorum, votes three nominations against their rules, keeps corrections, suggests conflicts', async () => {
    const a = await submitted(app, round.id, 'Nguyễn Văn An', 'CSTD_CS');
    const b = await submitted(app, round.id, 'Trần Văn Bảo', 'CSTD_CS');
    const c = await submitted(app, round.id, 'Lê Thị Cúc', 'BK_TINH');
    let session = await sessionWith(app, members, '2025-06-20', [a.id, b.id, c.id]);
    expect(session.quorum).toEqual({
      present: 13,
      total: 15,
      requiredPercent: 80,
      met: true,
      explanation: 'Có mặt 13/15 thành viên = 86,7% ≥ 80% — đủ điều kiện tiến hành biểu quyết',
    });
    expect(session.members.find((m) => m.id === members[12].id)).toMatchObject({
      present: false,
      opinion: 'Đồng ý với đề nghị khen thưởng.',
    });
    expect(session.agenda.map((item) => item.nomineeName)).toEqual(['Nguyễn Văn An', 'Trần Văn Bảo', 'Lê Thị Cúc']);
    // Member 14 works at the proposing commune: suggested on every item.
    expect(session.agenda[0].conflicts).toEqual([
      { memberId: members[13].id, memberName: 'A Thút', why: expect.stringMatching(/^công tác tại đơn vị trình \(/) },
    ]);

    const first = await call<RecordedVote>('sessions.recordVote', {
      sessionId: session.id,
      nominationId: a.id,
      votesFor: 12,
      votesAgainst: 1,
    });
    expect(first).toMatchObject({ passed: true, explanation: '12/15 = 80,0% ≥ 80% tổng số thành viên — đạt', version: 1 });
    const second = await call<RecordedVote>('sessions.recordVote', {
      sessionId: session.id,
      nominationId: b.id,
      votesFor: 11,
      votesAgainst: 2,
      abstentions: 0,
    });
    expect(second).toMatchObject({ passed: false, explanation: '11/15 = 73,3% < 80% tổng số thành viên — không đạt' });
    const third = await call<RecordedVote>('sessions.recordVote', {
      sessionId: session.id,
      nominationId: c.id,
      votesFor: 10,
      votesAgainst: 2,
      withdrawn: [{ memberId: members[13].id, reason: 'Công tác tại đơn vị trình' }],
    });
    expect(third.passed).toBe(true);
    expect(third.explanation).toBe(
      'Không bắt buộc bỏ phiếu theo quy định; biểu quyết theo đa số: 10/12 = 83,3% > 50% số thành viên có mặt (không tính 1 thành viên không tham gia biểu quyết) — đạt',
    );
    expect(third.vote.withdrawn).toEqual([{ memberId: members[13].id, memberName: 'A Thút', reason: 'Công tác tại đơn vị trình' }]);

    // A correction needs a reason and keeps the earlier result.
    expect(
      (await refused('sessions.recordVote', { sessionId: session.id, nominationId: b.id, votesFor: 12, votesAgainst: 1 })).message,
    ).toBe('Hồ sơ đã có kết quả biểu quyết: sửa kết quả phải ghi lý do');
    const corrected = await call<RecordedVote>('sessions.recordVote', {
      sessionId: session.id,
      nominationId: b.id,
      votesFor: 11,
      votesAgainst: 1,
      abstentions: 1,
      reason: 'Kiểm phiếu lại: một phiếu trắng bị ghi nhầm là không đồng ý',
    });
    expect(corrected.passed).toBe(false);
    session = await call<CouncilSession>('sessions.get', { id: session.id });
    const item = session.agenda[1];
    expect(item.vote).toMatchObject({
      id: corrected.id,
      abstentions: 1,
      reason: 'Kiểm phiếu lại: một phiếu trắng bị ghi nhầm là không đồng ý',
    });
    expect(item.history.map((v) => v.id)).toEqual([second.id]);
    expect(app.count('council_votes', 'current = 1')).toBe(3);
    expect(app.count('audit_log', "entity = 'council-vote'")).toBe(4);

    // More ballots than members who may vote, an unknown withdrawn member, an item not on the agenda.
    const tooMany = await refused('sessions.recordVote', {
      sessionId: session.id,
      nominationId: c.id,
      votesFor: 13,
      votesAgainst: 1,
      reason: 'Nhập lại',
    });
    expect(tooMany.message).toBe('Tổng số phiếu (14) vượt quá số thành viên được biểu quyết (13)');
    expect(
      (
        await refused('sessions.recordVote', {
          sessionId: session.id,
          nominationId: c.id,
          votesFor: 1,
          votesAgainst: 0,
          withdrawn: [{ memberId: 9999, reason: 'x' }],
        })
      ).message,
    ).toBe('Thành viên có mã 9999 không thuộc Hội đồng tại phiên họp này');
    // Attendance cannot move once votes are counted; a voted item stays on the agenda.
    expect((await refused('sessions.setAttendance', { sessionId: session.id, presentIds: [] })).code).toBe('CONFLICT');
    expect((await refused('sessions.setAgenda', { sessionId: session.id, nominationIds: [a.id] })).message).toBe(
      'Hồ sơ của Trần Văn Bảo đã có kết quả biểu quyết: không bỏ khỏi chương trình được',
    );
  });

  it('applies the rule in force on the session date: a rule edited for the period from 1/7/2025 counts members present', async () => {
    const catalogue = await call<{ code: string; voteRules: { id: number; validFrom: string; version: number }[] }[]>(
      'awards.catalogue',
      {},
    );
    const rules = catalogue.find((x) => x.code === 'CSTD_CS')?.voteRules ?? [];
    const later = rules.find((r) => r.validFrom === '2025-07-01');
    if (!later) throw new Error('CSTD_CS has no rule from 1/7/2025');
    await call('awards.updateVoteRule', {
      id: later.id,
      version: later.version,
      required: true,
      thresholdPercent: 90,
      base: 'present-members',
      secretBallot: true,
    });
    const a = await submitted(app, round.id, 'Nguyễn Văn An', 'CSTD_CS');
    const b = await submitted(app, round.id, 'Trần Văn Bảo', 'CSTD_CS');
    const june = await sessionWith(app, members, '2025-06-30', [a.id]);
    const july = await sessionWith(app, members, '2025-07-01', [b.id]);
    const before = await call<RecordedVote>('sessions.recordVote', {
      sessionId: june.id,
      nominationId: a.id,
      votesFor: 12,
      votesAgainst: 1,
    });
    const after = await call<RecordedVote>('sessions.recordVote', {
      sessionId: july.id,
      nominationId: b.id,
      votesFor: 12,
      votesAgainst: 1,
    });
    expect(before.explanation).toBe('12/15 = 80,0% ≥ 80% tổng số thành viên — đạt');
    expect(after.explanation).toBe('12/13 = 92,3% ≥ 90% số thành viên có mặt — đạt');
    expect(after.vote).toMatchObject({ ruleId: later.id, basis: 'present-members', baseCount: 13, thresholdPercent: 90 });
  });

  it('refuses to vote without attendance or below the quorum, and an agenda item not at "Trình Hội đồng"', async () => {
    const a = await submitted(app, round.id, 'Nguyễn Văn An', 'CSTD_CS');
    let session = await call<CouncilSession>('sessions.create', {
      date: '2025-06-20',
      place: 'Hội trường tỉnh',
      chairId: members[0].id,
      secretaryId: members[14].id,
    });
    session = await call<CouncilSession>('sessions.setAgenda', { sessionId: session.id, nominationIds: [a.id] });
    expect(
      (await refused('sessions.recordVote', { sessionId: session.id, nominationId: a.id, votesFor: 10, votesAgainst: 0 })).message,
    ).toBe('Chưa ghi danh sách thành viên có mặt: chưa kiểm tra được điều kiện tiến hành biểu quyết');
    session = await call<CouncilSession>('sessions.setAttendance', {
      sessionId: session.id,
      version: session.version,
      presentIds: members.slice(0, 11).map((m) => m.id),
    });
    expect(session.quorum?.met).toBe(false);
    expect(
      (await refused('sessions.recordVote', { sessionId: session.id, nominationId: a.id, votesFor: 10, votesAgainst: 0 })).message,
    ).toBe('Chưa đủ số thành viên có mặt để biểu quyết. Có mặt 11/15 thành viên = 73,3% < 80% — chưa đủ điều kiện tiến hành biểu quyết');
    // A stale version is refused.
    expect((await refused('sessions.setAttendance', { sessionId: session.id, version: 1, presentIds: [] })).code).toBe('CONFLICT');

    const draft = await nominate(app, round.id, (await individual(app, 'Phạm Văn Dũng')).id, 'CSTD_CS');
    expect((await refused('sessions.setAgenda', { sessionId: session.id, nominationIds: [a.id, draft.id] })).message).toBe(
      'Hồ sơ của Phạm Văn Dũng đang ở trạng thái "Nháp": chỉ đưa vào chương trình hồ sơ "Trình Hội đồng"',
    );
    expect(
      (await refused('sessions.create', { date: '2025-06-20', place: 'X', chairId: members[5].id, secretaryId: members[14].id })).message,
    ).toBe('Võ Thị Mai là Ủy viên: chủ trì phiên họp phải là Chủ tịch hoặc Phó Chủ tịch Hội đồng');
    expect(
      (await refused('sessions.create', { date: '2020-06-20', place: 'X', chairId: members[0].id, secretaryId: members[14].id })).message,
    ).toBe('Nguyễn Văn Hùng không phải thành viên Hội đồng vào ngày 20/06/2020');
    expect((await refused('sessions.get', { id: 999 })).code).toBe('NOT_FOUND');
  });
});

describe('decisions and the award register', () => {
  it('grants only passed nominations, numbers the register in order within the year and writes the awardee history', async () => {
    const a = await submitted(app, round.id, 'Nguyễn Văn An', 'CSTD_CS');
    const b = await submitted(app, round.id, 'Trần Văn Bảo', 'CSTD_CS');
    const c = await submitted(app, round.id, 'Lê Thị Cúc', 'BK_TINH');
    const session = await sessionWith(app, members, '2025-06-20', [a.id, b.id, c.id]);
    const vote = (n: NominationDetail, votesFor: number) =>
      call<RecordedVote>('sessions.recordVote', { sessionId: session.id, nominationId: n.id, votesFor, votesAgainst: 13 - votesFor });
    await vote(a, 12);
    await vote(b, 11);
    await vote(c, 13);

    // A higher form proposed for 2026 needs two consecutive years of CSTD_CS: 2024 is on record, 2025 comes with the decision.
    await award(app, a.nomineeId, 'CSTD_CS', 2024);
    const round2026 = await call<NominationRound>('rounds.create', {
      name: 'Khen thưởng công trạng năm 2026',
      year: 2026,
      commendationKind: 'merit',
      movementId: null,
      deadline: '2026-10-31',
    });
    const higher = await nominate(app, round2026.id, a.nomineeId, 'BK_TINH');
    const before = await call<EligibilityResult>('nominations.eligibility', { id: higher.id });
    expect(before.status).toBe('not-eligible');
    expect(before.reasons).toContain('Chưa đủ 2 năm liên tục Chiến sĩ thi đua cơ sở (có: 2024)');

    const base = { date: '2025-07-05', signerName: 'Nguyễn Văn Hùng', signerAuthority: 'KT. CHỦ TỊCH UBND TỈNH — PHÓ CHỦ TỊCH' };
    expect((await refused('decisions.create', { ...base, number: '812/QĐ-UBND', nominationIds: [a.id, b.id] })).message).toBe(
      'Hồ sơ của Trần Văn Bảo chưa được Hội đồng biểu quyết đạt: không đưa vào quyết định khen thưởng được',
    );
    expect((await refused('decisions.create', { ...base, date: '2025-06-01', number: '812/QĐ-UBND', nominationIds: [a.id] })).message).toBe(
      'Ngày quyết định phải từ ngày họp Hội đồng xét hồ sơ của Nguyễn Văn An (20/06/2025) trở đi',
    );
    const draft = await call<Decision>('decisions.create', { ...base, number: '812/QĐ-UBND', nominationIds: [c.id, a.id] });
    expect(draft).toMatchObject({ status: 'draft', version: 1 });
    expect(draft.items.map((i) => [i.nomineeName, i.registerNumber])).toEqual([
      ['Lê Thị Cúc', null],
      ['Nguyễn Văn An', null],
    ]);
    expect((await refused('decisions.create', { ...base, number: '813/QĐ-UBND', nominationIds: [a.id] })).code).toBe('CONFLICT');
    expect((await refused('decisions.create', { ...base, number: '812/qđ-ubnd', nominationIds: [c.id] })).message).toBe(
      'Số quyết định 812/qđ-ubnd đã có trong năm 2025',
    );
    // A granted result cannot be corrected any more.
    expect(
      (await refused('sessions.recordVote', { sessionId: session.id, nominationId: a.id, votesFor: 1, votesAgainst: 0, reason: 'Sửa' }))
        .message,
    ).toBe('Hồ sơ đã được đưa vào Quyết định số 812/QĐ-UBND: không sửa kết quả biểu quyết được');
    expect(await call<RegisterPage>('awards.register', {})).toMatchObject({ rows: [], total: 0 });

    const issued = await call<Decision>('decisions.issue', { id: draft.id, version: draft.version });
    expect(issued).toMatchObject({ status: 'issued', version: 2 });
    expect(issued.items.map((i) => [i.nomineeName, i.registerYear, i.registerNumber])).toEqual([
      ['Lê Thị Cúc', 2025, 1],
      ['Nguyễn Văn An', 2025, 2],
    ]);
    expect((await refused('decisions.issue', { id: draft.id })).message).toBe(
      'Quyết định số 812/QĐ-UBND đã ban hành; số vào sổ đã cấp không thay đổi',
    );

    // The award is in the awardee's history, which eligibility reads.
    const nominee = await call<NomineeDetail>('nominees.get', { id: a.nomineeId });
    expect(nominee.history).toContainEqual(
      expect.objectContaining({
        kind: 'award',
        awardCode: 'CSTD_CS',
        year: 2025,
        decisionNumber: '812/QĐ-UBND',
        decisionDate: '2025-07-05',
      }),
    );

    const after = await call<EligibilityResult>('nominations.eligibility', { id: higher.id });
    expect(after.reasons).toContain('Đủ 2 năm liên tục Chiến sĩ thi đua cơ sở (2024, 2025)');
    expect(after.status).not.toBe('not-eligible');

    // Numbers keep counting in the year, never reused.
    const d = await submitted(app, round.id, 'Đinh Văn Đông', 'CSTD_CS');
    const later = await sessionWith(app, members, '2025-08-10', [d.id]);
    await call<RecordedVote>('sessions.recordVote', { sessionId: later.id, nominationId: d.id, votesFor: 13, votesAgainst: 0 });
    const next = await call<Decision>('decisions.create', { ...base, date: '2025-08-15', number: '901/QĐ-UBND', nominationIds: [d.id] });
    const nextIssued = await call<Decision>('decisions.issue', { id: next.id });
    expect(nextIssued.items[0].registerNumber).toBe(3);

    const all = await call<RegisterPage>('awards.register', { year: 2025 });
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.registerNumber)).toEqual([3, 2, 1]);
    const found = await call<RegisterPage>('awards.register', { query: 'nguyen van an' });
    expect(found.rows).toEqual([
      expect.objectContaining({
        nomineeName: 'Nguyễn Văn An',
        awardName: 'Chiến sĩ thi đua cơ sở',
        decisionNumber: '812/QĐ-UBND',
        registerNumber: 2,
        version: 2,
      }),
    ]);
    expect((await call<RegisterPage>('awards.register', { query: 'DINH VAN DONG' })).total).toBe(1);
    expect((await call<RegisterPage>('awards.register', { query: '901/qd' })).total).toBe(1);
    expect((await call<RegisterPage>('awards.register', { awardCode: 'BK_TINH' })).rows.map((r) => r.nomineeName)).toEqual(['Lê Thị Cúc']);
    expect((await call<RegisterPage>('awards.register', { year: 2024 })).total).toBe(0);
    const paged = await call<RegisterPage>('awards.register', { page: 2, pageSize: 2 });
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.rows.map((r) => r.registerNumber)).toEqual([1]);
    const commune = ruralCommunes(app)[0].id;
    expect((await call<RegisterPage>('awards.register', { unitId: commune })).total).toBe(3);
    expect((await call<RegisterPage>('awards.register', { unitId: ruralCommunes(app)[1].id })).total).toBe(0);

    const file = await call<{ fileName: string; base64: string }>('awards.registerXlsx', { year: 2025 });
    expect(file.fileName).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell(1, 1).value).toBe('SỔ KHEN THƯỞNG NĂM 2025');
    const read = [4, 5, 6].map((row) => [
      sheet.getCell(row, 1).value,
      sheet.getCell(row, 3).value,
      sheet.getCell(row, 7).value,
      sheet.getCell(row, 8).value,
    ]);
    expect(read).toEqual([
      [3, 'Đinh Văn Đông', '901/QĐ-UBND', '15/08/2025'],
      [2, 'Nguyễn Văn An', '812/QĐ-UBND', '05/07/2025'],
      [1, 'Lê Thị Cúc', '812/QĐ-UBND', '05/07/2025'],
    ]);
    expect(sheet.getCell(7, 1).value).toBeNull();
    expect(app.count('audit_log', "entity = 'decision'")).toBe(4);
  });
});
