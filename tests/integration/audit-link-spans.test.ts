import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { migrate } from '../../electron/main/db/migrate';
import { migrations } from '../../electron/main/db/migrations';
import { AUDIT_READS, AUDIT_SPAN_MAX, createAuditRepository, linkRuns } from '../../electron/main/db/repositories/audit';
import type { AuditEntry } from '../../shared/domain/audit';
import type { Recognition, RecognitionGridSave } from '../../shared/domain/criteria';
import { linkedIds } from '../support/audit-links';
import { communesOfLargestDistrict, type RuralCommune } from '../support/movements-fixture';
import { makeTempDir } from '../support/temp-dir';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

describe('linkRuns', () => {
  it('names consecutive ids by runs of at most AUDIT_SPAN_MAX, anything else one id a row', () => {
    expect(linkRuns([])).toEqual([]);
    expect(linkRuns([1, 2, 3, 7, 8, 10])).toEqual([
      [1, 0, 3],
      [7, 3, 2],
      [10, 5, 1],
    ]);
    // Descending or repeated ids are not consecutive.
    expect(linkRuns([5, 4, 4])).toEqual([
      [5, 0, 1],
      [4, 1, 1],
      [4, 2, 1],
    ]);
    const long = Array.from({ length: 2 * AUDIT_SPAN_MAX + 10 }, (_, i) => 100 + i);
    expect(linkRuns(long)).toEqual([
      [100, 0, AUDIT_SPAN_MAX],
      [100 + AUDIT_SPAN_MAX, AUDIT_SPAN_MAX, AUDIT_SPAN_MAX],
      [100 + 2 * AUDIT_SPAN_MAX, 2 * AUDIT_SPAN_MAX, 10],
    ]);
  });
});

describe('a batch entry read through its runs', () => {
  let dir: string;
  let cleanup: () => void;
  let db: Database.Database;

  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir('audit-spans'));
    db = new Database(path.join(dir, 'audit.sqlite'));
  });
  afterEach(() => {
    db.close();
    cleanup();
  });

  it('gives every id its own item, at run edges and across runs, and nothing to ids next to them', () => {
    migrate(db);
    const audit = createAuditRepository(db);
    // 1.100 consecutive ids (three runs), then scattered ones, an id of another entity equal to one of them.
    const ids = [...Array.from({ length: 1100 }, (_, i) => 5000 + i), 7000, 7002, 9999];
    audit.recordBatch(
      {
        entity: 'nominee',
        action: 'create',
        items: ids.map((id, item) => ({ entityId: id, before: null, after: { id, item } })),
        operator: 'A',
      },
      '2026-12-02T10:00:00.000Z',
    );
    audit.record(
      { entity: 'unit', entityId: 5001, action: 'create', before: null, after: { id: 5001 }, operator: 'A' },
      '2026-12-02T10:00:01.000Z',
    );
    expect(db.prepare('SELECT COUNT(*) FROM audit_links').pluck().get()).toBe(6);
    expect(linkedIds(db, 1)).toEqual(ids);
    ids.forEach((id, item) => {
      const entries = audit.forEntity('nominee', id, 10);
      expect(entries).toEqual([
        expect.objectContaining({ entity: 'nominee', entityId: id, action: 'create', before: null, after: { id, item } }),
      ]);
    });
    for (const id of [4999, 6100, 7001, 7003, 9998, 10_000]) expect(audit.forEntity('nominee', id, 10)).toEqual([]);
    expect(audit.forEntity('unit', 5001, 10)).toEqual([expect.objectContaining({ entity: 'unit', entityId: 5001, after: { id: 5001 } })]);
  });

  it('reads links by their ids: no plan reads every link of an entity (that order took 0,3 s a unit history nationally)', () => {
    migrate(db);
    // The reads call the repository's SQL function for batches stored by column.
    createAuditRepository(db);
    for (const [name, sql] of Object.entries(AUDIT_READS)) {
      const plan = (
        db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ entity: 'unit', entityId: 1, unitId: 1, limit: 10 }) as { detail: string }[]
      ).map((row) => row.detail);
      const linkReads = plan.filter((detail) => /\baudit_links\b|USING INDEX audit_links_/.test(detail));
      expect(linkReads.length, name).toBeGreaterThan(0);
      for (const detail of linkReads) expect(detail, `${name}: ${detail}`).toMatch(/audit_id=\?|entity_id>\? AND entity_id<\?/);
    }
  });

  it('reads the links a database wrote before migration 019 (one row per id)', () => {
    migrate(
      db,
      migrations.filter((m) => m.id < 19),
    );
    db.prepare(
      "INSERT INTO audit_log (entity, entity_id, action, before_json, after_json, operator, at, batch) VALUES ('unit', 41, 'create', NULL, ?, 'A', '2026-01-01T00:00:00.000Z', 1)",
    ).run(JSON.stringify([{ id: 41 }, { id: 42 }, { id: 40 }]));
    const link = db.prepare("INSERT INTO audit_links (entity, entity_id, audit_id, item) VALUES ('unit', ?, 1, ?)");
    [41, 42, 40].forEach((id, item) => link.run(id, item));
    expect(migrate(db)).toEqual([19]);
    const audit = createAuditRepository(db);
    for (const id of [40, 41, 42]) expect(audit.forEntity('unit', id, 10).map((e) => e.after)).toEqual([{ id }]);
    expect(linkedIds(db, 1)).toEqual([41, 42, 40]);
  });
});

describe("a unit's history through batch runs", () => {
  let app: TestApp;
  let communes: RuralCommune[];

  beforeEach(() => {
    app = openTestApp();
    communes = communesOfLargestDistrict(app);
  });
  afterEach(() => app.close());

  it('shows the creation and the removal of a decision saved and removed with its district, each its own part', async () => {
    const districtId = communes[0].districtId;
    const decision = { number: '77/QĐ-UBND', date: '2023-12-20', signerAuthority: 'Chủ tịch UBND tỉnh' };
    const created = dataOf<RecognitionGridSave>(
      await app.call('recognitions.setDistrictYear', {
        districtId,
        year: 2023,
        rows: communes.map((c) => ({ unitId: c.id, level: 'ntm' as const, decision, version: null })),
      }),
    );
    const decisions = created.saved.map((s) => s.recognition as Recognition);
    // The decisions have consecutive ids: the batch is linked by one run.
    const [entry] = app.ctx.db
      .prepare("SELECT id FROM audit_log WHERE entity = 'recognition' AND action = 'create'")
      .pluck()
      .all() as number[];
    expect(app.count('audit_links', 'audit_id = ?', entry)).toBe(1);
    expect(linkedIds(app.ctx.db, entry)).toEqual(decisions.map((d) => d.id));
    // Removing all but the first, in one save: the removed ones are found through their removal entry's runs.
    dataOf(
      await app.call('recognitions.setDistrictYear', {
        districtId,
        year: 2023,
        rows: decisions.slice(1).map((d) => ({ unitId: d.unitId, level: null, version: d.version })),
      }),
    );
    for (const [index, d] of decisions.entries()) {
      const history = dataOf<AuditEntry[]>(await app.call('audit.forUnit', { unitId: d.unitId, limit: 50 })).filter(
        (e) => e.entity === 'recognition',
      );
      const creation = expect.objectContaining({ entityId: d.id, action: 'create', before: null, after: d });
      if (index === 0) expect(history).toEqual([creation]);
      else expect(history).toEqual([expect.objectContaining({ entityId: d.id, action: 'delete', before: d, after: null }), creation]);
    }
  });
});
