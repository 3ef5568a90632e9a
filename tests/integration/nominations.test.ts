import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { NomineeCreated } from '../../shared/contract/nominees';
import type { ListPage } from '../../shared/contract/paging';
import type { Attachment } from '../../shared/domain/attachments';
import type { Recommendation } from '../../shared/domain/inspections';
import type {
  Award,
  EligibilityResult,
  Nomination,
  NominationDetail,
  NominationRound,
  Nominee,
  NomineeDetail,
} from '../../shared/domain/nominations';
import { plannedRound } from '../support/inspections-fixture';
import { ruralCommunes } from '../support/movements-fixture';
import { award, individual, nominate, rating, tongKetRound } from '../support/nominations-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

const call = async <T>(channel: string, input: unknown): Promise<T> => dataOf<T>(await app.callRaw(channel, input));
async function refused(channel: string, input: unknown) {
  const envelope = await app.callRaw(channel, input);
  if (envelope.ok) throw new Error(`${channel} should have been refused`);
  return envelope.error;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n').toString('base64');

describe('award catalogue', () => {
  it('lists the titles and forms a province decides or proposes, with rules carrying legal basis and dates', async () => {
    const catalogue = await call<Award[]>('awards.catalogue', {});
    const codes = catalogue.map((a) => a.code);
    for (const code of [
      'LDTT',
      'CSTD_CS',
      'CSTD_TINH',
      'TTLDTT',
      'TTLDXS',
      'CO_TINH',
      'BK_TINH',
      'GIAY_KHEN',
      'BK_TTG',
      'HCLD3',
      'CO_CP',
      'CSTD_TQ',
    ]) {
      expect(codes).toContain(code);
    }
    const cstdTinh = catalogue.find((a) => a.code === 'CSTD_TINH') as Award;
    expect(cstdTinh.name).toBe('Chiến sĩ thi đua cấp tỉnh');
    expect(cstdTinh.level).toBe('province');
    expect(cstdTinh.authority).toBe('Chủ tịch UBND tỉnh');
    expect(cstdTinh.nomineeKinds).toEqual(['individual']);
    // Decree 98: vote of >= 90% of all members; the same value under Decree 152 is a default to confirm.
    const votes = cstdTinh.voteRules.map((v) => [v.validFrom, v.validTo, v.thresholdPercent, v.base, v.isDefault]);
    expect(votes).toEqual([
      ['2024-01-01', '2025-06-30', 90, 'all-members', false],
      ['2025-07-01', null, 90, 'all-members', true],
    ]);
    expect(cstdTinh.documents.map((d) => d.code)).toEqual(['to-trinh', 'bao-cao-thanh-tich', 'bien-ban-binh-xet', 'chung-nhan-sang-kien']);
    const bkTtg = catalogue.find((a) => a.code === 'BK_TTG') as Award;
    const individualMerit = bkTtg.rules.filter((r) => r.nomineeKind === 'individual' && r.commendationKinds.includes('merit'));
    expect(individualMerit.map((r) => [r.validFrom, r.validTo, r.excludeAwardKinds])).toEqual([
      ['2024-01-01', '2025-06-30', []],
      ['2025-07-01', null, ['thematic', 'ad-hoc']],
    ]);
    expect(individualMerit.every((r) => r.isDefault && r.legalBasis.includes('Luật Thi đua, khen thưởng số 06/2022/QH15'))).toBe(true);
    expect(catalogue.every((a) => a.id > 0 && a.version === 1)).toBe(true);
  });
});

describe('catalogue edits', () => {
  it('edits a vote rule and a rule condition of one period, which stop being defaults; a bad edit changes nothing', async () => {
    const catalogue = await call<Award[]>('awards.catalogue', {});
    const bkTtg = catalogue.find((a) => a.code === 'BK_TTG') as Award;
    const rule = bkTtg.rules.find((r) => r.nomineeKind === 'individual' && r.validFrom === '2025-07-01') as Award['rules'][number];
    const edited = await call<Award['rules'][number]>('awards.updateRule', {
      id: rule.id,
      version: rule.version,
      condition: {
        kind: 'after-award',
        award: 'BK_TINH',
        years: 5,
        each: { rating: 'HTTNV' },
        within: [{ mark: { award: 'CSTD_CS' }, count: 2 }],
      },
      excludeAwardKinds: ['thematic', 'ad-hoc'],
      note: 'Hội đồng tỉnh xác nhận: 2 lần Chiến sĩ thi đua cơ sở.',
    });
    expect(edited).toMatchObject({ isDefault: false, version: 2, excludeAwardKinds: ['thematic', 'ad-hoc'] });
    const unknownAward = await refused('awards.updateRule', {
      id: rule.id,
      version: 2,
      condition: { kind: 'consecutive', mark: { award: 'KHONG_CO' }, years: 2 },
      excludeAwardKinds: [],
    });
    expect(unknownAward.message).toContain('Không có danh hiệu, hình thức khen thưởng mã "KHONG_CO"');
    expect(
      (await refused('awards.updateRule', { id: rule.id, version: 2, condition: { kind: 'consecutive', years: 0 }, excludeAwardKinds: [] }))
        .code,
    ).toBe('VALIDATION');

    const cstdTinh = catalogue.find((a) => a.code === 'CSTD_TINH') as Award;
    const vote = cstdTinh.voteRules[1];
    const changed = await call<Award['voteRules'][number]>('awards.updateVoteRule', {
      id: vote.id,
      version: vote.version,
      required: true,
      thresholdPercent: 85,
      base: 'present-members',
      secretBallot: true,
    });
    expect(changed).toMatchObject({ thresholdPercent: 85, base: 'present-members', secretBallot: true, isDefault: false, version: 2 });
    expect(
      (
        await refused('awards.updateVoteRule', {
          id: vote.id,
          version: 2,
          required: true,
          thresholdPercent: null,
          base: 'all-members',
          secretBallot: false,
        })
      ).message,
    ).toBe('Có bỏ phiếu thì cần tỷ lệ tán thành.');
    expect(
      (
        await refused('awards.updateVoteRule', {
          id: vote.id,
          version: 1,
          required: false,
          thresholdPercent: null,
          base: 'all-members',
          secretBallot: false,
        })
      ).code,
    ).toBe('CONFLICT');
    expect(app.count('audit_log', "entity IN ('award-rule', 'award-vote-rule')")).toBe(2);
  });
});

describe('rounds', () => {
  it('creates, lists and updates a round with audit, refusing a stale version and an unknown movement', async () => {
    const round = await tongKetRound(app);
    expect(round).toMatchObject({ year: 2025, commendationKind: 'thematic', status: 'open', nominationCount: 0, version: 1 });
    expect(round.movementName).toContain('nông thôn mới');
    const updated = await call<NominationRound>('rounds.update', { id: round.id, version: 1, deadline: '15/11/2025' });
    expect(updated).toMatchObject({ deadline: '2025-11-15', version: 2 });
    expect((await refused('rounds.update', { id: round.id, version: 1, name: 'Khác' })).code).toBe('CONFLICT');
    expect(
      (await refused('rounds.create', { name: 'X', year: 2025, commendationKind: 'merit', movementId: 9999, deadline: '2025-01-01' }))
        .message,
    ).toContain('Không tìm thấy phong trào');
    expect(
      (await refused('rounds.create', { name: 'X', year: 2025, commendationKind: 'khác', deadline: '2025-01-01' })).fields?.[0].message,
    ).toBe('Loại hình khen thưởng không hợp lệ');
    expect((await call<NominationRound[]>('rounds.list', { year: 2025 })).map((r) => r.id)).toEqual([round.id]);
    expect(app.count('audit_log', "entity = 'nomination-round' AND entity_id = ?", round.id)).toBe(2);
  });
});

describe('nominees', () => {
  it('finds nominees without diacritics, flags possible duplicates and keeps the award history', async () => {
    const first = await individual(app, 'Nguyễn Văn Đức');
    expect(first.duplicateWarning).toBe(false);
    await call<NomineeCreated>('nominees.create', {
      kind: 'collective',
      name: 'UBND xã Đăk Ui',
      classification: 'administrative',
      unitId: ruralCommunes(app)[0].id,
    });
    await call<NomineeCreated>('nominees.create', { kind: 'household', name: 'A Thút', village: 'Thôn Kon Bdeh', commune: 'Xã Đăk Ui' });
    const again = await individual(app, 'NGUYỄN VĂN ĐỨC');
    expect(again.duplicateWarning).toBe(true);
    expect(again.possibleDuplicates.map((n) => n.id)).toEqual([first.id]);
    const other = await individual(app, 'Nguyễn Văn Đức', 1990);
    expect(other.duplicateWarning).toBe(false);

    const found = await call<Nominee[]>('nominees.search', { query: 'nguyen van duc' });
    expect(found.map((n) => n.id).sort()).toEqual([first.id, again.id, other.id].sort());
    expect((await call<Nominee[]>('nominees.search', { query: 'dak ui', kind: 'collective' })).map((n) => n.name)).toEqual([
      'UBND xã Đăk Ui',
    ]);
    expect(await call<Nominee[]>('nominees.search', { query: 'uc' })).toEqual([]);
    expect((await call<Nominee[]>('nominees.search', { query: 'nguyen', limit: 2 })).length).toBe(2);

    await award(app, first.id, 'CSTD_CS', 2023);
    await call('nominees.addAward', {
      nomineeId: first.id,
      awardCode: 'BK_TINH',
      year: 2020,
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '15/3/2020',
    });
    const detail = await call<NomineeDetail>('nominees.get', { id: first.id });
    expect(detail.history.map((h) => [h.year, h.awardName, h.decisionNumber])).toEqual([
      [2023, 'Chiến sĩ thi đua cơ sở', ''],
      [2020, 'Bằng khen của Chủ tịch UBND tỉnh', '123/QĐ-UBND'],
    ]);
    expect((await refused('nominees.addAward', { nomineeId: first.id, awardCode: 'CSTD_CS', year: 2023 })).code).toBe('CONFLICT');
    expect((await refused('nominees.addAward', { nomineeId: first.id, awardCode: 'KHONG_CO', year: 2023 })).message).toContain(
      'Không có danh hiệu',
    );
    expect(
      (await refused('nominees.addAward', { nomineeId: first.id, awardCode: 'LDTT', year: 2024, decisionDate: '2023-05-01' })).message,
    ).toBe('Ngày quyết định không được trước năm khen thưởng.');
    expect((await refused('nominees.create', { kind: 'individual', name: '  ' })).fields?.[0].message).toBe(
      'Họ và tên không được để trống',
    );
    expect(app.count('nominee_history', 'nominee_id = ?', first.id)).toBe(2);

    const updated = await call<NomineeCreated>('nominees.update', {
      id: other.id,
      version: other.version,
      kind: 'individual',
      name: 'Nguyễn Văn Đức',
      birthYear: 1978,
      position: 'Phó Chủ tịch UBND xã',
      unitId: ruralCommunes(app)[0].id,
    });
    expect(updated).toMatchObject({ version: 2, birthYear: 1978, position: 'Phó Chủ tịch UBND xã', duplicateWarning: true });
    expect((await refused('nominees.update', { id: other.id, version: 2, kind: 'household', name: 'Nguyễn Văn Đức' })).message).toContain(
      'Không đổi được loại đối tượng',
    );
    expect((await refused('nominees.update', { id: other.id, version: 1, kind: 'individual', name: 'X' })).code).toBe('CONFLICT');
  });
});

describe('nominations', () => {
  async function completeDossier(n: NominationDetail): Promise<NominationDetail> {
    let current = n;
    for (const document of current.dossier.filter((d) => d.required)) {
      current = await call<NominationDetail>('nominations.setDocument', {
        id: current.id,
        version: current.version,
        documentCode: document.code,
        received: true,
      });
    }
    return current;
  }

  it('moves a dossier through intake, returned for supplement and back, keeping its history', async () => {
    const round = await tongKetRound(app);
    const nominee = await individual(app, 'Y Đức');
    const created = await nominate(app, round.id, nominee.id, 'BK_TINH');
    expect(created).toMatchObject({ status: 'draft', version: 1, landM2: 1200, awardName: 'Bằng khen của Chủ tịch UBND tỉnh' });
    expect(created.dossier.map((d) => [d.code, d.received])).toEqual([
      ['to-trinh', false],
      ['bao-cao-thanh-tich', false],
      ['bien-ban-hoi-dong', false],
      ['xac-nhan-dong-gop', false],
    ]);
    expect((await refused('nominations.transition', { id: created.id, to: 'complete', version: 1 })).message).toContain(
      'Không chuyển được',
    );
    const received = await call<NominationDetail>('nominations.transition', { id: created.id, to: 'received', version: 1 });
    expect(received.receivedOn).toBe('2025-03-01');
    const noReason = await refused('nominations.transition', { id: created.id, to: 'needs-supplement', version: received.version });
    expect(noReason.message).toBe('Cần ghi lý do trả hồ sơ để đơn vị bổ sung.');
    const missing = await refused('nominations.transition', { id: created.id, to: 'complete', version: received.version });
    expect(missing.message).toContain('Hồ sơ chưa đủ thành phần: Tờ trình đề nghị khen thưởng (Mẫu số 01)');
    const returned = await call<NominationDetail>('nominations.transition', {
      id: created.id,
      to: 'needs-supplement',
      reason: 'Thiếu báo cáo thành tích có xác nhận',
      version: received.version,
    });
    const back = await call<NominationDetail>('nominations.transition', { id: created.id, to: 'received', version: returned.version });
    // A file attached to the nomination fills a document of its checklist.
    const file = await call<Attachment>('attachments.add', {
      ownerKind: 'nomination',
      ownerId: created.id,
      name: 'Báo cáo thành tích.pdf',
      base64: PDF,
    });
    const withFile = await call<NominationDetail>('nominations.setDocument', {
      id: created.id,
      version: back.version,
      documentCode: 'bao-cao-thanh-tich',
      received: true,
      attachmentId: file.id,
    });
    expect(withFile.dossier.find((d) => d.code === 'bao-cao-thanh-tich')).toMatchObject({
      received: true,
      attachmentName: 'Báo cáo thành tích.pdf',
    });
    const complete = await call<NominationDetail>('nominations.transition', {
      id: created.id,
      to: 'complete',
      version: (await completeDossier(withFile)).version,
    });
    const submitted = await call<NominationDetail>('nominations.transition', {
      id: created.id,
      to: 'submitted',
      version: complete.version,
    });
    expect(submitted.transitions.map((t) => [t.from, t.to, t.reason])).toEqual([
      [null, 'draft', ''],
      ['draft', 'received', ''],
      ['received', 'needs-supplement', 'Thiếu báo cáo thành tích có xác nhận'],
      ['needs-supplement', 'received', ''],
      ['received', 'complete', ''],
      ['complete', 'submitted', ''],
    ]);
    expect(
      (await refused('nominations.setDocument', { id: created.id, version: submitted.version, documentCode: 'to-trinh', received: false }))
        .message,
    ).toContain('không sửa thành phần hồ sơ');
    expect((await refused('nominations.transition', { id: created.id, to: 'received', version: 1 })).code).toBe('CONFLICT');
    expect(app.count('audit_log', "entity = 'nomination' AND entity_id = ?", created.id)).toBeGreaterThanOrEqual(10);
  });

  it('refuses forms the nominee kind or the round cannot take, a second identical proposal, unknown units; nothing is written', async () => {
    const round = await tongKetRound(app);
    const nominee = await individual(app, 'Y Đức');
    const before = app.count('nominations');
    expect(
      (
        await refused('nominations.create', {
          roundId: round.id,
          nomineeId: nominee.id,
          awardCode: 'CO_TINH',
          proposingUnitId: ruralCommunes(app)[0].id,
        })
      ).message,
    ).toBe('Cờ thi đua của UBND tỉnh không xét cho đối tượng là cá nhân.');
    expect(
      (
        await refused('nominations.create', {
          roundId: round.id,
          nomineeId: nominee.id,
          awardCode: 'CSTD_CS',
          proposingUnitId: ruralCommunes(app)[0].id,
        })
      ).message,
    ).toBe('Chiến sĩ thi đua cơ sở không xét theo loại hình "Theo đợt hoặc chuyên đề" của đợt này.');
    expect(
      (await refused('nominations.create', { roundId: round.id, nomineeId: nominee.id, awardCode: 'BK_TINH', proposingUnitId: 999999 }))
        .message,
    ).toContain('Không tìm thấy đơn vị');
    await nominate(app, round.id, nominee.id, 'BK_TINH');
    expect(
      (
        await refused('nominations.create', {
          roundId: round.id,
          nomineeId: nominee.id,
          awardCode: 'BK_TINH',
          proposingUnitId: ruralCommunes(app)[0].id,
        })
      ).code,
    ).toBe('CONFLICT');
    expect(app.count('nominations')).toBe(before + 1);
    const inUse = await refused('rounds.update', { id: round.id, version: round.version, commendationKind: 'merit' });
    expect(inUse.message).toBe(`Đợt xét "${round.name}" đã có 1 hồ sơ đề nghị; không đổi năm hoặc loại hình khen thưởng được nữa.`);
    const closed = await call<NominationRound>('rounds.update', { id: round.id, version: round.version, status: 'closed' });
    const late = await refused('nominations.create', {
      roundId: round.id,
      nomineeId: nominee.id,
      awardCode: 'GIAY_KHEN',
      proposingUnitId: ruralCommunes(app)[0].id,
    });
    expect(late.message).toBe(`Đợt xét "${closed.name}" đã kết thúc; không thêm hồ sơ được nữa.`);
  });

  it('edits the proposal while at intake, not once complete', async () => {
    const round = await tongKetRound(app);
    const nominee = await individual(app, 'Y Đức');
    const n = await nominate(app, round.id, nominee.id, 'BK_TINH');
    const edited = await call<NominationDetail>('nominations.update', {
      id: n.id,
      version: n.version,
      awardCode: 'GIAY_KHEN',
      proposingUnitId: ruralCommunes(app)[1].id,
      summary: 'Hiến 500 m² đất và 20 ngày công làm nhà văn hóa thôn.',
      landM2: 500,
      moneyVnd: 15000000,
      workdays: 20,
    });
    expect(edited).toMatchObject({ awardCode: 'GIAY_KHEN', landM2: 500, moneyVnd: 15000000, workdays: 20, version: 2 });
    expect(edited.dossier.map((d) => d.code)).toEqual(['to-trinh', 'tom-tat-thanh-tich']);
    expect(
      (await refused('nominations.update', { id: n.id, version: 2, awardCode: 'CSTD_CS', proposingUnitId: edited.proposingUnitId }))
        .message,
    ).toContain('không xét theo loại hình');
    const moneyError = await refused('nominations.update', {
      id: n.id,
      version: 2,
      awardCode: 'GIAY_KHEN',
      proposingUnitId: edited.proposingUnitId,
      moneyVnd: -5,
    });
    expect(moneyError.fields?.[0].message).toBe('Số tiền, hiện vật (đồng) không được âm');
    let current = await call<NominationDetail>('nominations.transition', { id: n.id, to: 'received', version: 2 });
    current = await completeDossier(current);
    current = await call<NominationDetail>('nominations.transition', { id: n.id, to: 'complete', version: current.version });
    const locked = await refused('nominations.update', {
      id: n.id,
      version: current.version,
      awardCode: 'BK_TINH',
      proposingUnitId: edited.proposingUnitId,
    });
    expect(locked.message).toBe('Hồ sơ đang ở trạng thái "Đủ hồ sơ"; không sửa nội dung đề nghị được nữa.');
    expect((await call<NominationDetail>('nominations.get', { id: n.id })).awardCode).toBe('GIAY_KHEN');
  });

  it('explains eligibility from the nominee history and filters the list by it', async () => {
    const round = await tongKetRound(app, 'merit');
    const ready = await individual(app, 'Trần Thị Mai');
    const notYet = await individual(app, 'Lê Văn Hùng');
    const blank = await individual(app, 'A Blong');
    for (const year of [2022, 2023, 2024]) await award(app, ready.id, 'CSTD_CS', year);
    await award(app, notYet.id, 'CSTD_CS', 2024);
    await award(app, notYet.id, 'CSTD_CS', 2021);
    const a = await nominate(app, round.id, ready.id, 'BK_TINH');
    const b = await nominate(app, round.id, notYet.id, 'BK_TINH');
    const c = await nominate(app, round.id, blank.id, 'BK_TINH');
    const eligible = await call<EligibilityResult & { id: number; version: number }>('nominations.eligibility', { id: a.id });
    expect(eligible.status).toBe('eligible');
    expect(eligible.reasons).toContain('Đủ 2 năm liên tục Chiến sĩ thi đua cơ sở (2023, 2024)');
    expect(eligible).toMatchObject({ id: a.id, version: a.version });
    const notEligible = await call<EligibilityResult>('nominations.eligibility', { id: b.id });
    expect(notEligible.status).toBe('not-eligible');
    expect(notEligible.reasons).toContain('Chưa đủ 2 năm liên tục Chiến sĩ thi đua cơ sở (có: 2021, 2024)');
    const unknown = await call<EligibilityResult>('nominations.eligibility', { id: c.id });
    expect(unknown.status).toBe('unknown');
    expect(unknown.reasons[0]).toBe('Chưa có quá trình khen thưởng, xếp loại của đối tượng để đối chiếu');
    const list = await call<ListPage<Nomination>>('nominations.list', { roundId: round.id, eligibility: 'not-eligible' });
    expect(list.rows.map((n) => n.id)).toEqual([b.id]);
    expect(list.total).toBe(1);
    expect(
      (await call<ListPage<Nomination>>('nominations.list', { roundId: round.id, status: 'draft', nomineeKind: 'individual' })).total,
    ).toBe(3);
    expect((await call<ListPage<Nomination>>('nominations.list', { roundId: round.id, awardCode: 'BK_TTG' })).total).toBe(0);
  });

  it('flags a nominee proposed twice in a year and the proposing unit with overdue recommendations', async () => {
    const thematic = await tongKetRound(app);
    const merit = await tongKetRound(app, 'merit');
    const nominee = await individual(app, 'Y Đức');
    await rating(app, nominee.id, 2024);
    const one = await nominate(app, thematic.id, nominee.id, 'BK_TINH');
    await nominate(app, thematic.id, nominee.id, 'GIAY_KHEN');
    await nominate(app, merit.id, nominee.id, 'BK_TTG');
    const flags = (await call<NominationDetail>('nominations.get', { id: one.id })).flags;
    expect(flags).toContain('Đối tượng cũng được đề nghị Giấy khen trong cùng đợt');
    expect(flags).toContain(`Đối tượng cũng được đề nghị Bằng khen của Thủ tướng Chính phủ (chính phủ) trong đợt "${merit.name}" cùng năm`);

    // The proposing commune was inspected in 2024 and a recommendation's deadline has passed.
    const planned = await plannedRound(app, 2024, [ruralCommunes(app)[0].id]);
    await call<Recommendation>('recommendations.create', {
      visitId: planned.visits[0].id,
      text: 'Kiện toàn Hội đồng Thi đua - Khen thưởng xã',
      responsibleUnitId: ruralCommunes(app)[0].id,
      deadline: '2024-12-31',
    });
    const flagged = (await call<ListPage<Nomination>>('nominations.list', { roundId: thematic.id })).rows.find(
      (n) => n.id === one.id,
    ) as Nomination;
    expect(flagged.flags).toContain(`${ruralCommunes(app)[0].name} có 1 kiến nghị kiểm tra quá hạn chưa thực hiện`);
  });
});
