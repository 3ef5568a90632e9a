import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { movementMessages } from '../../electron/main/services/movements/messages';
import type { CriteriaSet } from '../../shared/domain/criteria';
import type { MilestoneListItem, MovementDetail, MovementListItem } from '../../shared/domain/movements';
import { documentSettingsFor } from '../../shared/domain/settings';
import type { Target } from '../../shared/domain/targets';
import { seedMovementId } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

// The 19 criteria of QĐ 318/QĐ-TTg as domain.md Part 2 §4 lists them.
const COMMUNE_CRITERIA = [
  'Quy hoạch',
  'Giao thông',
  'Thủy lợi và phòng, chống thiên tai',
  'Điện',
  'Trường học',
  'Cơ sở vật chất văn hóa',
  'Cơ sở hạ tầng thương mại nông thôn',
  'Thông tin và Truyền thông',
  'Nhà ở dân cư',
  'Thu nhập',
  'Nghèo đa chiều',
  'Lao động',
  'Tổ chức sản xuất và phát triển kinh tế nông thôn',
  'Giáo dục và Đào tạo',
  'Y tế',
  'Văn hóa',
  'Môi trường và an toàn thực phẩm',
  'Hệ thống chính trị và tiếp cận pháp luật',
  'Quốc phòng và An ninh',
];

describe('seed movement of Kế hoạch 2017/KH-UBND', () => {
  it('is created by setup for Kon Tum with its document, period, area and the 10 districts taking part', async () => {
    const id = await seedMovementId(app);
    const movement = dataOf<MovementDetail>(await app.call('movements.get', { id }));
    expect(movement.name).toBe('Kon Tum chung sức xây dựng nông thôn mới');
    expect(movement.kind).toBe('thematic');
    expect([movement.startYear, movement.endYear]).toEqual([2021, 2025]);
    expect(movement.document).toMatchObject({ number: '2017/KH-UBND', date: '2022-06-28', issuer: 'Ủy ban nhân dân tỉnh Kon Tum' });
    expect(movement.status).toBe('active');
    expect(movement.scopeUnit?.id).toBe(app.idOfCode('62'));
    expect(movement.participants.map((p) => p.kind)).toEqual(Array(10).fill('district'));
    expect(movement.description).toContain('35/85');
    expect(movement.description).toContain('15,88');
  });

  it('carries the eight targets as definitions with the plan goals', async () => {
    const targets = dataOf<Target[]>(await app.call('targets.list', { movementId: await seedMovementId(app) }));
    expect(targets.map((t) => t.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(targets.map((t) => t.goal)).toEqual([50, 1, 60, 0, 15, 4, null, 1.5]);
    expect(targets.map((t) => t.definition.metric)).toEqual([
      'level-share',
      'level-count',
      'level-count',
      'criteria-gain',
      'min-criteria',
      'level-count',
      'level-count',
      'income-ratio',
    ]);
    const three = targets[2];
    expect(three.definition).toMatchObject({ level: 'ntm', units: { kind: 'commune', adminTypes: ['Xã'] } });
    expect(three.definition.metric === 'level-count' && three.definition.parts.map((p) => [p.level, p.goal])).toEqual([
      ['ntm-advanced', 20],
      ['ntm-model', 6],
    ]);
    expect(targets[0].definition).toMatchObject({ units: { kind: 'village', ethnicMinorityArea: true }, level: 'village-ntm' });
    expect(targets[7].baseYear).toBe(2020);
    expect(targets[7].label).toContain('1,5 lần so với năm 2020');
  });

  it('carries the four milestones with their due dates; plans, sơ kết and tổng kết expect a document from each district', async () => {
    const milestones = dataOf<MilestoneListItem[]>(await app.call('milestones.list', { movementId: await seedMovementId(app) }));
    expect(milestones.map((m) => [m.kind, m.dueDate, m.requiresSubmission])).toEqual([
      ['plan', '2022-07-15', false],
      ['plan', '2022-07-31', true],
      ['preliminary', '2023-12-31', true],
      ['final', '2025-12-31', true],
    ]);
    expect(milestones[0].responsible).toBe('Sở Nông nghiệp và Phát triển nông thôn');
    expect(milestones.map((m) => m.expected)).toEqual([0, 10, 10, 10]);
  });

  it('ships the national criteria sets with their legal basis: 19 commune criteria (QĐ 318), 9 district (QĐ 320), an empty village set', async () => {
    const sets = dataOf<CriteriaSet[]>(await app.call('criteria.sets', {}));
    const [commune, district, village] = sets;
    expect(commune.legalBasis).toMatchObject({ number: '318/QĐ-TTg', date: '2022-03-08' });
    expect(commune.criteria.map((c) => c.number)).toEqual(COMMUNE_CRITERIA.map((_, i) => i + 1));
    expect(commune.criteria.map((c) => c.name)).toEqual(COMMUNE_CRITERIA);
    expect(commune.adminTypes).toEqual(['Xã']);
    expect(commune.editable).toBe(false);
    expect(district.legalBasis.number).toBe('320/QĐ-TTg');
    expect(district.criteria).toHaveLength(9);
    expect(village.scope).toBe('village');
    expect(village.criteria).toHaveLength(0);
    expect(village.editable).toBe(true);
  });

  it('is not created for another province', async () => {
    const other = openTestApp({ initialize: false });
    try {
      other.ctx.services.setup.initialize({
        provinceCode: '01',
        operatorName: 'Lê Văn Nam',
        documentSettings: documentSettingsFor('Thành phố Hà Nội'),
      });
      expect(dataOf<MovementListItem[]>(await other.call('movements.list', {}))).toEqual([]);
      expect(other.count('criteria')).toBe(28);
    } finally {
      other.close();
    }
  });
});

describe('movements.update', () => {
  it('saves with the version, records before/after in the audit log, and refuses a stale version with CONFLICT', async () => {
    const id = await seedMovementId(app);
    const movement = dataOf<MovementDetail>(await app.call('movements.get', { id }));
    const fields = {
      name: movement.name,
      kind: movement.kind,
      startYear: movement.startYear,
      endYear: movement.endYear,
      document: { ...movement.document, attachmentPath: 'C:\\Văn bản\\2017-KH-UBND.pdf' },
      description: movement.description,
      scopeUnitId: movement.scopeUnitId,
      participantIds: [...movement.participants.map((p) => p.id), movement.scopeUnitId as number],
      status: 'finished' as const,
    };
    const saved = dataOf<MovementDetail>(await app.call('movements.update', { id, version: movement.version, fields }));
    expect(saved.version).toBe(movement.version + 1);
    expect(saved.status).toBe('finished');
    expect(saved.participants).toHaveLength(11);
    expect(app.count('audit_log', "entity = 'movement' AND entity_id = ? AND action = 'update'", id)).toBe(1);

    const stale = await app.call('movements.update', { id, version: movement.version, fields: { ...fields, name: 'Khác' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: movementMessages.stale(movement.name) } });
    expect(dataOf<MovementDetail>(await app.call('movements.get', { id })).name).toBe(movement.name);
  });

  it('refuses bad input with Vietnamese field messages and changes nothing', async () => {
    const id = await seedMovementId(app);
    const movement = dataOf<MovementDetail>(await app.call('movements.get', { id }));
    const result = await app.callRaw('movements.update', {
      id,
      version: movement.version,
      fields: { name: ' ', kind: 'khác', startYear: 2025, endYear: 2021, document: { date: '31/02/2022' }, status: 'active' },
    });
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : (result.error.fields ?? []);
    const byPath = Object.fromEntries(fields.map((f) => [f.path, f.message]));
    expect(byPath['fields.name']).toBe('Tên phong trào không được để trống');
    expect(byPath['fields.kind']).toBe('Loại phong trào phải là thường xuyên hoặc chuyên đề');
    expect(byPath['fields.document.date']).toBe('Ngày không hợp lệ (Ngày văn bản phát động, dd/mm/yyyy)');
    expect(dataOf<MovementDetail>(await app.call('movements.get', { id })).version).toBe(movement.version);
  });
});

describe('movements.create', () => {
  it('adds a regular movement with its participants; the audit history of a movement is readable', async () => {
    const district = app.ctx.db.prepare("SELECT id FROM units WHERE kind = 'district' ORDER BY id LIMIT 1").get() as { id: number };
    const created = dataOf<MovementDetail>(
      await app.call('movements.create', {
        name: 'Thi đua thực hiện nhiệm vụ chính trị năm 2026',
        kind: 'regular',
        startYear: 2026,
        endYear: 2026,
        document: {
          number: '05/KH-HĐTĐKT',
          date: '2026-01-15',
          issuer: 'Hội đồng Thi đua - Khen thưởng tỉnh',
          title: '',
          attachmentPath: '',
        },
        participantIds: [district.id, district.id],
        status: 'planned',
      }),
    );
    expect(created).toMatchObject({ kind: 'regular', status: 'planned', scopeUnit: null, version: 1 });
    expect(created.participants.map((p) => p.id)).toEqual([district.id]);
    const list = dataOf<MovementListItem[]>(await app.call('movements.list', {}));
    expect(list.map((m) => [m.name, m.targetCount])).toEqual([
      ['Thi đua thực hiện nhiệm vụ chính trị năm 2026', 0],
      ['Kon Tum chung sức xây dựng nông thôn mới', 8],
    ]);
    const history = dataOf<{ action: string }[]>(await app.call('audit.forEntity', { entity: 'movement', entityId: created.id }));
    expect(history.map((h) => h.action)).toEqual(['create']);
    const unknownUnit = await app.call('movements.create', {
      name: 'X',
      kind: 'regular',
      startYear: 2026,
      endYear: 2026,
      document: {},
      participantIds: [999_999],
      status: 'planned',
    });
    expect(unknownUnit).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: movementMessages.unitNotFound(999_999) } });
    expect(app.count('movements')).toBe(2);
  });
});
