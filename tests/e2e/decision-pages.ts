import type { Page } from '@playwright/test';

import { hostCall } from './host-api';

interface App {
  url: string;
}

interface Dossier {
  id: number;
  version: number;
  nomineeId: number;
  dossier: { code: string; required: boolean }[];
}

const ROLES = ['chair', 'vice-chair', 'vice-chair', 'standing-member', ...Array<string>(10).fill('member'), 'secretary'];
const MEMBERS = [
  'Nguyễn Văn Hùng',
  'Trần Thị Lan',
  'Lê Văn Bình',
  'Phạm Thị Hằng',
  'Hoàng Văn Đức',
  'Võ Thị Mai',
  'Đặng Văn Phúc',
  'Bùi Thị Ngọc',
  'Đỗ Văn Long',
  'Hồ Thị Thu',
  'Ngô Văn Sơn',
  'Dương Thị Yến',
  'Lý Văn Tâm',
  'Đinh Văn Hải',
  'Y Hoa',
];

/** What the voted session left: the three dossiers (An and Cúc passed, Bảo did not) and An's 2026 proposal for a higher form. */
export interface VotedSession {
  an: number;
  bao: number;
  cuc: number;
  anNomineeId: number;
  higher: number;
}

/**
 * Through the host, as the council screens would: a council of 15 serving since 2021, a merit round of 2025 with
 * three dossiers brought to "Trình Hội đồng" (Nguyễn Văn An with a Chiến sĩ thi đua cơ sở of 2024 on record), a
 * session on 20/06/2025 with 13 present voting 12, 9 and 13 for; and An proposed for a Bằng khen in 2026.
 */
export async function votedSession(page: Page, app: App): Promise<VotedSession> {
  const call = <T>(channel: string, input: unknown) => hostCall<T>(page, app, channel, input);
  const members: number[] = [];
  for (const [index, fullName] of MEMBERS.entries()) {
    const person = await call<{ id: number }>('people.create', {
      fullName,
      position: index === 0 ? 'Phó Chủ tịch UBND tỉnh' : 'Giám đốc',
      agency: 'Sở Nội vụ',
    });
    members.push((await call<{ id: number }>('members.create', { personId: person.id, role: ROLES[index], termFrom: '2021-01-01' })).id);
  }
  const [unit] = await call<{ id: number }[]>('units.search', { query: 'dak mar', limit: 1 });
  const round = await call<{ id: number }>('rounds.create', {
    name: 'Khen thưởng công trạng năm 2025',
    year: 2025,
    commendationKind: 'merit',
    deadline: '2025-10-31',
  });
  const individual = async (name: string) =>
    (
      await call<{ id: number }>('nominees.create', {
        kind: 'individual',
        name,
        formOfAddress: 'Ông',
        gender: 'male',
        birthYear: 1978,
        position: 'Chủ tịch UBND xã',
        workplace: 'UBND xã Đắk Mar',
        unitId: unit.id,
      })
    ).id;
  const nominate = (roundId: number, nomineeId: number, awardCode: string) =>
    call<Dossier>('nominations.create', {
      roundId,
      nomineeId,
      awardCode,
      proposingUnitId: unit.id,
      summary: 'Vận động nhân dân hiến 1.200 m² đất làm đường giao thông nông thôn.',
      landM2: 1200,
    });
  const submitted = async (nomineeId: number, awardCode: string) => {
    let n = await nominate(round.id, nomineeId, awardCode);
    n = await call<Dossier>('nominations.transition', { id: n.id, to: 'received', version: n.version });
    for (const doc of n.dossier.filter((d) => d.required))
      n = await call<Dossier>('nominations.setDocument', { id: n.id, version: n.version, documentCode: doc.code, received: true });
    n = await call<Dossier>('nominations.transition', { id: n.id, to: 'complete', version: n.version });
    return call<Dossier>('nominations.transition', { id: n.id, to: 'submitted', version: n.version });
  };
  const anId = await individual('Nguyễn Văn An');
  await call('nominees.addAward', { nomineeId: anId, awardCode: 'CSTD_CS', year: 2024, commendationKind: 'merit' });
  const an = await submitted(anId, 'CSTD_CS');
  const bao = await submitted(await individual('Trần Văn Bảo'), 'CSTD_CS');
  const cuc = await submitted(await individual('Lê Thị Cúc'), 'BK_TINH');

  const session = await call<{ id: number }>('sessions.create', {
    date: '2025-06-20',
    place: 'Phòng họp số 1, UBND tỉnh',
    chairId: members[0],
    secretaryId: members[14],
  });
  await call('sessions.setAttendance', {
    sessionId: session.id,
    presentIds: members.filter((_, index) => index !== 11 && index !== 12),
    absentOpinions: [{ memberId: members[12], opinion: 'Đồng ý với đề nghị khen thưởng.' }],
  });
  await call('sessions.setAgenda', { sessionId: session.id, nominationIds: [an.id, bao.id, cuc.id] });
  for (const [n, votesFor] of [
    [an, 12],
    [bao, 9],
    [cuc, 13],
  ] as const)
    await call('sessions.recordVote', { sessionId: session.id, nominationId: n.id, votesFor, votesAgainst: 13 - votesFor });

  const round2026 = await call<{ id: number }>('rounds.create', {
    name: 'Khen thưởng công trạng năm 2026',
    year: 2026,
    commendationKind: 'merit',
    deadline: '2026-10-31',
  });
  const higher = await nominate(round2026.id, anId, 'BK_TINH');
  return { an: an.id, bao: bao.id, cuc: cuc.id, anNomineeId: anId, higher: higher.id };
}

/**
 * For the screens' scan: the voted session and an issued decision granting An's award, handed over (Cúc's passed
 * dossier left for "Tạo quyết định"); made once per database. Resolves with the decision's id.
 */
export async function issuedDecision(page: Page, app: App): Promise<number> {
  const call = <T>(channel: string, input: unknown) => hostCall<T>(page, app, channel, input);
  const existing = await call<{ rows: { id: number }[] }>('decisions.list', {});
  if (existing.rows.length > 0) return existing.rows[0].id;
  const voted = await votedSession(page, app);
  const draft = await call<{ id: number; version: number }>('decisions.create', {
    number: '812/QĐ-UBND',
    date: '2025-07-05',
    signerName: 'Nguyễn Văn Hùng',
    signerAuthority: 'KT. CHỦ TỊCH — PHÓ CHỦ TỊCH',
    nominationIds: [voted.an],
  });
  const issued = await call<{ items: { id: number; version: number }[] }>('decisions.issue', { id: draft.id, version: draft.version });
  const [award] = issued.items;
  await call('awards.handOver', { awardId: award.id, version: award.version, printedOn: '2025-07-10', handedOverOn: '2025-07-20' });
  return draft.id;
}
