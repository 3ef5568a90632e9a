import { createNominationsRepository } from '../../../electron/main/db/repositories/nominations';
import type { Award, NominationRound, NominationStatus } from '../../../shared/domain/nominations';
import type { BenchApp } from '../app';
import { YEARS } from './dataset';

/** Rounds per year of the data set: each holds `count / (years x rounds)` dossiers. */
const ROUNDS_PER_YEAR = 4;
const STATUSES: NominationStatus[] = ['draft', 'received', 'needs-supplement', 'complete', 'submitted'];

/**
 * Nominations (dossiers) spread over merit rounds of every year of the data set. Rounds are created
 * through `rounds.create`; the dossiers, like the nominees, through the nominations repository the
 * import uses (a dossier and its first workflow line), one transaction per 20.000: no channel creates
 * thousands at once. Each round proposes distinct nominees for forms an individual can receive.
 */
export async function generateNominations(
  app: BenchApp,
  count: number,
  log: (m: string) => void,
): Promise<{ nominations: number; rounds: number; largestRound: number }> {
  const repo = createNominationsRepository(app.ctx.db);
  const catalogue = await app.call<Award[]>('awards.catalogue', {});
  const awards = catalogue.filter((a) => a.nomineeKinds.includes('individual') && a.commendationKinds.includes('merit')).map((a) => a.code);
  if (awards.length === 0) throw new Error('no award for individuals in merit rounds');
  const nominees = app.ctx.db.prepare('SELECT id, unit_id AS unitId FROM nominees ORDER BY id').all() as {
    id: number;
    unitId: number | null;
  }[];
  const fallbackUnit =
    (app.ctx.db.prepare("SELECT id FROM units WHERE kind = 'province' ORDER BY id LIMIT 1").pluck().get() as number) ?? 1;
  const rounds: NominationRound[] = [];
  for (const year of YEARS) {
    for (let r = 1; r <= ROUNDS_PER_YEAR; r++) {
      rounds.push(
        await app.call<NominationRound>('rounds.create', {
          name: `Đợt xét khen thưởng thành tích năm ${year}, đợt ${r}`,
          year,
          commendationKind: 'merit',
          deadline: `${year}-${String(r * 3).padStart(2, '0')}-15`,
          note: '',
        }),
      );
    }
  }
  const perRound = Math.ceil(count / rounds.length);
  const at = new Date().toISOString();
  const setStatus = app.ctx.db.prepare('UPDATE nominations SET status = ?, received_on = ? WHERE id = ?');
  const write = app.ctx.db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const round = rounds[Math.floor(i / perRound)];
      // Distinct nominees within a round: consecutive ones from a round-dependent start.
      const nominee = nominees[(Math.floor(i / perRound) * 7919 + (i % perRound)) % nominees.length];
      const status = STATUSES[i % STATUSES.length];
      const id = repo.insertNomination(
        {
          roundId: round.id,
          nomineeId: nominee.id,
          awardCode: awards[i % awards.length],
          proposingUnitId: nominee.unitId ?? fallbackUnit,
          summary: 'Hoàn thành xuất sắc nhiệm vụ; tích cực tham gia phong trào thi đua xây dựng nông thôn mới.',
          landM2: null,
          moneyVnd: null,
          workdays: null,
        },
        at,
      );
      repo.insertTransition(id, null, 'draft', '', at, 'bench');
      if (status !== 'draft') setStatus.run(status, `${round.year}-03-01`, id);
    }
  });
  const STEP = 20_000;
  for (let from = 0; from < count; from += STEP) {
    write(from, Math.min(count, from + STEP));
    if (count > STEP) log(`  ${Math.min(count, from + STEP)} / ${count} hồ sơ`);
  }
  return { nominations: count, rounds: rounds.length, largestRound: Math.min(perRound, count) };
}
