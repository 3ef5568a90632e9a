import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { movementMessages } from '../../electron/main/services/movements/messages';
import type { Milestone, MilestoneListItem, OverdueItem, Submission } from '../../shared/domain/movements';
import type { DashboardSummary } from '../../shared/domain/targets';
import { seedMovementId } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let movementId: number;
let milestones: MilestoneListItem[];

beforeEach(async () => {
  app = openTestApp();
  movementId = await seedMovementId(app);
  milestones = dataOf<MilestoneListItem[]>(await app.call('milestones.list', { movementId }));
});
afterEach(() => app.close());

describe('milestones and submissions', () => {
  it('lists the overdue documents as of a date, and drops those received', async () => {
    const plans = milestones[1];
    const expected = dataOf<Submission[]>(await app.call('submissions.list', { milestoneId: plans.id }));
    expect(expected).toHaveLength(10);
    expect(expected.every((s) => s.id === null && s.dueDate === '2022-07-31')).toBe(true);

    const before = dataOf<OverdueItem[]>(await app.call('submissions.overdue', { movementId, asOf: '2022-07-31' }));
    // On 31/7/2022 only the Department's plan (due 15/7) is late.
    expect(before.map((o) => [o.unitName, o.daysOverdue])).toEqual([['Sở Nông nghiệp và Phát triển nông thôn', 16]]);

    const [first, second] = expected;
    const saved = dataOf<Submission>(
      await app.call('submissions.set', {
        milestoneId: plans.id,
        unitId: first.unitId,
        receivedDate: '25/07/2022',
        documentNumber: '45/KH-UBND',
        filePath: 'D:\\KH\\45.pdf',
        version: null,
      }),
    );
    expect(saved).toMatchObject({ receivedDate: '2022-07-25', documentNumber: '45/KH-UBND', version: 1 });
    // A unit given more time is not late until its own due date.
    dataOf(await app.call('submissions.set', { milestoneId: plans.id, unitId: second.unitId, dueDate: '15/08/2022', version: null }));

    const later = dataOf<OverdueItem[]>(await app.call('submissions.overdue', { movementId, asOf: '2022-08-10' }));
    const planItems = later.filter((o) => o.milestoneId === plans.id);
    expect(planItems.map((o) => o.unitId).sort()).toEqual(
      expected
        .slice(2)
        .map((s) => s.unitId)
        .sort(),
    );
    expect(planItems.every((o) => o.daysOverdue === 10)).toBe(true);
    const listed = dataOf<MilestoneListItem[]>(await app.call('milestones.list', { movementId }));
    expect([listed[1].expected, listed[1].received]).toEqual([10, 1]);

    const summary = dataOf<DashboardSummary>(await app.call('dashboard.summary', { movementId, year: 2022, asOf: '2022-08-10' }));
    expect(summary.overdue).toEqual(later);
  });

  it('checks versions and participants, completes a milestone, and audits', async () => {
    const plans = milestones[1];
    const [first] = dataOf<Submission[]>(await app.call('submissions.list', { milestoneId: plans.id }));
    dataOf(await app.call('submissions.set', { milestoneId: plans.id, unitId: first.unitId, documentNumber: '1/KH', version: null }));
    const stale = await app.call('submissions.set', { milestoneId: plans.id, unitId: first.unitId, documentNumber: '2/KH', version: 7 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: movementMessages.submissionStale(first.unitName) } });
    const province = app.idOfCode('62');
    const outsider = await app.call('submissions.set', { milestoneId: plans.id, unitId: province, documentNumber: '3/KH', version: null });
    expect(outsider).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const noDocs = await app.call('submissions.set', { milestoneId: milestones[0].id, unitId: first.unitId, version: null });
    expect(noDocs).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: movementMessages.noSubmissionRequired(milestones[0].title) },
    });

    const department = milestones[0];
    const done = dataOf<Milestone>(
      await app.call('milestones.update', {
        id: department.id,
        version: department.version,
        ordinal: department.ordinal,
        title: department.title,
        kind: department.kind,
        dueDate: department.dueDate,
        responsible: department.responsible,
        requiresSubmission: false,
        completedDate: '14/07/2022',
        note: department.note,
      }),
    );
    expect(done.completedDate).toBe('2022-07-14');
    const overdue = dataOf<OverdueItem[]>(await app.call('submissions.overdue', { movementId, asOf: '2022-07-31' }));
    expect(overdue).toEqual([]);
    expect(app.count('audit_log', "entity IN ('submission', 'milestone')")).toBe(2);
  });

  it('a unit abolished before a due date owes nothing for it (districts after 1/7/2025)', async () => {
    const district = app.ctx.db.prepare("SELECT id, version FROM units WHERE kind = 'district' ORDER BY id LIMIT 1").get() as {
      id: number;
      version: number;
    };
    dataOf(
      await app.call('unitHistory.setValidity', { id: district.id, version: district.version, validFrom: null, validTo: '30/06/2025' }),
    );
    const final = milestones[3];
    const expected = dataOf<Submission[]>(await app.call('submissions.list', { milestoneId: final.id }));
    expect(expected.map((s) => s.unitId)).not.toContain(district.id);
    expect(expected).toHaveLength(9);
  });
});
