import { createNominationsRepository } from '../../../electron/main/db/repositories/nominations';
import { foldText } from '../../../shared/text/fold';
import type { BenchApp } from '../app';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Y',
  'A',
  'H\u2019',
];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Hữu', 'Quang', 'Xuân', 'Kim'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hải',
  'Hạnh',
  'Hoa',
  'Hùng',
  'Hương',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Trang',
  'Tuấn',
  'Vân',
  'Đào',
  'Drai',
  'Blơng',
  'Krông',
  'Rơ Châm',
];

/** A realistic Vietnamese full name from a number (deterministic). */
export function nomineeName(i: number): string {
  return `${FAMILY[i % FAMILY.length]} ${MIDDLE[Math.floor(i / 7) % MIDDLE.length]} ${GIVEN[Math.floor(i / 3) % GIVEN.length]}`;
}

/**
 * Nominees with award histories. No channel creates them in bulk (nominees.create checks duplicates
 * one at a time; 1M calls would take hours), so they are written through the nominations repository
 * in one transaction per 50.000, the way the service writes them (folded name from the shared fold).
 */
export function generateNominees(app: BenchApp, count: number, log: (m: string) => void): { nominees: number; awards: number } {
  const repo = createNominationsRepository(app.ctx.db);
  const awardCodes = (app.ctx.db.prepare('SELECT code FROM awards ORDER BY code').all() as { code: string }[]).map((r) => r.code);
  const communes = (app.ctx.db.prepare("SELECT id FROM units WHERE kind = 'commune' ORDER BY id").all() as { id: number }[]).map(
    (r) => r.id,
  );
  const at = new Date().toISOString();
  let awards = 0;
  const batch = app.ctx.db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const name = nomineeName(i);
      const id = repo.insertNominee(
        {
          kind: 'individual',
          name,
          foldedName: foldText(name),
          formOfAddress: '',
          gender: i % 2 === 0 ? 'male' : 'female',
          birthDate: null,
          birthYear: 1960 + (i % 40),
          ethnicity: '',
          position: 'Trưởng thôn',
          workplace: '',
          classification: '',
          unitId: communes.length > 0 ? communes[i % communes.length] : null,
          village: '',
          commune: '',
        },
        at,
      );
      // Every other nominee has one or two awards in earlier years.
      for (let k = 0; k < i % 3 && awardCodes.length > 0; k++) {
        repo.insertHistory(
          id,
          {
            kind: 'award',
            year: 2018 + ((i + k) % 7),
            awardCode: awardCodes[(i + k) % awardCodes.length],
            commendationKind: null,
            rating: null,
            scope: null,
            detail: '',
            decisionNumber: `${(i % 900) + 1}/QĐ-UBND`,
            decisionDate: null,
            issuer: 'UBND tỉnh',
          },
          at,
        );
        awards++;
      }
    }
  });
  const STEP = 50_000;
  for (let from = 0; from < count; from += STEP) {
    batch(from, Math.min(count, from + STEP));
    if (count > STEP) log(`  ${Math.min(count, from + STEP)} / ${count} đối tượng`);
  }
  return { nominees: count, awards };
}
