import type { NomineeCreated } from '../../shared/contract/nominees';
import type { NominationDetail, NominationRound, NomineeHistoryEntry } from '../../shared/domain/nominations';
import { ruralCommunes, seedMovementId } from './movements-fixture';
import { dataOf, type TestApp } from './test-app';

const call = async <T>(app: TestApp, channel: string, input: unknown): Promise<T> => dataOf<T>(await app.callRaw(channel, input));

/** The 2025 final review of the seed movement, open for proposals (commendation kind: thematic). */
export async function tongKetRound(app: TestApp, kind: 'thematic' | 'merit' = 'thematic'): Promise<NominationRound> {
  return call<NominationRound>(app, 'rounds.create', {
    name:
      kind === 'thematic' ? 'Tổng kết phong trào "Kon Tum chung sức xây dựng nông thôn mới" 2021-2025' : 'Khen thưởng công trạng năm 2025',
    year: 2025,
    commendationKind: kind,
    movementId: kind === 'thematic' ? await seedMovementId(app) : null,
    deadline: '2025-10-31',
  });
}

export async function individual(app: TestApp, name: string, birthYear = 1978): Promise<NomineeCreated> {
  return call<NomineeCreated>(app, 'nominees.create', {
    kind: 'individual',
    name,
    formOfAddress: 'Ông',
    gender: 'male',
    birthYear,
    ethnicity: 'Kinh',
    position: 'Chủ tịch UBND xã',
    workplace: 'UBND xã Đăk Ui',
    classification: 'direct-worker',
    unitId: ruralCommunes(app)[0].id,
  });
}

export async function award(app: TestApp, nomineeId: number, awardCode: string, year: number, commendationKind = 'merit') {
  return call<NomineeHistoryEntry>(app, 'nominees.addAward', { nomineeId, awardCode, year, commendationKind });
}

export async function rating(app: TestApp, nomineeId: number, year: number, value = 'HTXSNV') {
  return call<NomineeHistoryEntry>(app, 'nominees.addRecord', { kind: 'rating', nomineeId, year, rating: value });
}

export async function nominate(app: TestApp, roundId: number, nomineeId: number, awardCode: string): Promise<NominationDetail> {
  return call<NominationDetail>(app, 'nominations.create', {
    roundId,
    nomineeId,
    awardCode,
    proposingUnitId: ruralCommunes(app)[0].id,
    summary: 'Vận động nhân dân hiến 1.200 m² đất làm đường giao thông nông thôn.',
    landM2: 1200,
  });
}
