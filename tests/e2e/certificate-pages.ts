import type { Page } from '@playwright/test';

import { hostCall } from './host-api';

interface App {
  url: string;
}

/** The awardees of `issuedDecision`, in the decision's order. */
export const E2E_AWARDEES = ['Nguyễn Văn An', 'Trần Thị Bình'];

/**
 * Through the host, as the council screens would: a council of five, two dossiers brought to "Trình Hội
 * đồng", a session with everyone present voting them through, and decision 812/QĐ-UBND issued (register
 * numbers given), once per database. Resolves with the decision's id.
 */
export async function issuedDecision(page: Page, app: App): Promise<number> {
  const call = <T>(channel: string, input: unknown) => hostCall<T>(page, app, channel, input);
  // Made once per database: the accessibility scan opens a screen at each window size.
  const existing = await call<{ rows: { decisionId: number }[] }>('awards.register', { query: '812/QĐ-UBND' });
  if (existing.rows.length > 0) return existing.rows[0].decisionId;
  const roles = ['chair', 'vice-chair', 'member', 'member', 'secretary'];
  const members: number[] = [];
  for (const [index, role] of roles.entries()) {
    const person = await call<{ id: number }>('people.create', {
      fullName: ['Nguyễn Văn Hùng', 'Trần Thị Lan', 'Lê Văn Bình', 'Phạm Thị Hằng', 'Y Hoa'][index],
      position: 'Ủy viên Hội đồng',
      agency: 'Sở Nội vụ',
    });
    members.push((await call<{ id: number }>('members.create', { personId: person.id, role, termFrom: '2021-01-01' })).id);
  }
  const [unit] = await call<{ id: number }[]>('units.search', { query: 'dak mar', limit: 1 });
  const round = await call<{ id: number }>('rounds.create', {
    name: 'Khen thưởng công trạng năm 2025',
    year: 2025,
    commendationKind: 'merit',
    deadline: '2025-10-31',
  });
  const nominations: number[] = [];
  for (const name of E2E_AWARDEES) {
    const nominee = await call<{ id: number }>('nominees.create', {
      kind: 'individual',
      name,
      formOfAddress: name.startsWith('Trần Thị') ? 'Bà' : 'Ông',
      gender: name.startsWith('Trần Thị') ? 'female' : 'male',
      birthYear: 1978,
      position: 'Chủ tịch UBND xã',
      workplace: 'UBND xã Đắk Mar',
      unitId: unit.id,
    });
    let n = await call<{ id: number; version: number; dossier: { code: string; required: boolean }[] }>('nominations.create', {
      roundId: round.id,
      nomineeId: nominee.id,
      awardCode: 'BK_TINH',
      proposingUnitId: unit.id,
      summary: 'Vận động nhân dân hiến đất làm đường giao thông nông thôn.',
    });
    n = await call('nominations.transition', { id: n.id, to: 'received', version: n.version });
    for (const doc of n.dossier.filter((d) => d.required)) {
      n = await call('nominations.setDocument', { id: n.id, version: n.version, documentCode: doc.code, received: true });
    }
    n = await call('nominations.transition', { id: n.id, to: 'complete', version: n.version });
    n = await call('nominations.transition', { id: n.id, to: 'submitted', version: n.version });
    nominations.push(n.id);
  }
  const session = await call<{ id: number }>('sessions.create', {
    date: '2025-06-20',
    place: 'Phòng họp số 1, UBND tỉnh',
    chairId: members[0],
    secretaryId: members[4],
  });
  await call('sessions.setAttendance', { sessionId: session.id, presentIds: members });
  await call('sessions.setAgenda', { sessionId: session.id, nominationIds: nominations });
  for (const nominationId of nominations) {
    await call('sessions.recordVote', { sessionId: session.id, nominationId, votesFor: 5, votesAgainst: 0 });
  }
  const decision = await call<{ id: number }>('decisions.create', {
    number: '812/QĐ-UBND',
    date: '2025-07-05',
    signerName: 'Nguyễn Văn Hùng',
    signerAuthority: 'KT. Chủ tịch — Phó Chủ tịch',
    nominationIds: nominations,
  });
  await call('decisions.issue', { id: decision.id });
  return decision.id;
}
