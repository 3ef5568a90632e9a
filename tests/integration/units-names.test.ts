import fs from 'node:fs';
import path from 'node:path';

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { nameCandidateStatements } from '../../electron/main/db/repositories/units';
import type { AuditEntry } from '../../shared/domain/audit';
import type { CriteriaImportPreview } from '../../shared/domain/criteria';
import type { UnitAlias, UnitListItem, UnitMatch, UnitMatchQuality } from '../../shared/domain/units';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

/**
 * The name matcher on the real Kon Tum catalogue, with names as public sources write them: the
 * province's NTM recognitions list (match_note column) and news spellings ("UBND xã Đăk Ui").
 */

let app: TestApp;
beforeAll(() => {
  app = openTestApp();
});
afterAll(() => app.close());

const match = async (name: string, extra: { parentId?: number; kinds?: ('district' | 'commune' | 'province' | 'village')[] } = {}) =>
  dataOf<UnitMatch[]>(await app.call('units.match', { name, includeArchived: true, limit: 10, ...extra }));
const search = async (query: string) =>
  dataOf<UnitListItem[]>(await app.call('units.search', { query, limit: 20, includeArchived: false })).map((u) => u.name);
const idOfName = (name: string) => (app.ctx.db.prepare('SELECT id FROM units WHERE name = ?').get(name) as { id: number }).id;

interface SourceRow {
  written: string;
  district: string;
  gsoCode: string;
  gsoName: string;
  note: string;
}

/** The recognitions list as published (kontum.gov.vn) with the GSO unit each row was matched to by hand. */
function sourceRows(): SourceRow[] {
  const file = path.resolve(__dirname, '../fixtures/kontum-ntm-commune-recognitions.csv');
  const [header, ...lines] = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/).map(parseCsvLine);
  const col = (name: string) => header.indexOf(name);
  return lines.map((cells) => ({
    written: cells[col('commune_name_in_source')],
    district: cells[col('district_in_source')],
    gsoCode: cells[col('gso_code')],
    gsoName: cells[col('gso_name')],
    note: cells[col('match_note')],
  }));
}

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted && char === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

describe('units.match on the published NTM recognitions list (match_note)', () => {
  const rows = sourceRows();

  it('reads the list (36 rows, 15 spelled unlike the catalogue)', () => {
    expect(rows).toHaveLength(36);
    expect(rows.filter((r) => r.note.startsWith('spelling differs')).length).toBeGreaterThanOrEqual(15);
  });

  it.each(sourceRows().map((row) => [`xã ${row.written}, ${row.district}`, row] as const))(
    '"%s" ranks the GSO unit first',
    async (written, row) => {
      const found = await match(written);
      expect(found[0]?.unitId, JSON.stringify(found.slice(0, 3))).toBe(app.idOfCode(row.gsoCode));
      expect(found[0].name).toBe(row.gsoName);
      if (row.note === 'exact') expect(found[0].quality).toBe('exact');
      else {
        expect(['folded', 'approximate']).toContain(found[0].quality);
        if (found[0].quality === 'approximate') expect(found[0].reason).toMatch(/^gần đúng: .+ ↔ .+/u);
      }
    },
  );

  it('finds the same units by the bare name within the district (parentId), never another first', async () => {
    for (const row of rows) {
      const district = (await match(row.district, { kinds: ['district'] }))[0];
      const found = await match(row.written, { parentId: district.unitId, kinds: ['commune'] });
      expect(found[0]?.unitId, `${row.written} (${row.district})`).toBe(app.idOfCode(row.gsoCode));
    }
  });
});

interface Case {
  written: string;
  unit: string;
  quality: UnitMatchQuality;
  reason?: string;
  /** Units that must not come before the right one (or at all when `absent`). */
  below?: string[];
  absent?: string[];
}

// News, decisions and lists as published; agency prefixes, abbreviations and district qualifiers.
const CASES: Case[] = [
  { written: 'UBND xã Đăk Ui', unit: 'Xã Đắk Ui', quality: 'approximate', reason: 'gần đúng: Đăk ↔ Đắk' },
  {
    written: 'xã Ngọc Wang, huyện Đăk Hà',
    unit: 'Xã Ngok Wang',
    quality: 'approximate',
    reason: 'gần đúng: Ngọc ↔ Ngok',
  },
  { written: 'xã Ngọc Wang huyện Đăk Hà', unit: 'Xã Ngok Wang', quality: 'approximate' },
  {
    written: 'Ủy ban nhân dân huyện Đăk Tô',
    unit: 'Huyện Đắk Tô',
    quality: 'approximate',
    reason: 'gần đúng: Đăk ↔ Đắk',
    absent: ['Thị trấn Đắk Tô'],
  },
  { written: 'Uỷ ban nhân dân huyện Đắk Tô', unit: 'Huyện Đắk Tô', quality: 'exact', absent: ['Thị trấn Đắk Tô'] },
  { written: 'TT Plei Kần', unit: 'Thị trấn Plei Kần', quality: 'exact' },
  { written: 'TT. Plei Kan', unit: 'Thị trấn Plei Kần', quality: 'folded' },
  { written: 'thị trấn Đắk Tô', unit: 'Thị trấn Đắk Tô', quality: 'exact', absent: ['Huyện Đắk Tô'] },
  { written: 'HĐND xã Đắk Hà', unit: 'Xã Đắk Hà', quality: 'exact', below: ['Thị trấn Đắk Hà'], absent: ['Huyện Đắk Hà'] },
  { written: 'Hội đồng nhân dân huyện Đắk Hà', unit: 'Huyện Đắk Hà', quality: 'exact', absent: ['Xã Đắk Hà'] },
  { written: 'Đảng ủy xã Hiếu', unit: 'Xã Hiếu', quality: 'exact' },
  { written: 'Đảng uỷ xã Hiếu, huyện Kon Plông', unit: 'Xã Hiếu', quality: 'exact' },
  { written: 'Ủy ban MTTQ xã Ia Tơi', unit: 'Xã Ia Tơi', quality: 'exact' },
  { written: 'MTTQ xã Ia Tơi', unit: 'Xã Ia Tơi', quality: 'exact' },
  { written: 'TP Kon Tum', unit: 'Thành phố Kon Tum', quality: 'exact', below: ['Tỉnh Kon Tum'] },
  { written: 'TP. Kon Tum', unit: 'Thành phố Kon Tum', quality: 'exact', below: ['Tỉnh Kon Tum'] },
  { written: 'thành phố Kon Tum', unit: 'Thành phố Kon Tum', quality: 'exact', below: ['Tỉnh Kon Tum'] },
  { written: 'UBND tỉnh Kon Tum', unit: 'Tỉnh Kon Tum', quality: 'exact', absent: ['Thành phố Kon Tum'] },
  { written: 'huyện Kon Plong', unit: 'Huyện Kon Plông', quality: 'folded' },
  { written: 'Kon Plông', unit: 'Huyện Kon Plông', quality: 'exact' },
  { written: "huyện Ia H'Drai", unit: "Huyện Ia H' Drai", quality: 'exact' },
  { written: 'huyện Ia Hdrai', unit: "Huyện Ia H' Drai", quality: 'folded' },
  { written: 'Ngọc Tụ', unit: 'Xã Ngọk Tụ', quality: 'approximate', reason: 'gần đúng: Ngọc ↔ Ngọk' },
  { written: 'xã Đăk Long', unit: 'Xã Đăk Long', quality: 'exact', below: ['Xã Đắk Long'] },
  { written: 'xã Đắk Long', unit: 'Xã Đắk Long', quality: 'exact', below: ['Xã Đăk Long'] },
  { written: 'xã Pờ Y, huyện Ngọc Hồi', unit: 'Xã Bờ Y', quality: 'approximate', reason: 'gần đúng: Pờ ↔ Bờ', absent: ['Xã Pờ Ê'] },
  { written: 'xã Pờ Ê', unit: 'Xã Pờ Ê', quality: 'exact', absent: ['Xã Bờ Y'] },
  { written: 'Phường Trần Hưng Đạo', unit: 'Phường Trần Hưng Đạo', quality: 'exact' },
  { written: 'phường Tran Hung Dao, TP Kon Tum', unit: 'Phường Trần Hưng Đạo', quality: 'folded' },
  { written: 'xã Đắk HRing', unit: 'Xã Đắk HRing', quality: 'exact' },
  { written: 'Đăk Hring', unit: 'Xã Đắk HRing', quality: 'approximate', reason: 'gần đúng: Đăk ↔ Đắk' },
];

describe('units.match with agency prefixes, types, abbreviations and qualifiers', () => {
  it.each(CASES.map((c) => [c.written, c] as const))('"%s"', async (written, expected) => {
    const found = await match(written);
    const names = found.map((m) => m.name);
    expect(found[0]?.name, JSON.stringify(found.slice(0, 4))).toBe(expected.unit);
    expect(found[0].quality).toBe(expected.quality);
    if (expected.reason) expect(found[0].reason).toBe(expected.reason);
    for (const other of expected.below ?? []) {
      expect(names.indexOf(other), other).toBeGreaterThan(0);
    }
    for (const other of expected.absent ?? []) expect(names, other).not.toContain(other);
  });

  it('answers nothing for names of another province or of nothing', async () => {
    expect(await match('xã Tân Phú, huyện Đồng Phú')).toEqual([]);
    expect(await match('UBND')).toEqual([]);
  });

  it('keeps a one-letter difference from a short word out of the exact and folded ranks', async () => {
    const found = await match('Sa Bình');
    expect(found[0]).toMatchObject({ name: 'Xã Sa Bình', quality: 'exact' });
    expect(found.slice(1).every((m) => m.quality === 'approximate')).toBe(true);
  });
});

describe('units.search reads names as people write them', () => {
  it.each([
    ['UBND xã Đăk Ui', 'Xã Đắk Ui'],
    ['TT Plei Kần', 'Thị trấn Plei Kần'],
    ['xã Ngọc Wang, huyện Đăk Hà', 'Xã Ngok Wang'],
    ['Ủy ban nhân dân huyện Đăk Tô', 'Huyện Đắk Tô'],
    ['hdrai', "Huyện Ia H' Drai"],
    ['Đăk Long', 'Xã Đăk Long'],
    ['Đắk Long', 'Xã Đắk Long'],
  ])('"%s" finds %s first', async (query, first) => {
    expect((await search(query))[0]).toBe(first);
  });

  it('keeps exact diacritics first: "Đắk Hà" gives the Đắk Hà units before any other', async () => {
    const names = await search('Đắk Hà');
    expect(names.slice(0, 3).sort()).toEqual(['Huyện Đắk Hà', 'Thị trấn Đắk Hà', 'Xã Đắk Hà'].sort());
  });
});

describe('aliases (tên gọi khác)', () => {
  it('are added, matched as alias, shown in the unit history, and removed', async () => {
    const unitId = idOfName('Xã Ngok Wang');
    const alias = dataOf<UnitAlias>(await app.call('units.addAlias', { unitId, name: 'UBND xã Ngọc Wang, huyện Đăk Hà' }));
    expect(alias).toMatchObject({ unitId, name: 'xã Ngọc Wang', source: 'user' });
    expect(dataOf<UnitAlias[]>(await app.call('units.aliases', { unitId })).map((a) => a.name)).toEqual(['xã Ngọc Wang']);

    const found = await match('UBND xã Ngọc Wang');
    expect(found[0]).toMatchObject({ unitId, quality: 'alias', reason: 'tên gọi khác: xã Ngọc Wang' });

    const again = await app.call('units.addAlias', { unitId, name: 'Xã NGỌC WANG' });
    expect(again.ok || again.error.code).toBe('CONFLICT');
    const official = await app.call('units.addAlias', { unitId, name: 'ngok wang' });
    expect(official.ok || official.error.code).toBe('VALIDATION');

    dataOf(await app.call('units.removeAlias', { id: alias.id }));
    expect(dataOf<UnitAlias[]>(await app.call('units.aliases', { unitId }))).toEqual([]);
    expect((await match('UBND xã Ngọc Wang'))[0].quality).toBe('approximate');
    const removedAgain = await app.call('units.removeAlias', { id: alias.id });
    expect(removedAgain.ok || removedAgain.error.code).toBe('NOT_FOUND');

    const history = dataOf<AuditEntry[]>(await app.call('audit.forUnit', { unitId }));
    expect(history.filter((e) => e.entity === 'unit-alias').map((e) => e.action)).toEqual(['delete', 'create']);
  });

  it('a renamed or merged unit keeps its former name as an alias of the unit that carries on', async () => {
    const older = idOfName('Xã Đắk Rơ Nga');
    const newer = idOfName('Xã Đắk Trăm');
    dataOf(
      await app.call('unitHistory.setSuccessor', {
        unitId: older,
        relation: 'merged_into',
        otherUnitId: newer,
        effectiveDate: '2025-07-01',
        decision: { number: '1/NQ-UBTVQH', date: null, issuer: '' },
        note: '',
      }),
    );
    const aliases = dataOf<UnitAlias[]>(await app.call('units.aliases', { unitId: newer }));
    expect(aliases).toEqual([expect.objectContaining({ name: 'Xã Đắk Rơ Nga', source: 'merged' })]);
    const found = await match('xã Đắk Rơ Nga');
    expect(found.map((m) => [m.name, m.quality])).toEqual([
      ['Xã Đắk Rơ Nga', 'exact'],
      ['Xã Đắk Trăm', 'alias'],
    ]);
  });
});

describe('criteria import resolves names as the sheet writes them', () => {
  const HEADER = 4;

  /** The district template with codes cleared and names written as a news list writes them. */
  async function sheetWith(districtId: number, names: string[]): Promise<string> {
    const file = dataOf<{ base64: string }>(await app.call('criteria.template', { districtId, year: 2024 }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    for (let r = sheet.rowCount; r > HEADER; r -= 1) sheet.spliceRows(r, 1);
    names.forEach((name, i) => {
      sheet.getRow(HEADER + 1 + i).values = [i + 1, null, name, 'x'];
    });
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  }

  it('takes "UBND xã ..." rows, asks about an approximate one, takes the pick, and an alias saved from it', async () => {
    const districtId = idOfName('Huyện Đắk Hà');
    const base64 = await sheetWith(districtId, [
      'UBND xã Đắk Ui',
      'Ủy ban nhân dân xã Hà Mòn',
      'xã Ngọc Wang',
      'HĐND xã Đắk Mar, huyện Đăk Hà',
    ]);
    const preview = dataOf<CriteriaImportPreview>(await app.call('criteria.importPreview', { districtId, year: 2024, base64 }));
    const row = (n: number) => preview.rows.find((r) => r.rowNumber === HEADER + n);
    expect(row(1)).toMatchObject({ unitId: idOfName('Xã Đắk Ui'), errors: [] });
    expect(row(2)).toMatchObject({ unitId: idOfName('Xã Hà Mòn'), errors: [] });
    expect(row(4)).toMatchObject({ unitId: idOfName('Xã Đắk Mar'), errors: [] });
    // Never taken without asking: the approximate match is offered with why.
    expect(row(3)?.unitId).toBeNull();
    expect(row(3)?.writtenName).toBe('xã Ngọc Wang');
    expect(row(3)?.candidates?.[0]).toMatchObject({
      unitId: idOfName('Xã Ngok Wang'),
      quality: 'approximate',
      reason: 'gần đúng: Ngọc ↔ Ngok',
    });
    expect(preview.errorCount).toBe(1);
    const refused = await app.call('criteria.importCommit', { districtId, year: 2024, base64 });
    expect(refused.ok || refused.error.code).toBe('VALIDATION');

    const resolutions = { [String(HEADER + 3)]: idOfName('Xã Ngok Wang') };
    const picked = dataOf<CriteriaImportPreview>(await app.call('criteria.importPreview', { districtId, year: 2024, base64, resolutions }));
    expect(picked.errorCount).toBe(0);
    expect(picked.rows[2]).toMatchObject({ unitId: idOfName('Xã Ngok Wang'), resolved: true });
    // A pick outside the district is refused.
    const outside = { [String(HEADER + 3)]: idOfName('Xã Hiếu') };
    const wrong = dataOf<CriteriaImportPreview>(
      await app.call('criteria.importPreview', { districtId, year: 2024, base64, resolutions: outside }),
    );
    expect(wrong.rows[2].errors).toHaveLength(1);

    // Saved as an alias, the name is taken next time without asking.
    dataOf(await app.call('units.addAlias', { unitId: idOfName('Xã Ngok Wang'), name: 'xã Ngọc Wang', fromImport: true }));
    const again = dataOf<CriteriaImportPreview>(await app.call('criteria.importPreview', { districtId, year: 2024, base64 }));
    expect(again.errorCount).toBe(0);
    dataOf(await app.call('criteria.importCommit', { districtId, year: 2024, base64 }));
    expect(app.count('unit_year_criteria', 'year = 2024')).toBe(4);
  });
});

describe('village import resolves communes as lists write them', () => {
  interface VillageRow {
    rowNumber: number;
    communeId: number | null;
    errors: string[];
    candidates?: UnitMatch[];
    resolved?: boolean;
  }

  it('takes "UBND xã ..." and "xã X, huyện Y", asks about an approximate name and takes the pick', async () => {
    const rows = [
      { name: 'Thôn Kon Rờ Bàng 1', commune: 'UBND xã Đắk Ui, huyện Đăk Hà', ethnicMinorityArea: false, adminType: '' },
      { name: 'Thôn Kon Gung', commune: 'xã Đăk Mar', ethnicMinorityArea: false, adminType: '' },
      { name: 'Thôn 6', commune: 'Xã Hà Mòn', ethnicMinorityArea: false, adminType: '' },
    ];
    const preview = dataOf<VillageRow[]>(await app.call('villages.importPreview', { rows }));
    expect(preview[0]).toMatchObject({ communeId: idOfName('Xã Đắk Ui'), errors: [] });
    expect(preview[2]).toMatchObject({ communeId: idOfName('Xã Hà Mòn'), errors: [] });
    expect(preview[1].communeId).toBeNull();
    expect(preview[1].candidates?.[0]).toMatchObject({
      unitId: idOfName('Xã Đắk Mar'),
      quality: 'approximate',
      reason: 'gần đúng: Đăk ↔ Đắk',
    });
    const refused = await app.call('villages.importCommit', { rows });
    expect(refused.ok || refused.error.code).toBe('VALIDATION');

    const resolutions = { '2': idOfName('Xã Đắk Mar') };
    const picked = dataOf<VillageRow[]>(await app.call('villages.importPreview', { rows, resolutions }));
    expect(picked[1]).toMatchObject({ communeId: idOfName('Xã Đắk Mar'), errors: [], resolved: true });
    expect(dataOf<{ created: number }>(await app.call('villages.importCommit', { rows, resolutions }))).toEqual({ created: 3 });
  });
});

describe('the ethnic-minority list reads names by the same rules', () => {
  it('takes "UBND xã ..." and unaccented names, and names an approximate one instead of taking it', async () => {
    const districtId = idOfName('Huyện Đắk Hà');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('DTTS');
    sheet.addRow(['STT', 'Tên đơn vị', 'Vùng DTTS']);
    sheet.addRow([1, 'UBND xã Đắk Ui', 'x']);
    sheet.addRow([2, 'xa dak mar', 'x']);
    sheet.addRow([3, 'Đăk La', 'x']);
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const result = dataOf<{ rows: { name: string; unitId: number | null; errors: string[] }[] }>(
      await app.call('baseline.readEthnicList', { districtId, base64 }),
    );
    expect(result.rows[0]).toMatchObject({ unitId: idOfName('Xã Đắk Ui'), errors: [] });
    expect(result.rows[1]).toMatchObject({ unitId: idOfName('Xã Đắk Mar'), errors: [] });
    expect(result.rows[2].unitId).toBeNull();
    expect(result.rows[2].errors).toEqual([
      'Dòng 4: tên "Đăk La" chỉ gần đúng với "Xã Đắk La"; hãy ghi đúng tên hoặc mã đơn vị (phần mềm không tự chọn).',
    ]);
  });
});

describe('name lookups read index ranges, never the whole units table', () => {
  const shapes = [
    { key: 'dakui', includeArchived: true, limit: 500 },
    { key: 'dakui', prefix: 'da', suffixRev: 'iuk', includeArchived: true, limit: 500 },
    { key: 'dakui', prefix: 'da', suffixRev: 'iuk', kinds: ['commune' as const], includeArchived: false, limit: 500 },
    {
      key: 'ngocwang',
      prefix: 'ngoc',
      suffixRev: 'gnaw',
      kinds: ['commune' as const],
      ancestorIds: [8],
      includeArchived: true,
      limit: 500,
    },
  ];

  it.each(shapes.map((shape) => [JSON.stringify(shape), shape] as const))('%s', (_, shape) => {
    const { sameKey, near, args } = nameCandidateStatements(shape);
    for (const sql of [sameKey, near].filter((s): s is string => s !== null)) {
      const plan = (app.ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(args) as { detail: string }[]).map((row) => row.detail);
      expect(
        plan.filter((detail) => /^SCAN /u.test(detail)),
        plan.join('\n'),
      ).toEqual([]);
      expect(
        plan.some((detail) => /units_name_key|unit_aliases_key|units_parent/u.test(detail)),
        plan.join('\n'),
      ).toBe(true);
    }
  });
});
