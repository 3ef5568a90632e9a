import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { neutralised } from '../../electron/main/services/council/register-csv';
import type {
  CandidatePage,
  CouncilMember,
  Decision,
  DecisionListPage,
  RecordedVote,
  RegisterEntry,
  RegisterPage,
} from '../../shared/domain/council';
import type { NominationDetail, NominationRound } from '../../shared/domain/nominations';
import { council, sessionWith, submitted } from '../support/council-fixture';
import { seedMovementId } from '../support/movements-fixture';
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
const base = { signerName: 'Nguyễn Văn Hùng', signerAuthority: 'KT. CHỦ TỊCH UBND TỈNH — PHÓ CHỦ TỊCH' };

/** Three nominations voted at a session on 20/06/2025: An and Cúc (of the movement's tổng kết) pass, Bảo falls short. */
async function voted(): Promise<NominationDetail[]> {
  const thematic = await tongKetRound(app, 'thematic');
  const a = await submitted(app, round.id, 'Nguyễn Văn An', 'CSTD_CS');
  const b = await submitted(app, round.id, 'Trần Văn Bảo', 'CSTD_CS');
  const c = await submitted(app, thematic.id, 'Lê Thị Cúc', 'BK_TINH');
  const session = await sessionWith(app, members, '2025-06-20', [a.id, b.id, c.id]);
  for (const [n, votesFor] of [
    [a, 12],
    [b, 9],
    [c, 13],
  ] as const)
    await call<RecordedVote>('sessions.recordVote', { sessionId: session.id, nominationId: n.id, votesFor, votesAgainst: 13 - votesFor });
  return [a, b, c];
}

describe('decisions list and candidates', () => {
  it('offers only passed nominations no decision grants, and lists decisions by year, status and number', async () => {
    const [a, , c] = await voted();
    const offered = await call<CandidatePage>('decisions.candidates', {});
    expect(offered.total).toBe(2);
    expect(offered.rows.map((r) => [r.nomineeName, r.awardName, r.sessionDate])).toEqual([
      ['Nguyễn Văn An', 'Chiến sĩ thi đua cơ sở', '2025-06-20'],
      ['Lê Thị Cúc', 'Bằng khen của Chủ tịch UBND tỉnh', '2025-06-20'],
    ]);
    expect(offered.rows[0].explanation).toMatch(/đạt$/u);
    expect((await call<CandidatePage>('decisions.candidates', { query: 'le thi cuc' })).rows.map((r) => r.id)).toEqual([c.id]);

    const first = await call<Decision>('decisions.create', { ...base, number: '812/QĐ-UBND', date: '2025-07-05', nominationIds: [a.id] });
    expect((await call<CandidatePage>('decisions.candidates', {})).rows.map((r) => r.id)).toEqual([c.id]);
    await call<Decision>('decisions.create', { ...base, number: '15/QĐ-UBND', date: '2026-01-10', nominationIds: [c.id] });
    await call<Decision>('decisions.issue', { id: first.id, version: first.version });
    expect((await call<CandidatePage>('decisions.candidates', {})).total).toBe(0);

    const all = await call<DecisionListPage>('decisions.list', {});
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => [r.number, r.status, r.awardCount])).toEqual([
      ['15/QĐ-UBND', 'draft', 1],
      ['812/QĐ-UBND', 'issued', 1],
    ]);
    expect((await call<DecisionListPage>('decisions.list', { year: 2025 })).rows.map((r) => r.number)).toEqual(['812/QĐ-UBND']);
    expect((await call<DecisionListPage>('decisions.list', { status: 'draft' })).rows.map((r) => r.number)).toEqual(['15/QĐ-UBND']);
    expect((await call<DecisionListPage>('decisions.list', { query: '812/qd' })).total).toBe(1);
    expect((await call<DecisionListPage>('decisions.list', { query: 'QĐ-UBND', pageSize: 1, page: 2 })).rows.map((r) => r.number)).toEqual([
      '812/QĐ-UBND',
    ]);
    expect((await refused('decisions.list', { status: 'cancelled' })).fields).toEqual([
      { path: 'status', message: 'Trạng thái quyết định không hợp lệ' },
    ]);
    expect((await refused('decisions.list', { year: 2025, extra: 1 })).code).toBe('VALIDATION');
  });
});

describe('handing over and the register by movement, as CSV', () => {
  it('records printed and handed-over dates not before the decision, with the version read, and exports the register', async () => {
    const [a, , c] = await voted();
    const draft = await call<Decision>('decisions.create', {
      ...base,
      number: '812/QĐ-UBND',
      date: '2025-07-05',
      nominationIds: [c.id, a.id],
    });
    const draftItem = draft.items[0];
    expect((await refused('awards.handOver', { awardId: draftItem.id, version: draftItem.version, printedOn: '2025-07-10' })).message).toBe(
      'Quyết định số 812/QĐ-UBND chưa ban hành: chưa ghi việc in, trao được',
    );
    const issued = await call<Decision>('decisions.issue', { id: draft.id, version: draft.version });
    const item = issued.items[1];
    expect(item).toMatchObject({ nomineeName: 'Nguyễn Văn An', registerNumber: 2, printedOn: null, handedOverOn: null });

    const refusals = [
      [{ printedOn: '2025-07-01' }, 'Ngày in không được trước ngày quyết định (05/07/2025)'],
      [{ handedOverOn: '2025-07-04' }, 'Ngày trao không được trước ngày quyết định (05/07/2025)'],
      [{ printedOn: '2025-07-20', handedOverOn: '2025-07-10' }, 'Ngày trao không được trước ngày in'],
      [{ printedOn: '1900-01-01' }, 'schema'],
      [{ printedOn: '31/02/2025' }, 'schema'],
    ] as const;
    for (const [fields, message] of refusals) {
      const error = await refused('awards.handOver', { awardId: item.id, version: item.version, ...fields });
      expect(error.code).toBe('VALIDATION');
      if (message === 'schema') expect(error.fields?.[0]?.path).toBe('printedOn');
      else expect(error.message).toBe(message);
    }
    expect((await refused('awards.handOver', { awardId: 999999, version: 1 })).code).toBe('NOT_FOUND');
    expect((await refused('awards.handOver', { awardId: item.id, version: item.version, note: 'x' })).code).toBe('VALIDATION');
    expect(app.count('audit_log', "entity = 'award'")).toBe(0);

    const saved = await call<RegisterEntry>('awards.handOver', {
      awardId: item.id,
      version: item.version,
      printedOn: '10/07/2025',
      handedOverOn: '2025-07-20',
      receivedBy: 'Nguyễn  Văn An',
    });
    expect(saved).toMatchObject({
      id: item.id,
      version: item.version + 1,
      printedOn: '2025-07-10',
      handedOverOn: '2025-07-20',
      receivedBy: 'Nguyễn Văn An',
    });
    expect((await refused('awards.handOver', { awardId: item.id, version: item.version, printedOn: null })).code).toBe('CONFLICT');
    expect(app.count('audit_log', "entity = 'award'")).toBe(1);
    const list = await call<DecisionListPage>('decisions.list', {});
    expect(list.rows[0]).toMatchObject({ awardCount: 2, handedOverCount: 1 });
    expect((await call<Decision>('decisions.get', { id: draft.id })).items[1]).toMatchObject({
      printedOn: '2025-07-10',
      version: saved.version,
    });

    // Cúc was proposed in the tổng kết of the seed movement, An in the year's merit round.
    const byMovement = await call<RegisterPage>('awards.register', { movementId: await seedMovementId(app) });
    expect(byMovement.rows.map((r) => [r.nomineeName, r.movementName])).toEqual([
      ['Lê Thị Cúc', 'Kon Tum chung sức xây dựng nông thôn mới'],
    ]);
    expect((await call<RegisterPage>('awards.register', { movementId: 999999 })).total).toBe(0);
    // Filters combine (each combination has its own statement).
    const both = { query: 'le thi', movementId: await seedMovementId(app), year: 2025 };
    expect((await call<RegisterPage>('awards.register', { ...both, awardCode: 'BK_TINH' })).rows.map((r) => r.registerNumber)).toEqual([1]);
    expect((await call<RegisterPage>('awards.register', { ...both, awardCode: 'CSTD_CS' })).total).toBe(0);
    expect(
      (await call<RegisterPage>('awards.register', { query: '812/qd', awardCode: 'CSTD_CS', year: 2025 })).rows.map((r) => r.nomineeName),
    ).toEqual(['Nguyễn Văn An']);

    const file = await call<{ fileName: string; base64: string }>('awards.registerCsv', { year: 2025 });
    expect(file.fileName).toMatch(/\.csv$/u);
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Số vào sổ,Năm,Họ và tên / Tên tập thể,Loại đối tượng,Hình thức khen thưởng,Đơn vị trình,Phong trào,Số quyết định,Ngày quyết định,Thẩm quyền,Ngày in,Ngày trao,Người nhận',
    );
    expect(lines[1]).toMatch(/^2,2025,Nguyễn Văn An,Cá nhân,Chiến sĩ thi đua cơ sở,/u);
    expect(lines[1]).toMatch(/,812\/QĐ-UBND,05\/07\/2025,KT\. CHỦ TỊCH UBND TỈNH — PHÓ CHỦ TỊCH,10\/07\/2025,20\/07\/2025,Nguyễn Văn An$/u);
    expect(lines[2]).toMatch(/^1,2025,Lê Thị Cúc,/u);
    expect(lines.length).toBe(4);
    expect((await refused('awards.registerCsv', { year: 1800 })).code).toBe('VALIDATION');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+84 905', '-2', '@SUM(A1)', 'Nguyễn Văn An'].map(neutralised)).toEqual([
      "'=1+1",
      "'+84 905",
      "'-2",
      "'@SUM(A1)",
      'Nguyễn Văn An',
    ]);
  });
});
