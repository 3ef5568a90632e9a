import type { CouncilMember, CouncilSession } from '../../shared/domain/council';
import type { Person } from '../../shared/domain/inspections';
import type { NominationDetail } from '../../shared/domain/nominations';
import { ruralCommunes } from './movements-fixture';
import { individual, nominate } from './nominations-fixture';
import { dataOf, type TestApp } from './test-app';

const call = async <T>(app: TestApp, channel: string, input: unknown): Promise<T> => dataOf<T>(await app.callRaw(channel, input));

const ROLES = ['chair', 'vice-chair', 'vice-chair', 'standing-member', ...Array<string>(10).fill('member'), 'secretary'];
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
  'A Thút',
  'Y Hoa',
];

/** A council of 15 (chair, two vice-chairs, a standing member, ten members, a secretary) serving since 2021; member 14 works at the first rural commune. */
export async function council(app: TestApp): Promise<CouncilMember[]> {
  const commune = ruralCommunes(app)[0];
  const members: CouncilMember[] = [];
  for (const [index, fullName] of NAMES.entries()) {
    const person = await call<Person>(app, 'people.create', {
      fullName,
      position: index === 0 ? 'Phó Chủ tịch UBND tỉnh' : 'Giám đốc',
      agency: index === 13 ? `UBND ${commune.name}` : 'Sở Nội vụ',
    });
    members.push(await call<CouncilMember>(app, 'members.create', { personId: person.id, role: ROLES[index], termFrom: '2021-01-01' }));
  }
  return members;
}

/** A nomination brought to "Trình Hội đồng": received, every required document marked, complete, submitted. */
export async function submitted(app: TestApp, roundId: number, name: string, awardCode: string): Promise<NominationDetail> {
  const nominee = await individual(app, name);
  let n = await nominate(app, roundId, nominee.id, awardCode);
  n = await call<NominationDetail>(app, 'nominations.transition', { id: n.id, to: 'received', version: n.version });
  for (const doc of n.dossier.filter((d) => d.required)) {
    n = await call<NominationDetail>(app, 'nominations.setDocument', {
      id: n.id,
      version: n.version,
      documentCode: doc.code,
      received: true,
    });
  }
  n = await call<NominationDetail>(app, 'nominations.transition', { id: n.id, to: 'complete', version: n.version });
  return call<NominationDetail>(app, 'nominations.transition', { id: n.id, to: 'submitted', version: n.version });
}

/** A session on a date with 13 of the 15 present (members 12 and 13 absent, the second with a written opinion) and the given agenda. */
export async function sessionWith(app: TestApp, members: CouncilMember[], date: string, nominationIds: number[]): Promise<CouncilSession> {
  let session = await call<CouncilSession>(app, 'sessions.create', {
    date,
    place: 'Phòng họp số 1, UBND tỉnh',
    chairId: members[0].id,
    secretaryId: members[14].id,
  });
  session = await call<CouncilSession>(app, 'sessions.setAttendance', {
    sessionId: session.id,
    presentIds: members.filter((_, index) => index !== 11 && index !== 12).map((m) => m.id),
    absentOpinions: [{ memberId: members[12].id, opinion: 'Đồng ý với đề nghị khen thưởng.' }],
  });
  return call<CouncilSession>(app, 'sessions.setAgenda', { sessionId: session.id, nominationIds });
}
