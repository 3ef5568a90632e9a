import { createUnitsRepository } from '../../../electron/main/db/repositories/units';
import type { BenchApp } from '../app';
import type { BulkPaths, CriteriaRow, NewUnit } from './bulk';
import { type Catalogue, KON_TUM } from './catalogue';

export const YEARS = [2021, 2022, 2023, 2024, 2025];
export const VILLAGES_PER_COMMUNE = 10;
const VILLAGE_PREFIXES = ['Thôn', 'Làng', 'Tổ dân phố', 'Buôn', 'Ấp'];
/** Names of the generated whole-register movement (found again by the measurements). */
export const NATIONAL_MOVEMENT = 'Phong trào đo hiệu năng toàn quốc 2021-2025';

export interface DatasetSpec {
  /** Provinces created besides Kon Tum (which the set-up seeds); 'all' for the whole catalogue. */
  extraProvinces: 'all' | string[];
}

interface UnitRow {
  id: number;
  code: string | null;
  name: string;
  kind: string;
  parent_id: number | null;
  admin_type: string;
}

/** Deterministic pseudo-random integer in [0, n) from a key (the data set is the same on every run). */
function hashInt(key: number, n: number): number {
  let x = (key * 2654435761) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 2246822507) >>> 0;
  x ^= x >>> 13;
  return x % n;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** Criteria met by a commune in a year: a start of 8-19 in 2021 growing by 0-2 a year, at most 19 (about a third NTM by 2025). */
export function criteriaCount(unitId: number, year: number): number {
  let count = 8 + hashInt(unitId, 12);
  for (let y = YEARS[0] + 1; y <= year; y++) count = Math.min(19, count + hashInt(unitId * 31 + y, 3));
  return count;
}

async function createProvinces(app: BenchApp, catalogue: Catalogue, codes: string[], bulk: BulkPaths, log: (m: string) => void) {
  for (const code of codes) {
    const province = catalogue.provinces.find((p) => p.code === code);
    if (!province) throw new Error(`no province ${code} in the catalogue`);
    // The app keeps one province per database (a second one only as a successor), so units.create refuses
    // the other 62; the national register is written through the units repository instead, the same
    // insert (and index triggers) the service uses, without that rule.
    const provinceId = createUnitsRepository(app.ctx.db).insert(
      {
        code,
        name: province.name,
        kind: 'province',
        adminType: province.type,
        parentId: null,
        ethnicMinorityArea: false,
        headName: '',
        phone: '',
        email: '',
        address: '',
        notes: '',
      },
      new Date().toISOString(),
    );
    const districts = catalogue.childrenOf.get(code) ?? [];
    const districtIds = await bulk.units(
      app,
      districts.map((d): NewUnit => ({ code: d.code, name: d.name, kind: 'district', adminType: d.type, parentId: provinceId })),
    );
    const communes: NewUnit[] = [];
    districts.forEach((d, i) => {
      for (const c of catalogue.childrenOf.get(d.code) ?? [])
        communes.push({ code: c.code, name: c.name, kind: 'commune', adminType: c.type, parentId: districtIds[i] });
    });
    await bulk.units(app, communes);
    log(`  ${province.name}: ${districts.length} huyện, ${communes.length} xã`);
  }
}

function unitsOfKind(app: BenchApp, kind: string): UnitRow[] {
  // Ids are looked up in SQL: the generator must not depend on the shape of units.list, which others are changing.
  return app.ctx.db
    .prepare('SELECT id, code, name, kind, parent_id, admin_type FROM units WHERE kind = ? ORDER BY id')
    .all(kind) as UnitRow[];
}

async function createVillages(app: BenchApp, bulk: BulkPaths) {
  const rows: { name: string; commune: string }[] = [];
  for (const commune of unitsOfKind(app, 'commune')) {
    const place = commune.name.replace(/^(Xã|Phường|Thị trấn|Đặc khu)\s+/u, '');
    for (let i = 1; i <= VILLAGES_PER_COMMUNE; i++) {
      const prefix = VILLAGE_PREFIXES[hashInt(commune.id * 11 + i, VILLAGE_PREFIXES.length)];
      rows.push({ name: `${prefix} ${i} ${place}`, commune: commune.code ?? String(commune.id) });
    }
  }
  await bulk.villages(app, rows);
  return rows.length;
}

async function enterCriteriaAndRecognitions(app: BenchApp, bulk: BulkPaths) {
  let records = 0;
  let recognitions = 0;
  for (const district of unitsOfKind(app, 'district')) {
    // The grid's own rows say which communes take criteria (rural ones), as the screen would.
    const grid = await app.call<{ rows: { unitId: number }[] }>('criteria.forDistrictYear', { districtId: district.id, year: YEARS[0] });
    const unitIds = grid.rows.map((r) => r.unitId);
    if (unitIds.length === 0) continue;
    for (const year of YEARS) {
      const rows: CriteriaRow[] = unitIds.map((unitId) => ({ unitId, criteriaMet: range(criteriaCount(unitId, year)) }));
      await bulk.criteria(app, district.id, year, rows);
      records += rows.length;
      const reached = unitIds.filter((id) => criteriaCount(id, year) === 19 && (year === YEARS[0] || criteriaCount(id, year - 1) < 19));
      if (reached.length > 0) await bulk.recognitions(app, district.id, year, reached);
      recognitions += reached.length;
    }
  }
  return { records, recognitions };
}

/** A movement over the whole register with the seed plan's targets: "national dashboard" and targets.evaluate read it. */
async function createNationalMovement(app: BenchApp) {
  const movements = await app.call<{ id: number; document: { number: string } }[]>('movements.list', {});
  const seed = movements.find((m) => m.document.number === '2017/KH-UBND');
  if (!seed) throw new Error('seed movement missing');
  const created = await app.call<{ id: number }>('movements.create', {
    name: NATIONAL_MOVEMENT,
    kind: 'regular',
    startYear: 2021,
    endYear: 2025,
    document: { number: '', date: '', issuer: '', title: '', attachmentPath: '' },
    description: '',
    scopeUnitId: null,
    participantIds: [],
    status: 'active',
  });
  const targets = await app.call<Record<string, unknown>[]>('targets.list', { movementId: seed.id });
  for (const t of targets) {
    await app.call('targets.create', {
      movementId: created.id,
      code: t.code,
      ordinal: t.ordinal,
      label: t.label,
      definition: t.definition,
      goal: t.goal,
      direction: t.direction,
      baseYear: t.baseYear,
      note: t.note ?? '',
    });
  }
}

export interface GeneratedCounts {
  provinces: number;
  districts: number;
  communes: number;
  villages: number;
  criteriaRecords: number;
  recognitions: number;
  seconds: number;
}

/** Builds a data set in an app already set up for Kon Tum. */
export async function generateDataset(
  app: BenchApp,
  catalogue: Catalogue,
  spec: DatasetSpec,
  bulk: BulkPaths,
  log: (m: string) => void,
): Promise<GeneratedCounts> {
  const started = performance.now();
  const extra = spec.extraProvinces === 'all' ? catalogue.provinces.map((p) => p.code).filter((c) => c !== KON_TUM) : spec.extraProvinces;
  if (extra.length > 0) {
    log(`Tạo ${extra.length} tỉnh khác ngoài Kon Tum (units.create)...`);
    await createProvinces(app, catalogue, extra, bulk, log);
  }
  log('Tạo thôn (villages.importCommit)...');
  const villages = await createVillages(app, bulk);
  log(`  ${villages} thôn`);
  log('Nhập tiêu chí 5 năm và công nhận (criteria.setDistrictYear, recognitions.setDistrictYear)...');
  const { records, recognitions } = await enterCriteriaAndRecognitions(app, bulk);
  log(`  ${records} bản ghi tiêu chí, ${recognitions} quyết định công nhận`);
  await createNationalMovement(app);
  return {
    provinces: unitsOfKind(app, 'province').length,
    districts: unitsOfKind(app, 'district').length,
    communes: unitsOfKind(app, 'commune').length,
    villages,
    criteriaRecords: records,
    recognitions,
    seconds: Math.round((performance.now() - started) / 1000),
  };
}
