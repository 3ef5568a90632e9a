import { type Page } from '@playwright/test';

import { hostCall } from './host-api';

interface App {
  url: string;
}

const ROLES = ['chair', 'vice-chair', 'vice-chair', 'standing-member', ...Array<string>(9).fill('member'), 'secretary'];
const NAMES = [
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
  'Y Hoa',
];

/** The proposing commune of every dossier; a member added on screen works there. */
export const COMMUNE_QUERY = 'xa dak mar';

/**
 * Fourteen council members serving since 2021 (chair, two vice-chairs, a standing member, nine members, the
 * secretary) and one more whose term the test ends; made through the host, the screens are not the point here.
 */
export async function seedCouncil(page: Page, app: App): Promise<void> {
  for (const [index, fullName] of [...NAMES, 'Đinh Văn Cũ'].entries()) {
    const person = await hostCall<{ id: number }>(page, app, 'people.create', {
      fullName,
      position: index === 0 ? 'Phó Chủ tịch UBND tỉnh' : 'Giám đốc',
      agency: 'Sở Nội vụ',
    });
    await hostCall(page, app, 'members.create', { personId: person.id, role: ROLES[index] ?? 'member', termFrom: '2021-01-01' });
  }
}

/** A dossier brought to "Trình Hội đồng": received, its required documents ticked, complete, submitted. */
async function submitted(page: Page, app: App, roundId: number, unitId: number, name: string, awardCode: string): Promise<number> {
  const nominee = await hostCall<{ id: number }>(page, app, 'nominees.create', {
    kind: 'individual',
    name,
    formOfAddress: 'Ông',
    gender: 'male',
    birthYear: 1978,
    position: 'Trưởng thôn',
    workplace: 'Thôn 1, xã Đắk Mar',
    unitId,
  });
  type Detail = { id: number; version: number; dossier: { code: string; required: boolean }[] };
  let n = await hostCall<Detail>(page, app, 'nominations.create', {
    roundId,
    nomineeId: nominee.id,
    awardCode,
    proposingUnitId: unitId,
    summary: 'Vận động nhân dân hiến đất làm đường giao thông nông thôn.',
  });
  n = await hostCall<Detail>(page, app, 'nominations.transition', { id: n.id, to: 'received', reason: '', version: n.version });
  for (const doc of n.dossier.filter((d) => d.required)) {
    n = await hostCall<Detail>(page, app, 'nominations.setDocument', {
      id: n.id,
      version: n.version,
      documentCode: doc.code,
      received: true,
    });
  }
  n = await hostCall<Detail>(page, app, 'nominations.transition', { id: n.id, to: 'complete', reason: '', version: n.version });
  n = await hostCall<Detail>(page, app, 'nominations.transition', { id: n.id, to: 'submitted', reason: '', version: n.version });
  return n.id;
}

/** Three dossiers of a 2025 merit round at "Trình Hội đồng", all proposed by Xã Đắk Mar. */
export async function seedNominations(page: Page, app: App): Promise<number[]> {
  const [unit] = await hostCall<{ id: number }[]>(page, app, 'units.search', { query: COMMUNE_QUERY, limit: 1 });
  const round = await hostCall<{ id: number }>(page, app, 'rounds.create', {
    name: 'Khen thưởng công trạng năm 2025',
    year: 2025,
    commendationKind: 'merit',
    deadline: '2025-10-31',
  });
  return [
    await submitted(page, app, round.id, unit.id, 'Nguyễn Văn An', 'CSTD_CS'),
    await submitted(page, app, round.id, unit.id, 'Trần Văn Bảo', 'CSTD_CS'),
    await submitted(page, app, round.id, unit.id, 'Lê Thị Cúc', 'BK_TINH'),
  ];
}

/**
 * A session of 20/06/2025 with 13 of 15 present (one written opinion), three dossiers on its agenda and the first
 * voted; made once per database (the accessibility scan opens a screen at each window size on the same one).
 */
export async function votedSession(page: Page, app: App): Promise<number> {
  const existing = await hostCall<{ rows: { id: number }[] }>(page, app, 'sessions.list', { year: 2025 });
  if (existing.rows.length > 0) return existing.rows[0].id;
  await seedCouncil(page, app);
  // As the spec does on screen: Đinh Văn Cũ's term ends before 2025, A Thút of the proposing commune joins.
  const seated = await hostCall<{ id: number; version: number; role: string; fullName: string }[]>(page, app, 'members.list', {});
  const leaving = seated.find((m) => m.fullName === 'Đinh Văn Cũ');
  if (leaving)
    await hostCall(page, app, 'members.update', { id: leaving.id, version: leaving.version, role: leaving.role, termTo: '2024-12-31' });
  const [commune] = await hostCall<{ name: string }[]>(page, app, 'units.search', { query: COMMUNE_QUERY, limit: 1 });
  const thut = await hostCall<{ id: number }>(page, app, 'people.create', {
    fullName: 'A Thút',
    position: 'Phó Chủ tịch UBND xã',
    agency: `UBND ${commune.name}`,
  });
  await hostCall(page, app, 'members.create', { personId: thut.id, role: 'member', termFrom: '2021-01-01' });
  const nominations = await seedNominations(page, app);
  const members = await hostCall<{ id: number; role: string; fullName: string }[]>(page, app, 'members.list', { asOf: '2025-06-20' });
  const chair = members.find((m) => m.role === 'chair');
  const secretary = members.find((m) => m.role === 'secretary');
  if (!chair || !secretary) throw new Error('votedSession: no chair or secretary');
  const session = await hostCall<{ id: number; version: number }>(page, app, 'sessions.create', {
    date: '2025-06-20',
    place: 'Phòng họp số 1, UBND tỉnh',
    chairId: chair.id,
    secretaryId: secretary.id,
  });
  const absent = members.filter((m) => m.fullName === 'Lý Văn Tâm' || m.fullName === 'Dương Thị Yến');
  await hostCall(page, app, 'sessions.setAttendance', {
    sessionId: session.id,
    presentIds: members.filter((m) => !absent.includes(m)).map((m) => m.id),
    absentOpinions: [{ memberId: absent[0].id, opinion: 'Đồng ý với đề nghị khen thưởng.' }],
  });
  await hostCall(page, app, 'sessions.setAgenda', { sessionId: session.id, nominationIds: nominations });
  await hostCall(page, app, 'sessions.recordVote', { sessionId: session.id, nominationId: nominations[0], votesFor: 12, votesAgainst: 1 });
  return session.id;
}
