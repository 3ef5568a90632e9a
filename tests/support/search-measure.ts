/**
 * Measures search at national scale (issue 13): every commune of the catalogue with 10 villages each
 * (~110.000 units) and 1.000.000 nominees, then the p95 of realistic queries through the channels.
 * Not part of the test suites (the bench of issue 13 measures it too). Run:
 *   npx esbuild tests/support/search-measure.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=/tmp/search-measure.mjs && node /tmp/search-measure.mjs <data dir> [nominees]
 * The data dir is filled once (deterministic) and reused by later runs.
 */
import fs from 'node:fs';
import path from 'node:path';

import { createAppContext } from '../../electron/main/app-context';
import { invokeChannel } from '../../electron/main/ipc/wrapper';
import { documentSettingsFor } from '../../shared/domain/settings';
import { foldText } from '../../shared/text/fold';
import { nameKeys } from '../../shared/text/unit-names';

const dataDir = process.argv[2];
const nomineeCount = Number(process.argv[3] ?? 1_000_000);
const resourcesDir = path.resolve(process.env.RESOURCES_DIR ?? 'resources');
if (!dataDir) throw new Error('usage: search-measure <data dir> [nominees]');

/** A small deterministic generator (mulberry32), so before and after measure the same data. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20251130);
/** Picks by weight: [value, weight][]. */
function pick<T>(table: [T, number][]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = rand() * total;
  for (const [value, weight] of table) {
    r -= weight;
    if (r <= 0) return value;
  }
  return table[table.length - 1][0];
}

// Shares of surnames, middle and given names in Vietnam (rounded public estimates).
const SURNAMES: [string, number][] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 4],
  ['Huỳnh', 4],
  ['Phan', 4.5],
  ['Vũ', 2.5],
  ['Võ', 2.5],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 1],
  ['Trương', 1],
  ['Lương', 0.5],
  ['Y', 0.4],
  ['A', 0.4],
  ['Rơ Mah', 0.2],
  ['Ksor', 0.2],
  ['Siu', 0.2],
  ['Đào', 0.5],
  ['Tạ', 0.3],
  ['Mai', 0.4],
];
const MIDDLE_M: [string, number][] = [
  ['Văn', 40],
  ['Đức', 8],
  ['Minh', 8],
  ['Hữu', 6],
  ['Quang', 6],
  ['Thanh', 5],
  ['Ngọc', 4],
  ['Công', 4],
  ['Xuân', 3],
  ['Đình', 4],
  ['Trọng', 3],
  ['Anh', 2],
  ['', 7],
];
const MIDDLE_F: [string, number][] = [
  ['Thị', 55],
  ['Ngọc', 8],
  ['Thanh', 6],
  ['Thu', 5],
  ['Minh', 4],
  ['Kim', 4],
  ['Mỹ', 3],
  ['Hồng', 3],
  ['Phương', 3],
  ['Bích', 2],
  ['', 7],
];
const GIVEN_M = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Hải',
  'Nam',
  'Long',
  'Sơn',
  'Thắng',
  'Quân',
  'Huy',
  'Phong',
  'Cường',
  'Bình',
  'Đức',
  'Tài',
  'Trung',
  'Hiếu',
  'Khoa',
  'Hưng',
  'Thành',
  'Toàn',
  'Vinh',
  'Việt',
  'Hoàng',
  'Phúc',
  'Lâm',
  'Kiên',
  'Đạt',
  'Tâm',
  'An',
  'Khánh',
  'Thịnh',
  'Lộc',
  'Nghĩa',
  'Quý',
  'Tín',
  'Hậu',
  'Duy',
  'Hòa',
  'Trí',
];
const GIVEN_F = [
  'Hương',
  'Lan',
  'Linh',
  'Hoa',
  'Hà',
  'Trang',
  'Thảo',
  'Hằng',
  'Phương',
  'Mai',
  'Ngọc',
  'Nga',
  'Yến',
  'Hạnh',
  'Nhung',
  'Loan',
  'Dung',
  'Thủy',
  'Oanh',
  'Vân',
  'Anh',
  'Huyền',
  'Quyên',
  'Hiền',
  'Nhàn',
  'Tuyết',
  'Xuân',
  'Thu',
  'Hồng',
  'Liên',
  'Diệp',
  'Giang',
  'Châu',
  'Hòa',
  'Hoà',
  'Hóa',
  'Thanh',
  'My',
  'Uyên',
  'Vy',
];
const VILLAGE_WORDS = [
  'Kon',
  'Plei',
  'Đăk',
  'Đắk',
  'Ia',
  'Tân',
  'Bình',
  'An',
  'Hòa',
  'Phú',
  'Thịnh',
  'Lợi',
  'Klor',
  'Rơ',
  'Ngọc',
  'Hà',
  'Mường',
  'Bản',
  'Nà',
  'Pác',
  'Trung',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Thượng',
  'Hạ',
];

function personName(): { name: string; gender: 'male' | 'female' } {
  const gender = rand() < 0.5 ? 'male' : 'female';
  const middle = pick(gender === 'male' ? MIDDLE_M : MIDDLE_F);
  const givenList = gender === 'male' ? GIVEN_M : GIVEN_F;
  const given = givenList[Math.floor(Math.pow(rand(), 1.6) * givenList.length)];
  const parts = [pick(SURNAMES), middle, rand() < 0.15 ? givenList[Math.floor(rand() * givenList.length)] : '', given];
  return { name: parts.filter(Boolean).join(' '), gender };
}

function build(): void {
  const started = Date.now();
  const ctx = createAppContext({ dataDir, resourcesDir, clock: { now: () => new Date().toISOString() } });
  ctx.services.setup.initialize({ provinceCode: '62', operatorName: 'Đo tốc độ', documentSettings: documentSettingsFor('Tỉnh Kon Tum') });
  const db = ctx.db;
  const at = new Date().toISOString();
  const insert =
    db.prepare(`INSERT INTO units (code, name, name_folded, name_key, name_key_rev, kind, admin_type, parent_id, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const add = (code: string | null, name: string, kind: string, adminType: string, parentId: number | null) => {
    const keys = nameKeys(name);
    return Number(insert.run(code, name, foldText(name), keys.key, keys.keyRev, kind, adminType, parentId, at, at).lastInsertRowid);
  };
  const ids = new Map<string, number>(
    (db.prepare('SELECT code, id FROM units WHERE code IS NOT NULL').all() as { code: string; id: number }[]).map((r) => [r.code, r.id]),
  );
  const lines = fs
    .readFileSync(path.join(resourcesDir, 'seed', 'vn-units-2025-03.csv'), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean);
  db.transaction(() => {
    for (const line of lines) {
      const [code, name, type, parent] = line.split(',');
      if (ids.has(code)) continue;
      const kind = parent === '' ? 'province' : code.length === 3 ? 'district' : 'commune';
      // The app holds one province's registry and its successors; nationally, the others sit beside it.
      ids.set(code, add(code, name, kind, type, parent ? (ids.get(parent) ?? null) : null));
    }
    const communes = db.prepare("SELECT id FROM units WHERE kind = 'commune'").all() as { id: number }[];
    for (const { id } of communes) {
      for (let i = 1; i <= 10; i++) {
        const r = rand();
        const name =
          r < 0.35
            ? `Thôn ${i}`
            : r < 0.75
              ? `Thôn ${VILLAGE_WORDS[Math.floor(rand() * VILLAGE_WORDS.length)]} ${VILLAGE_WORDS[Math.floor(rand() * VILLAGE_WORDS.length)]}`
              : r < 0.9
                ? `Làng ${VILLAGE_WORDS[Math.floor(rand() * VILLAGE_WORDS.length)]} ${i}`
                : `Tổ dân phố ${i}`;
        add(null, name, 'village', name.split(' ')[0] === 'Tổ' ? 'Tổ dân phố' : name.split(' ')[0], id);
      }
    }
  })();
  const unitIds = (db.prepare("SELECT id FROM units WHERE kind IN ('commune', 'agency')").all() as { id: number }[]).map((r) => r.id);
  const insertNominee = db.prepare(`INSERT INTO nominees (kind, name, folded_name, gender, birth_year, unit_id, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const batch = 100_000;
  for (let done = 0; done < nomineeCount; done += batch) {
    db.transaction(() => {
      for (let i = done; i < Math.min(nomineeCount, done + batch); i++) {
        const unitId = unitIds[Math.floor(rand() * unitIds.length)];
        if (rand() < 0.05) {
          const name = `Tập thể ${pick([
            ['Trường Tiểu học', 3],
            ['Trạm Y tế', 2],
            ['Công an xã', 2],
            ['Thôn', 3],
            ['Hội Phụ nữ', 1],
          ] as [string, number][])} ${VILLAGE_WORDS[Math.floor(rand() * VILLAGE_WORDS.length)]} ${1 + Math.floor(rand() * 9)}`;
          insertNominee.run('collective', name, foldText(name), null, null, unitId, at, at);
        } else {
          const { name, gender } = personName();
          insertNominee.run('individual', name, foldText(name), gender, 1950 + Math.floor(rand() * 55), unitId, at, at);
        }
      }
    })();
  }
  db.pragma('optimize');
  const counts = db.prepare('SELECT (SELECT COUNT(*) FROM units) AS units, (SELECT COUNT(*) FROM nominees) AS nominees').get();
  console.log('built', counts, `in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  ctx.close();
}

const UNIT_QUERIES = [
  'Đắk Hà',
  'dak ha',
  'ĐẮK HÀ',
  'đăk',
  'đắk',
  'hdrai',
  "Ia H' Drai",
  'iahdrai',
  'kon tum',
  'kontum',
  'kon',
  'plei',
  'ngok',
  'UBND xã Đăk Ui',
  'xã Ngọc Wang, huyện Đăk Hà',
  'TT Plei Kần',
  'Ủy ban nhân dân huyện Đăk Tô',
  'phuc xa',
  'ba dinh',
  'ha noi',
  'hà nội',
  'quang trung',
  'hoa binh',
  'tan',
  'an',
  'x',
  'xa',
  'thon 5',
  'thôn kon',
  'làng plei',
  'nguyen trai',
  'phường 1',
  'tp ho chi minh',
  'thu duc',
  'huyen',
  'ngọc hồi',
  'sa thay',
  'mang den',
  'đăk glei',
  'dak glei',
];
const NOMINEE_QUERIES = [
  'nguyen van hung',
  'Nguyễn Thị Hoa',
  'nguyễn thị hòa',
  'tran',
  'hung',
  'thi lan',
  'le van',
  'pham minh tuan',
  'hoang',
  'y',
  'nguyen',
  'van',
  'thi',
  'ksor',
  'tập thể trường',
  'tram y te',
  'dang thi thu huong',
  'vo',
  'bui duc',
  'ngoc anh',
  'hưng',
  'duy',
];

async function measure(): Promise<void> {
  const ctx = createAppContext({ dataDir, resourcesDir, clock: { now: () => new Date().toISOString() } });
  const call = (channel: string, input: unknown) =>
    invokeChannel(channel, input, { handlers: ctx.handlers, senderAllowed: true, context: { transport: 'test' } });
  async function p95(label: string, channel: string, inputs: unknown[], rounds = 5): Promise<void> {
    for (const input of inputs) {
      const answer = await call(channel, input);
      if (!answer.ok) throw new Error(`${channel} ${JSON.stringify(input)}: ${answer.error.message}`);
    }
    const times: number[] = [];
    const perQuery = new Map<string, number>();
    for (let round = 0; round < rounds; round++) {
      for (const input of inputs) {
        const start = process.hrtime.bigint();
        await call(channel, input);
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        times.push(ms);
        const key = JSON.stringify(input);
        perQuery.set(key, Math.max(perQuery.get(key) ?? 0, ms));
      }
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)].toFixed(1);
    const slowest = [...perQuery.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
    console.log(`${label}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms over ${times.length} calls`);
    console.log(`  slowest: ${slowest.map(([q, ms]) => `${q} ${ms.toFixed(1)}`).join('; ')}`);
  }
  const counts = ctx.db.prepare('SELECT (SELECT COUNT(*) FROM units) AS units, (SELECT COUNT(*) FROM nominees) AS nominees').get();
  console.log('data', counts);
  await p95(
    'units.search limit 20',
    'units.search',
    UNIT_QUERIES.map((query) => ({ query, limit: 20 })),
  );
  await p95(
    'units.search limit 200',
    'units.search',
    UNIT_QUERIES.map((query) => ({ query, limit: 200 })),
  );
  await p95(
    'units.match',
    'units.match',
    UNIT_QUERIES.filter((q) => q.length > 2).map((name) => ({ name })),
  );
  await p95(
    'nominees.search limit 50',
    'nominees.search',
    NOMINEE_QUERIES.map((query) => ({ query, limit: 50 })),
  );
  await p95(
    'nominees.search limit 30 individual',
    'nominees.search',
    NOMINEE_QUERIES.map((query) => ({ query, limit: 30, kind: 'individual' })),
  );
  ctx.close();
}

if (!fs.existsSync(path.join(dataDir, 'thidua.sqlite'))) build();
await measure();
