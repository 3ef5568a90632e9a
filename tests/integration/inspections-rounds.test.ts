import { afterEach, describe, expect, it } from 'vitest';

import type { ListPage } from '../../shared/contract/paging';
import type {
  ChecklistTemplate,
  InspectionDetail,
  InspectionListItem,
  Recommendation,
  VisitDetail,
  VisitWithWarnings,
} from '../../shared/domain/inspections';
import type { Envelope } from '../../shared/errors';
import { advance, allPassed, person, plannedRound } from '../support/inspections-fixture';
import { ruralCommunes } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp | null = null;
afterEach(() => {
  app?.close();
  app = null;
});

const open = () => (app = openTestApp());
const call = async <T>(a: TestApp, channel: string, input: unknown): Promise<T> => dataOf<T>(await a.callRaw(channel, input));

function found<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected to find it');
  return value;
}

function refused(envelope: Envelope<unknown>, code: string): string {
  if (envelope.ok) throw new Error('expected a refusal');
  expect(envelope.error.code).toBe(code);
  // A schema refusal says "check the marked fields" and puts each field's message in `fields`.
  return [...new Set([envelope.error.message, ...(envelope.error.fields ?? []).map((f) => f.message)])].join(' | ');
}

/** Everything the inspection tables and the audit log hold, to show a refusal changed nothing. */
function snapshot(a: TestApp) {
  const tables = [
    'inspections',
    'inspection_visits',
    'inspection_results',
    'inspection_transitions',
    'recommendations',
    'recommendation_notes',
    'people',
    'inspection_teams',
    'inspection_team_members',
    'audit_log',
  ];
  return Object.fromEntries(tables.map((t) => [t, a.ctx.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}

/** Partial results: I.1-I.4 and II.1-II.4 scored, II.5 not applicable, II.6 (required) left out. */
function partialItems(visit: VisitDetail) {
  const points: Record<string, number> = { 'I.1': 8, 'I.2': 8, 'I.3': 15, 'I.4': 8, 'II.1': 7, 'II.2': 7, 'II.3': 6, 'II.4': 6 };
  return visit.checklist.sections
    .flatMap((s) => s.items)
    .filter((item) => item.code !== 'II.6')
    .map((item) =>
      item.code === 'II.5'
        ? { itemId: item.id, result: 'na' }
        : {
            itemId: item.id,
            result: points[item.code] >= (item.maxPoints ?? 0) * 0.7 ? 'pass' : 'fail',
            points: points[item.code],
            note: 'Có hồ sơ minh chứng',
          },
    );
}

describe('an inspection round from plan to done', () => {
  it('plans two units with a team, scores both, refuses to sign while a required item is missing, then completes', async () => {
    const a = open();
    const { inspection, visits, team } = await plannedRound(a, 2025);
    expect(visits.map((v) => v.status)).toEqual(['planned', 'planned']);
    expect(visits[0].warnings).toEqual([]);
    const template = await call<VisitDetail['checklist']>(a, 'inspections.template', {});
    expect(template.locked).toBe(true);
    expect(template.sections.map((s) => s.title)).toEqual([
      'Việc tổ chức thực hiện phong trào thi đua',
      'Công tác thi đua, khen thưởng của đơn vị',
    ]);
    expect(template.bands.map((b) => [b.label, b.minPoints])).toEqual([
      ['Xuất sắc', 90],
      ['Tốt', 75],
      ['Khá', 60],
      ['Trung bình', 0],
    ]);

    // Unit A: every item passed with full points.
    let first = await advance(a, visits[0], 'in-progress');
    first = await allPassed(a, first);
    expect(first.score).toEqual({ total: 100, max: 100, band: 'Xuất sắc' });
    first = await advance(a, first, 'done');
    expect(first.transitions.map((t) => `${t.from}>${t.to}`)).toEqual([
      'planned>in-progress',
      'in-progress>results',
      'results>signed',
      'signed>done',
    ]);

    // Unit B: partial results; II.6 (required) missing.
    let second = await advance(a, visits[1], 'in-progress');
    second = await call<VisitDetail>(a, 'inspections.setResults', { visitId: second.id, items: partialItems(second) });
    // 65 of the 95 points that apply (II.5 does not): 68.4 on 100 -> Khá.
    expect(second.score).toEqual({ total: 65, max: 95, band: 'Khá' });
    expect(second.missingRequired.map((m) => m.code)).toEqual(['II.6']);
    second = await advance(a, second, 'results');

    const before = snapshot(a);
    const message = refused(
      await a.callRaw('inspections.transition', { visitId: second.id, to: 'signed', version: second.version }),
      'VALIDATION',
    );
    expect(message).toBe('Chưa thể ký biên bản: còn nội dung bắt buộc chưa có kết quả: II.6. Lưu trữ hồ sơ thi đua, khen thưởng.');
    expect(snapshot(a)).toEqual(before);

    const archiving = found(second.checklist.sections[1].items.find((i) => i.code === 'II.6'));
    second = await call<VisitDetail>(a, 'inspections.setResults', {
      visitId: second.id,
      items: [{ itemId: archiving.id, result: 'fail', points: 2, note: 'Hồ sơ lưu chưa đầy đủ' }],
    });
    expect(second.score).toEqual({ total: 67, max: 95, band: 'Khá' });
    second = await call<VisitDetail>(a, 'inspections.setFindings', {
      visitId: second.id,
      version: second.version,
      strengths: 'Ban hành kế hoạch kịp thời.',
      shortcomings: 'Lưu trữ hồ sơ chưa đầy đủ.',
      causes: 'Cán bộ kiêm nhiệm.',
    });
    second = await advance(a, second, 'signed');
    expect(second.status).toBe('signed');
    let round = await call<InspectionDetail>(a, 'inspections.get', { id: inspection.id });
    expect(round.status).toBe('in-progress');
    second = await advance(a, second, 'done');

    round = await call<InspectionDetail>(a, 'inspections.get', { id: inspection.id });
    expect(round.status).toBe('done');
    expect(round.teams).toEqual([expect.objectContaining({ id: team.id, name: 'Đoàn kiểm tra số 1' })]);
    expect(round.teams[0].members.map((m) => [m.fullName, m.role])).toEqual([
      ['Trần Văn Bình', 'leader'],
      ['Lê Thị Đào', 'member'],
      ['Phạm Minh Khôi', 'secretary'],
    ]);
    expect(round.visits.map((v) => [v.status, v.score.band])).toEqual([
      ['done', 'Xuất sắc'],
      ['done', 'Khá'],
    ]);
    // The movement's own records of the unit are shown on the visit, not retyped.
    await call(a, 'criteria.setUnitYear', {
      unitId: second.unitId,
      year: 2024,
      criteriaMet: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      version: null,
    });
    await call(a, 'criteria.setUnitYear', {
      unitId: second.unitId,
      year: 2025,
      criteriaMet: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
      version: null,
    });
    const detail = await call<VisitDetail>(a, 'inspections.visit', { id: second.id });
    expect(detail.movementRecords.map((r) => [r.year, r.criteriaMet, r.recognitions.length])).toEqual([
      [2024, 12, 0],
      [2025, 14, 0],
    ]);
    expect(detail.shortcomings).toBe('Lưu trữ hồ sơ chưa đầy đủ.');
    expect(detail.team?.members[0].fullName).toBe('Trần Văn Bình');
    const list = await call<InspectionListItem[]>(a, 'inspections.list', { year: 2025 });
    expect(list).toEqual([expect.objectContaining({ id: inspection.id, visitCount: 2, doneCount: 2, status: 'done' })]);
    expect(await call<InspectionListItem[]>(a, 'inspections.list', { year: 2024 })).toEqual([]);

    // The report's round-level texts; then a visit added late opens the round again.
    const { id, version, year, title, periodFrom, periodTo, movementIds } = round;
    const updated = await call<InspectionDetail>(a, 'inspections.update', {
      id,
      version,
      year,
      title,
      periodFrom,
      periodTo,
      movementIds,
      commonStrengths: 'Các đơn vị ban hành kế hoạch kịp thời.',
      proposals: 'Đề nghị Hội đồng biểu dương Xã có kết quả xuất sắc.',
    });
    expect(updated).toEqual(expect.objectContaining({ proposals: 'Đề nghị Hội đồng biểu dương Xã có kết quả xuất sắc.', status: 'done' }));
    await call(a, 'inspections.addVisit', { inspectionId: id, unitId: ruralCommunes(a)[9].id, date: '2025-08-01' });
    expect((await call<InspectionDetail>(a, 'inspections.get', { id })).status).toBe('in-progress');
  });

  it("shows the first round's open recommendation on the next year's visit to the same unit, and closes it there", async () => {
    const a = open();
    const first = await plannedRound(a, 2025);
    const unitId = first.visits[0].unitId;
    const made = await call<Recommendation>(a, 'recommendations.create', {
      visitId: first.visits[0].id,
      text: 'Kiện toàn Hội đồng Thi đua - Khen thưởng xã',
      responsibleUnitId: unitId,
      deadline: '31/12/2025',
    });
    expect(made).toEqual(expect.objectContaining({ status: 'open', deadline: '2025-12-31', inspectionYear: 2025, unitId }));

    const overdue = (await call<ListPage<Recommendation>>(a, 'recommendations.list', { status: 'overdue', overdueOn: '2026-01-15' })).rows;
    expect(overdue.map((r) => [r.id, r.overdue])).toEqual([[made.id, true]]);
    expect((await call<ListPage<Recommendation>>(a, 'recommendations.list', { status: 'overdue', overdueOn: '2025-12-31' })).rows).toEqual(
      [],
    );

    const next = await plannedRound(a, 2026, [unitId, ruralCommunes(a)[5].id]);
    expect(
      (await call<ListPage<Recommendation>>(a, 'recommendations.list', { inspectionId: first.inspection.id })).rows.map((r) => r.id),
    ).toEqual([made.id]);
    expect((await call<ListPage<Recommendation>>(a, 'recommendations.list', { inspectionId: next.inspection.id })).rows).toEqual([]);
    const round = await call<InspectionDetail>(a, 'inspections.get', { id: next.inspection.id });
    const sameUnit = found(round.visits.find((v) => v.unitId === unitId));
    expect(sameUnit.carried.map((r) => [r.id, r.text, r.inspectionYear])).toEqual([
      [made.id, 'Kiện toàn Hội đồng Thi đua - Khen thưởng xã', 2025],
    ]);
    expect(found(round.visits.find((v) => v.unitId !== unitId)).carried).toEqual([]);

    const closed = await call<Recommendation>(a, 'recommendations.update', {
      id: made.id,
      version: made.version,
      status: 'done',
      closedInVisitId: sameUnit.id,
      followUp: { date: '2026-07-10', text: 'Đã có quyết định kiện toàn Hội đồng' },
    });
    expect(closed).toEqual(expect.objectContaining({ status: 'done', overdue: false, closedInVisitId: sameUnit.id }));
    expect(closed.notes.map((n) => [n.date, n.text])).toEqual([['2026-07-10', 'Đã có quyết định kiện toàn Hội đồng']]);
    // Still listed on the visit that closed it (for its minutes), no longer open anywhere.
    const visit = await call<VisitDetail>(a, 'inspections.visit', { id: sameUnit.id });
    expect(visit.carried.map((r) => [r.id, r.status])).toEqual([[made.id, 'done']]);
    expect((await call<ListPage<Recommendation>>(a, 'recommendations.list', { unitId, status: 'open' })).rows).toEqual([]);
    expect((await call<ListPage<Recommendation>>(a, 'recommendations.list', { status: 'overdue', overdueOn: '2027-01-01' })).rows).toEqual(
      [],
    );
  });
});

describe('refusals change nothing and say why in Vietnamese', () => {
  it('refuses invalid transitions, reopening without a reason, stale versions and bad results', async () => {
    const a = open();
    const { visits } = await plannedRound(a, 2025);
    const visit = visits[0];
    const before = snapshot(a);

    expect(
      refused(await a.callRaw('inspections.transition', { visitId: visit.id, to: 'signed', version: visit.version }), 'VALIDATION'),
    ).toBe('Không thể chuyển từ "Kế hoạch" sang "Đã ký biên bản"; bước tiếp theo là "Đang kiểm tra".');
    expect(
      refused(await a.callRaw('inspections.transition', { visitId: visit.id, to: 'planned', version: visit.version }), 'VALIDATION'),
    ).toBe('Lần kiểm tra đã ở trạng thái "Kế hoạch".');
    expect(
      refused(await a.callRaw('inspections.transition', { visitId: visit.id, to: 'closed', version: visit.version }), 'VALIDATION'),
    ).toContain('Trạng thái chuyển đến không hợp lệ');
    expect(
      refused(await a.callRaw('inspections.transition', { visitId: visit.id, to: 'in-progress', version: visit.version + 5 }), 'CONFLICT'),
    ).toContain('vừa được thay đổi ở nơi khác');
    expect(
      refused(await a.callRaw('inspections.setResults', { visitId: visit.id, items: [{ itemId: 1, result: 'pass' }] }), 'VALIDATION'),
    ).toContain('Chỉ ghi kết quả khi lần kiểm tra');
    expect(
      refused(
        await a.callRaw('inspections.create', { year: 2025, title: 'Đợt lỗi', periodFrom: '2025-09-01', periodTo: '2025-06-01' }),
        'VALIDATION',
      ),
    ).toBe('Thời gian kiểm tra: "Đến ngày" không được trước "Từ ngày".');
    expect(refused(await a.callRaw('people.create', { fullName: '  ', position: '', agency: '' }), 'VALIDATION')).toContain(
      'Họ và tên không được để trống',
    );
    expect(
      refused(
        await a.callRaw('recommendations.create', {
          visitId: visit.id,
          text: 'x',
          responsibleUnitId: visit.unitId,
          deadline: '2025-01-01',
        }),
        'VALIDATION',
      ),
    ).toBe('Hạn thực hiện kiến nghị không được trước ngày kiểm tra.');
    expect(snapshot(a)).toEqual(before);

    const started = await advance(a, visit, 'in-progress');
    const item = started.checklist.sections[0].items[0];
    const afterStart = snapshot(a);
    const bad = [
      [{ itemId: item.id, result: 'ok' }, 'Kết quả phải là đạt, chưa đạt hoặc không áp dụng'],
      [{ itemId: item.id, result: 'pass', points: 11 }, 'Điểm của nội dung I.1 vượt mức tối đa 10.'],
      [{ itemId: item.id, result: 'na', points: 5 }, 'Nội dung I.1 "không áp dụng" thì không chấm điểm.'],
      [{ itemId: 99999, result: 'pass' }, 'Nội dung kiểm tra (mã 99999) không thuộc mẫu của đợt này.'],
    ] as const;
    for (const [entry, text] of bad) {
      expect(refused(await a.callRaw('inspections.setResults', { visitId: started.id, items: [entry] }), 'VALIDATION')).toContain(text);
    }
    expect(
      refused(
        await a.callRaw('inspections.setResults', {
          visitId: started.id,
          items: [
            { itemId: item.id, result: 'pass' },
            { itemId: item.id, result: 'fail' },
          ],
        }),
        'VALIDATION',
      ),
    ).toBe('Nội dung I.1 được ghi kết quả hai lần.');
    expect(
      refused(await a.callRaw('inspections.transition', { visitId: started.id, to: 'results', version: started.version }), 'VALIDATION'),
    ).toBe('Chưa ghi kết quả nội dung nào; chưa thể chuyển sang "Đã có kết quả".');
    expect(
      refused(await a.callRaw('inspections.transition', { visitId: started.id, to: 'planned', version: started.version }), 'VALIDATION'),
    ).toBe('Mở lại về trạng thái "Kế hoạch" cần ghi lý do.');
    expect(snapshot(a)).toEqual(afterStart);

    const reopened = await call<VisitDetail>(a, 'inspections.transition', {
      visitId: started.id,
      to: 'planned',
      reason: 'Đơn vị xin lùi lịch',
      version: started.version,
    });
    expect(reopened.status).toBe('planned');
    expect(reopened.transitions.at(-1)).toEqual(
      expect.objectContaining({ from: 'in-progress', to: 'planned', reason: 'Đơn vị xin lùi lịch' }),
    );
  });

  it('keeps a signed visit closed to edits until it is reopened with a reason', async () => {
    const a = open();
    const { visits } = await plannedRound(a, 2025);
    let visit = await allPassed(a, await advance(a, visits[0], 'in-progress'));
    visit = await advance(a, visit, 'signed');
    const before = snapshot(a);
    expect(
      refused(
        await a.callRaw('inspections.setFindings', { visitId: visit.id, version: visit.version, strengths: 'Sửa sau khi ký' }),
        'VALIDATION',
      ),
    ).toBe(`Lần kiểm tra tại "${visit.unitName}" đang ở trạng thái "Đã ký biên bản"; hãy mở lại (kèm lý do) trước khi sửa.`);
    expect(snapshot(a)).toEqual(before);
    visit = await call<VisitDetail>(a, 'inspections.transition', {
      visitId: visit.id,
      to: 'results',
      reason: 'Sai điểm nội dung I.3',
      version: visit.version,
    });
    const edited = await call<VisitDetail>(a, 'inspections.setFindings', {
      visitId: visit.id,
      version: visit.version,
      strengths: 'Sửa sau khi mở lại',
    });
    expect(edited.strengths).toBe('Sửa sau khi mở lại');
  });
});

describe('evidence files', () => {
  it("attaches the unit's self-assessment report and scans to a visit through the attachments service", async () => {
    const a = open();
    const { visits } = await plannedRound(a, 2025);
    const visit = visits[0];
    const pdf = Buffer.from('%PDF-1.4\nbao cao tu kiem tra\n%%EOF').toString('base64');
    const added = await call<{ id: number; ownerKind: string }>(a, 'attachments.add', {
      ownerKind: 'inspection-visit',
      ownerId: visit.id,
      name: 'Báo cáo tự kiểm tra.pdf',
      base64: pdf,
    });
    expect(added.ownerKind).toBe('inspection-visit');
    const received = await call<VisitWithWarnings>(a, 'inspections.updateVisit', {
      id: visit.id,
      version: visit.version,
      date: visit.date,
      teamId: visit.teamId,
      place: 'Trụ sở UBND xã',
      selfAssessmentDate: '05/07/2025',
      unitRepresentatives: [{ fullName: 'Y Vân', position: 'Chủ tịch UBND xã' }],
    });
    expect(received.selfAssessmentDate).toBe('2025-07-05');
    expect(received.unitRepresentatives).toEqual([{ fullName: 'Y Vân', position: 'Chủ tịch UBND xã' }]);
    expect(
      (await call<{ name: string }[]>(a, 'attachments.list', { ownerKind: 'inspection-visit', ownerId: visit.id })).map((f) => f.name),
    ).toEqual(['Báo cáo tự kiểm tra.pdf']);
    expect(
      refused(
        await a.callRaw('attachments.add', { ownerKind: 'inspection-visit', ownerId: 99999, name: 'x.pdf', base64: pdf }),
        'NOT_FOUND',
      ),
    ).toBe('Không tìm thấy hồ sơ để đính kèm tệp. Hãy lưu hồ sơ trước rồi đính kèm.');
  });
});

describe('checklist templates', () => {
  it('edits points and bands in place until a visit uses the template, then makes a new revision', async () => {
    const a = open();
    const initial = await call<ChecklistTemplate>(a, 'inspections.template', {});
    expect(initial).toEqual(expect.objectContaining({ revision: 1, locked: false }));
    const fund = found(initial.sections[1].items.find((i) => i.code === 'II.5'));
    const edited = await call<ChecklistTemplate>(a, 'inspections.updateTemplate', {
      id: initial.id,
      version: initial.version,
      title: initial.title,
      items: [{ itemId: fund.id, required: true, maxPoints: 10 }],
      bands: [
        { label: 'Xuất sắc', minPoints: 95 },
        { label: 'Tốt', minPoints: 80 },
        { label: 'Khá', minPoints: 65 },
        { label: 'Trung bình', minPoints: 0 },
      ],
    });
    expect(edited.id).toBe(initial.id);
    expect(edited.version).toBe(initial.version + 1);
    expect(found(edited.sections[1].items.find((i) => i.code === 'II.5'))).toEqual(
      expect.objectContaining({ required: true, maxPoints: 10 }),
    );

    const { inspection } = await plannedRound(a, 2025);
    const locked = await call<ChecklistTemplate>(a, 'inspections.template', { id: initial.id });
    expect(locked.locked).toBe(true);
    const before = snapshot(a);
    expect(
      refused(
        await a.callRaw('inspections.updateTemplate', {
          id: locked.id,
          version: locked.version,
          title: locked.title,
          bands: [
            { label: 'Tốt', minPoints: 50 },
            { label: 'Tốt', minPoints: 0 },
          ],
        }),
        'VALIDATION',
      ),
    ).toBe('Mức xếp loại "Tốt" có hai lần, hoặc hai mức cùng điểm tối thiểu.');
    expect(snapshot(a)).toEqual(before);

    const revised = await call<ChecklistTemplate>(a, 'inspections.updateTemplate', {
      id: locked.id,
      version: locked.version,
      title: locked.title,
      items: [{ itemId: fund.id, required: false, maxPoints: 5 }],
      bands: [
        { label: 'Đạt', minPoints: 50 },
        { label: 'Chưa đạt', minPoints: 0 },
      ],
    });
    expect(revised).toEqual(expect.objectContaining({ revision: 2, locked: false }));
    expect(revised.id).not.toBe(locked.id);
    expect(revised.bands.map((b) => b.label)).toEqual(['Đạt', 'Chưa đạt']);
    // The first round keeps the template it used; a new round takes the newest revision.
    const old = await call<ChecklistTemplate>(a, 'inspections.template', { id: locked.id });
    expect(old.bands.map((b) => b.label)).toEqual(['Xuất sắc', 'Tốt', 'Khá', 'Trung bình']);
    expect((await call<InspectionDetail>(a, 'inspections.get', { id: inspection.id })).templateId).toBe(locked.id);
    const next = await plannedRound(a, 2026);
    expect(next.inspection.templateId).toBe(revised.id);
    expect(next.visits[0].checklist.bands.map((b) => b.label)).toEqual(['Đạt', 'Chưa đạt']);
  });
});

describe('schedule warnings', () => {
  it('warns when a member is booked at two units the same day and when a unit is visited twice in a round', async () => {
    const a = open();
    const { inspection, visits, team, people } = await plannedRound(a, 2025);
    // The same team at a second unit on the first visit's day.
    const other = ruralCommunes(a)[7];
    const clash = await call<VisitWithWarnings>(a, 'inspections.addVisit', {
      inspectionId: inspection.id,
      unitId: other.id,
      date: visits[0].date,
      teamId: team.id,
    });
    expect(clash.warnings.map((w) => w.kind)).toEqual(['member-double-booked', 'member-double-booked', 'member-double-booked']);
    expect(found(clash.warnings.find((w) => w.message.startsWith('Trần'))).message).toBe(
      `Trần Văn Bình có lịch kiểm tra ở 2 nơi trong ngày 10/07/2025: ${visits[0].unitName}, ${other.name}.`,
    );

    // A second team sharing one member elsewhere the same day.
    const second = await call<{ id: number }>(a, 'inspections.saveTeam', {
      inspectionId: inspection.id,
      name: 'Đoàn kiểm tra số 2',
      members: [
        { personId: (await person(a, 'Võ Thị Hạnh')).id, role: 'leader' },
        { personId: people[1].id, role: 'member' },
      ],
    });
    const twice = await call<VisitWithWarnings>(a, 'inspections.addVisit', {
      inspectionId: inspection.id,
      unitId: visits[1].unitId,
      date: '2025-07-10',
      teamId: second.id,
    });
    expect(twice.warnings.map((w) => w.kind).sort()).toEqual(['member-double-booked', 'unit-visited-twice']);
    expect(found(twice.warnings.find((w) => w.kind === 'unit-visited-twice')).message).toBe(
      `Đơn vị ${visits[1].unitName} có 2 lần kiểm tra trong đợt này.`,
    );
    const round = await call<InspectionDetail>(a, 'inspections.get', { id: inspection.id });
    expect(
      found(
        round.warnings.filter((w) => w.kind === 'member-double-booked').find((w) => w.message.startsWith('Lê Thị Đào')),
      ).visitIds.sort(),
    ).toEqual([visits[0].id, clash.id, twice.id].sort());

    // Moved to another day, the first unit's clash is gone.
    const moved = await call<VisitWithWarnings>(a, 'inspections.updateVisit', {
      id: clash.id,
      version: clash.version,
      date: '2025-07-20',
      teamId: team.id,
      place: '',
      selfAssessmentDate: null,
    });
    expect(moved.warnings).toEqual([]);
  });

  it('refuses a team without exactly one leader or with a person twice', async () => {
    const a = open();
    const { inspection, people } = await plannedRound(a, 2025);
    const before = snapshot(a);
    expect(
      refused(
        await a.callRaw('inspections.saveTeam', {
          inspectionId: inspection.id,
          name: 'Đoàn 2',
          members: [{ personId: people[0].id, role: 'member' }],
        }),
        'VALIDATION',
      ),
    ).toBe('Mỗi đoàn có đúng một Trưởng đoàn.');
    expect(
      refused(
        await a.callRaw('inspections.saveTeam', {
          inspectionId: inspection.id,
          name: 'Đoàn 2',
          members: [
            { personId: people[0].id, role: 'leader' },
            { personId: people[0].id, role: 'member' },
          ],
        }),
        'VALIDATION',
      ),
    ).toBe('"Trần Văn Bình" có tên hai lần trong đoàn.');
    expect(
      refused(
        await a.callRaw('inspections.saveTeam', {
          inspectionId: inspection.id,
          name: 'Đoàn 2',
          members: [{ personId: people[0].id, role: 'chief' }],
        }),
        'VALIDATION',
      ),
    ).toContain('Vai trò trong đoàn phải là');
    expect(snapshot(a)).toEqual(before);
    const found = await call<{ fullName: string }[]>(a, 'people.list', { query: 'dao' });
    expect(found.map((p) => p.fullName)).toEqual(['Lê Thị Đào']);
  });
});
