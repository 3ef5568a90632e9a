import type { Inspection, InspectionTeam, Person, VisitDetail, VisitWithWarnings } from '../../shared/domain/inspections';
import { ruralCommunes, seedMovementId } from './movements-fixture';
import { dataOf, type TestApp } from './test-app';

const call = async <T>(app: TestApp, channel: string, input: unknown): Promise<T> => dataOf<T>(await app.callRaw(channel, input));

export async function person(app: TestApp, fullName: string, position = 'Chuyên viên'): Promise<Person> {
  return call<Person>(app, 'people.create', { fullName, position, agency: 'Ban Thi đua - Khen thưởng tỉnh' });
}

export async function round(app: TestApp, year: number): Promise<Inspection> {
  return call<Inspection>(app, 'inspections.create', {
    year,
    title: `Kiểm tra công tác thi đua, khen thưởng năm ${year}`,
    periodFrom: `${year}-06-01`,
    periodTo: `${year}-09-30`,
    movementIds: [await seedMovementId(app)],
  });
}

export interface PlannedRound {
  inspection: Inspection;
  team: InspectionTeam;
  people: Person[];
  visits: VisitWithWarnings[];
}

/** A round for the year with one team (leader, member, secretary) visiting the first two rural communes. */
export async function plannedRound(
  app: TestApp,
  year: number,
  units = ruralCommunes(app)
    .slice(0, 2)
    .map((c) => c.id),
): Promise<PlannedRound> {
  const inspection = await round(app, year);
  const people = [
    await person(app, 'Trần Văn Bình', 'Phó Trưởng ban'),
    await person(app, 'Lê Thị Đào'),
    await person(app, 'Phạm Minh Khôi'),
  ];
  const team = await call<InspectionTeam>(app, 'inspections.saveTeam', {
    inspectionId: inspection.id,
    name: 'Đoàn kiểm tra số 1',
    members: [
      { personId: people[0].id, role: 'leader' },
      { personId: people[1].id, role: 'member' },
      { personId: people[2].id, role: 'secretary' },
    ],
  });
  const visits: VisitWithWarnings[] = [];
  for (const [index, unitId] of units.entries()) {
    visits.push(
      await call<VisitWithWarnings>(app, 'inspections.addVisit', {
        inspectionId: inspection.id,
        unitId,
        date: `${year}-07-${String(10 + index).padStart(2, '0')}`,
        teamId: team.id,
      }),
    );
  }
  return { inspection, team, people, visits };
}

/** Moves a visit to a status one step at a time (forward only). */
export async function advance(app: TestApp, visit: VisitDetail, to: VisitDetail['status']): Promise<VisitDetail> {
  const steps = ['planned', 'in-progress', 'results', 'signed', 'done'] as const;
  let current = visit;
  while (current.status !== to) {
    const next = steps[steps.indexOf(current.status) + 1];
    current = await call<VisitDetail>(app, 'inspections.transition', { visitId: current.id, to: next, version: current.version });
  }
  return current;
}

/** Every item of the visit's checklist passed with full points. */
export async function allPassed(app: TestApp, visit: VisitDetail): Promise<VisitDetail> {
  const items = visit.checklist.sections
    .flatMap((s) => s.items)
    .map((item) => ({ itemId: item.id, result: 'pass', points: item.maxPoints }));
  return call<VisitDetail>(app, 'inspections.setResults', { visitId: visit.id, items });
}
