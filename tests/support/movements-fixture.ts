import type { MovementListItem } from '../../shared/domain/movements';
import type { SuccessorLink } from '../../shared/domain/unit-history';
import type { Unit } from '../../shared/domain/units';
import { dataOf, type TestApp } from './test-app';

export interface RuralCommune {
  id: number;
  code: string;
  name: string;
  districtId: number;
}

/** The 85 rural communes (kind commune, type "Xã") of the seeded province, by code. */
export function ruralCommunes(app: TestApp): RuralCommune[] {
  return app.ctx.db
    .prepare(
      `SELECT u.id, u.code, u.name, u.parent_id AS districtId FROM units u
       WHERE u.kind = 'commune' AND u.admin_type = 'Xã' ORDER BY CAST(u.code AS INTEGER)`,
    )
    .all() as RuralCommune[];
}

/** The rural communes of the district that has the most of them (a grid with the most rows). */
export function communesOfLargestDistrict(app: TestApp): RuralCommune[] {
  const perDistrict = new Map<number, RuralCommune[]>();
  for (const c of ruralCommunes(app)) perDistrict.set(c.districtId, [...(perDistrict.get(c.districtId) ?? []), c]);
  return [...perDistrict.values()].sort((a, b) => b.length - a.length)[0];
}

export async function seedMovementId(app: TestApp): Promise<number> {
  const list = dataOf<MovementListItem[]>(await app.call('movements.list', {}));
  const seed = list.find((m) => m.document.number === '2017/KH-UBND');
  if (!seed) throw new Error('seed movement missing');
  return seed.id;
}

export const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/**
 * The 2022 baseline of the plan: the first 35 rural communes recognised NTM with 19/19 criteria,
 * the other 50 with 11-17 criteria (10x11, 10x12, 10x13, 5x15, 5x16, 10x17 = 685), so the 85
 * communes total 35x19 + 685 = 1350 criteria, an average of 15.882...
 * Entered as the grid would: one bulk save per district, then one decision per NTM commune.
 */
export async function enterBaseline2022(app: TestApp): Promise<Map<number, number>> {
  const communes = ruralCommunes(app);
  const others = [
    ...Array(10).fill(11),
    ...Array(10).fill(12),
    ...Array(10).fill(13),
    ...Array(5).fill(15),
    ...Array(5).fill(16),
    ...Array(10).fill(17),
  ];
  const counts = new Map<number, number>();
  communes.forEach((c, index) => counts.set(c.id, index < 35 ? 19 : others[index - 35]));
  const districts = [...new Set(communes.map((c) => c.districtId))];
  for (const districtId of districts) {
    const rows = communes
      .filter((c) => c.districtId === districtId)
      .map((c) => ({ unitId: c.id, criteriaMet: range(counts.get(c.id) as number), version: null }));
    dataOf(await app.call('criteria.setDistrictYear', { districtId, year: 2022, rows }));
  }
  for (const commune of communes.slice(0, 35)) {
    dataOf(
      await app.call('recognitions.set', {
        unitId: commune.id,
        year: 2022,
        level: 'ntm',
        decision: { number: `${100 + commune.id}/QĐ-UBND`, date: '15/02/2022', signerAuthority: 'Chủ tịch UBND tỉnh Kon Tum' },
        version: null,
      }),
    );
  }
  return counts;
}

/** The National Assembly's resolution merging provinces (1/7/2025). */
export const MERGER_RESOLUTION = { number: '202/2025/QH15', date: '12/06/2025', issuer: 'Quốc hội' };

/**
 * Quảng Ngãi created as Kon Tum's successor (merger of 1/7/2025): one database holds one province, and this
 * is the only way a second one comes in.
 */
export async function quangNgaiSucceedingKonTum(app: TestApp): Promise<{ province: Unit; link: SuccessorLink }> {
  const link = dataOf<SuccessorLink>(
    await app.call('unitHistory.createSuccessor', {
      predecessorId: app.idOfCode('62'),
      relation: 'merged_into',
      unit: { code: '51', name: 'Tỉnh Quảng Ngãi', kind: 'province', adminType: 'Tỉnh', parentId: null },
      effectiveDate: '01/07/2025',
      decision: MERGER_RESOLUTION,
    }),
  );
  return { province: dataOf<Unit>(await app.call('units.get', { id: link.successor.id })), link };
}

/** A movement of one area (a district, a commune) over 2021-2025, launched by `issuer`: its id. */
export async function createAreaMovement(
  app: TestApp,
  movement: { name: string; number: string; issuer: string; scopeUnitId: number },
): Promise<number> {
  const created = await app.call('movements.create', {
    name: movement.name,
    kind: 'thematic',
    startYear: 2021,
    endYear: 2025,
    document: { number: movement.number, date: '2022-03-01', issuer: movement.issuer, title: '', attachmentPath: '' },
    scopeUnitId: movement.scopeUnitId,
    status: 'active',
  });
  return dataOf<{ id: number }>(created).id;
}
