import type { Inspection, InspectionTeam, Person, Recommendation, VisitDetail, VisitWithWarnings } from '../../shared/domain/inspections';
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

export interface DocumentedRound extends PlannedRound {
  /** The two visits after results, findings, recommendations and signing. */
  details: VisitDetail[];
  recommendations: Recommendation[];
}

/** The texts a documented round is filled with, so document tests can find them exactly. */
export const ROUND_TEXTS = {
  legalBasis:
    'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;\nCăn cứ Kế hoạch số 2017/KH-UBND ngày 28 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh Kon Tum;',
  purpose: 'Đánh giá đúng thực chất kết quả phong trào thi đua tại cơ sở.',
  teamDecisionNumber: '25/QĐ-HĐTĐKT',
  commonStrengths: 'Các đơn vị ban hành kế hoạch thực hiện phong trào kịp thời.',
  commonShortcomings: 'Việc lưu trữ hồ sơ khen thưởng ở một số xã chưa đầy đủ.',
  proposals: 'Đề nghị Hội đồng biểu dương các đơn vị xếp loại Xuất sắc.',
  strengths: 'Đơn vị quan tâm tuyên truyền, phát động phong trào.',
  shortcomings: 'Hồ sơ bình xét thi đua chưa lưu theo năm.',
  causes: 'Cán bộ phụ trách thi đua, khen thưởng kiêm nhiệm nhiều việc.',
  recommendation: 'Rà soát, sắp xếp lại hồ sơ thi đua, khen thưởng các năm 2023-2025 theo quy định',
  representative: { fullName: 'Nguyễn Văn Hùng', position: 'Chủ tịch UBND xã' },
};

/**
 * A round for the year filled as the documents print it: legal basis, purpose, the team's decision,
 * unit representatives and a place, the first visit all passed, the second partial (II.5 not applicable)
 * with findings and a recommendation; both signed; the round's common findings and proposals.
 */
export async function documentedRound(app: TestApp, year: number, units?: number[]): Promise<DocumentedRound> {
  const planned = await plannedRound(app, year, units);
  const inspection = await call<Inspection>(app, 'inspections.update', {
    id: planned.inspection.id,
    version: planned.inspection.version,
    year,
    title: planned.inspection.title,
    periodFrom: planned.inspection.periodFrom,
    periodTo: planned.inspection.periodTo,
    movementIds: planned.inspection.movementIds,
    purpose: ROUND_TEXTS.purpose,
    scope: '',
    legalBasis: ROUND_TEXTS.legalBasis,
    teamDecisionNumber: ROUND_TEXTS.teamDecisionNumber,
    teamDecisionDate: `${year}-05-20`,
    commonStrengths: ROUND_TEXTS.commonStrengths,
    commonShortcomings: ROUND_TEXTS.commonShortcomings,
    proposals: ROUND_TEXTS.proposals,
  });
  const details: VisitDetail[] = [];
  const recommendations: Recommendation[] = [];
  for (const [index, visit] of planned.visits.entries()) {
    let detail: VisitDetail = await call<VisitDetail>(app, 'inspections.updateVisit', {
      id: visit.id,
      version: visit.version,
      date: visit.date,
      teamId: visit.teamId,
      place: index === 0 ? 'Hội trường Ủy ban nhân dân xã' : '',
      selfAssessmentDate: `${year}-07-01`,
      unitRepresentatives:
        index === 0 ? [ROUND_TEXTS.representative, { fullName: 'Đinh Thị Lan', position: 'Công chức Văn hóa - Xã hội' }] : [],
    });
    detail = await advance(app, detail, 'in-progress');
    const items = detail.checklist.sections.flatMap((s) => s.items);
    detail = await call<VisitDetail>(app, 'inspections.setResults', {
      visitId: detail.id,
      items:
        index === 0
          ? items.map((item) => ({ itemId: item.id, result: 'pass', points: item.maxPoints }))
          : items.map((item) =>
              item.code === 'II.5'
                ? { itemId: item.id, result: 'na' }
                : item.code === 'II.6'
                  ? { itemId: item.id, result: 'fail', points: 2, note: 'Thiếu hồ sơ năm 2023' }
                  : { itemId: item.id, result: 'pass', points: (item.maxPoints ?? 0) - 2, note: 'Có hồ sơ minh chứng' },
            ),
    });
    if (index === 1) {
      detail = await call<VisitDetail>(app, 'inspections.setFindings', {
        visitId: detail.id,
        version: detail.version,
        strengths: ROUND_TEXTS.strengths,
        shortcomings: ROUND_TEXTS.shortcomings,
        causes: ROUND_TEXTS.causes,
      });
      recommendations.push(
        await call<Recommendation>(app, 'recommendations.create', {
          visitId: detail.id,
          text: ROUND_TEXTS.recommendation,
          responsibleUnitId: detail.unitId,
          deadline: `${year}-12-31`,
        }),
      );
    }
    details.push(await advance(app, await call<VisitDetail>(app, 'inspections.visit', { id: detail.id }), 'signed'));
  }
  return { ...planned, inspection, details, recommendations };
}
