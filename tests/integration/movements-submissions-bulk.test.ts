import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { BulkReceiveResult, MilestoneListItem, OverdueItem, Submission } from '../../shared/domain/movements';
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

const submissions = async (milestoneId: number) => dataOf<Submission[]>(await app.call('submissions.list', { milestoneId }));
const overdue = async (asOf: string) => dataOf<OverdueItem[]>(await app.call('submissions.overdue', { movementId, asOf }));

describe('submissions of past milestones', () => {
  it('a new database owes overdue documents until the past milestones are marked received in bulk', async () => {
    const today = '2025-03-01';
    const before = (await overdue(today)).filter((o) => o.unitId !== null);
    expect(before.length).toBeGreaterThan(10);
    const past = milestones.filter((m) => m.requiresSubmission && m.dueDate < today);
    for (const milestone of past) {
      const result = dataOf<BulkReceiveResult>(
        await app.call('submissions.receiveBulk', { milestoneId: milestone.id, unitIds: 'all', receivedDate: milestone.dueDate }),
      );
      expect(result.updated).toBe(milestone.expected);
    }
    expect((await overdue(today)).filter((o) => o.unitId !== null)).toEqual([]);
    const audited = app.count('audit_log', "entity = 'submission'");
    expect(audited).toBe(past.reduce((n, m) => n + m.expected, 0));
    // Marking again changes nothing: those already received keep their date.
    const again = dataOf<BulkReceiveResult>(
      await app.call('submissions.receiveBulk', { milestoneId: past[0].id, unitIds: 'all', receivedDate: '2025-02-01' }),
    );
    expect(again.updated).toBe(0);
    expect((await submissions(past[0].id)).every((s) => s.receivedDate === past[0].dueDate && s.daysLate === 0)).toBe(true);
  });

  it('marks only the chosen units, and refuses a unit that does not take part without writing anything', async () => {
    const plans = milestones.find((m) => m.requiresSubmission) as MilestoneListItem;
    const [a, b, c] = await submissions(plans.id);
    const ok = dataOf<BulkReceiveResult>(
      await app.call('submissions.receiveBulk', { milestoneId: plans.id, unitIds: [a.unitId, b.unitId], receivedDate: '10/08/2022' }),
    );
    expect(ok.updated).toBe(2);
    const after = await submissions(plans.id);
    expect(after.filter((s) => s.receivedDate).map((s) => s.unitId)).toEqual([a.unitId, b.unitId]);
    const auditCount = app.count('audit_log');
    const refused = await app.call('submissions.receiveBulk', {
      milestoneId: plans.id,
      unitIds: [c.unitId, app.idOfCode('62')],
      receivedDate: '2022-08-10',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(app.count('audit_log')).toBe(auditCount);
    expect((await submissions(plans.id)).find((s) => s.unitId === c.unitId)?.receivedDate).toBeNull();
  });

  it('a late receipt counts its days late; a unit not required to submit is never overdue nor expected', async () => {
    const plans = milestones.find((m) => m.requiresSubmission) as MilestoneListItem;
    const [late, excused] = await submissions(plans.id);
    const saved = dataOf<Submission>(
      await app.call('submissions.set', { milestoneId: plans.id, unitId: late.unitId, receivedDate: '2022-08-12', version: null }),
    );
    expect(saved.daysLate).toBe(12);
    const marked = dataOf<Submission>(
      await app.call('submissions.set', { milestoneId: plans.id, unitId: excused.unitId, notRequired: true, version: null }),
    );
    expect(marked.notRequired).toBe(true);
    const items = (await overdue('2023-01-01')).filter((o) => o.milestoneId === plans.id);
    expect(items.map((o) => o.unitId)).not.toContain(excused.unitId);
    expect(items.map((o) => o.unitId)).not.toContain(late.unitId);
    expect(items).toHaveLength(plans.expected - 2);
    const listed = dataOf<MilestoneListItem[]>(await app.call('milestones.list', { movementId })).find((m) => m.id === plans.id);
    expect([listed?.expected, listed?.received]).toEqual([plans.expected - 1, 1]);
    // A bulk receipt leaves the excused unit excused.
    dataOf(await app.call('submissions.receiveBulk', { milestoneId: plans.id, unitIds: 'all', receivedDate: '2022-08-20' }));
    expect((await submissions(plans.id)).find((s) => s.unitId === excused.unitId)).toMatchObject({ notRequired: true, receivedDate: null });
    const both = await app.call('submissions.set', {
      milestoneId: plans.id,
      unitId: excused.unitId,
      notRequired: true,
      receivedDate: '2022-08-20',
      version: null,
    });
    expect(both).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('keeps a typed file path of old as legacy text when the submission is edited', async () => {
    const plans = milestones.find((m) => m.requiresSubmission) as MilestoneListItem;
    const [first] = await submissions(plans.id);
    dataOf(await app.call('submissions.set', { milestoneId: plans.id, unitId: first.unitId, filePath: 'D:\\KH\\45.pdf', version: null }));
    const edited = dataOf<Submission>(
      await app.call('submissions.set', { milestoneId: plans.id, unitId: first.unitId, documentNumber: '45/KH-UBND', version: 1 }),
    );
    expect(edited).toMatchObject({ filePath: 'D:\\KH\\45.pdf', documentNumber: '45/KH-UBND' });
  });
});
