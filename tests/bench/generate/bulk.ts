import { GRID_ROWS_MAX } from '../../../shared/contract/common';
import type { BenchApp } from '../app';

/**
 * The bulk paths the generator and the import figures write through, one small function each, so a
 * faster channel replaces one line here. Every path goes through the app's channels. Each path is
 * first turned into the calls it makes (`bulkCalls`), so a measurement times the calls alone.
 */

export interface NewUnit {
  code: string;
  name: string;
  kind: 'province' | 'district' | 'commune';
  adminType: string;
  parentId: number | null;
}

export interface CriteriaRow {
  unitId: number;
  criteriaMet: number[];
}

/** A nominee as nominees.create takes it (the bench writes individuals). */
export interface NewNominee {
  kind: 'individual';
  name: string;
  birthYear: number;
  workplace: string;
}

export type BulkPathName = 'units' | 'villages' | 'criteria' | 'recognitions' | 'nominees';

export interface BulkPaths {
  /** How each path writes, as the report names it. */
  names: Record<BulkPathName, string>;
  /** Creates the units in order; returns their ids in the same order. */
  units(app: BenchApp, rows: NewUnit[]): Promise<number[]>;
  /** Villages named per commune code. */
  villages(app: BenchApp, rows: { name: string; commune: string }[]): Promise<void>;
  /** One year of criteria for a district's communes (no record yet). */
  criteria(app: BenchApp, districtId: number, year: number, rows: CriteriaRow[]): Promise<void>;
  /** NTM recognitions decided in the year for a district's communes (none recorded before). */
  recognitions(app: BenchApp, districtId: number, year: number, unitIds: number[]): Promise<void>;
  /** New nominees. */
  nominees(app: BenchApp, rows: NewNominee[]): Promise<void>;
}

/** One channel call of a path, built before any clock starts. */
export interface BulkCall {
  channel: string;
  input: unknown;
}

/** Registry files hold at most 20.000 rows (units.importCommit). */
const UNIT_BATCH = 20_000;
const VILLAGE_BATCH = 5000;
const GRID_BATCH = GRID_ROWS_MAX;
/** nominees.createBulk takes at most 5.000 rows (NOMINEE_BULK_MAX). */
const NOMINEE_BATCH = 5000;

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** A CSV cell as the registry export writes it (RFC 4180 quoting). */
const cell = (value: string) => (/[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The units as a registry file (the columns units.exportCsv writes, UTF-8 with BOM, CRLF), each parent
 * named by its code: the file a user imports with units.importCommit.
 */
function registryCsv(app: BenchApp, rows: NewUnit[]): string {
  const parentIds = [...new Set(rows.flatMap((r) => (r.parentId === null ? [] : [r.parentId])))];
  const codeOf = new Map(
    (
      app.ctx.db.prepare('SELECT id, code FROM units WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(parentIds)) as {
        id: number;
        code: string | null;
      }[]
    ).map((row) => [row.id, row.code]),
  );
  const lines = rows.map((row) => {
    const parent = row.parentId === null ? '' : codeOf.get(row.parentId);
    if (parent === null || parent === undefined) throw new Error(`bench: the parent of ${row.name} has no code`);
    return [row.code, row.name, row.adminType, parent].map(cell).join(',');
  });
  return `\uFEFFMã,Tên đơn vị,Loại,Cấp trên\r\n${lines.join('\r\n')}\r\n`;
}

export const bulkCalls = {
  units: (app: BenchApp, rows: NewUnit[]): BulkCall[] =>
    chunks(rows, UNIT_BATCH).map((batch) => ({
      channel: 'units.importCommit',
      input: { fileName: 'danh-ba-don-vi.csv', base64: Buffer.from(registryCsv(app, batch), 'utf8').toString('base64') },
    })),
  villages: (rows: { name: string; commune: string }[]): BulkCall[] =>
    chunks(rows, VILLAGE_BATCH).map((batch) => ({ channel: 'villages.importCommit', input: { rows: batch } })),
  criteria: (districtId: number, year: number, rows: CriteriaRow[]): BulkCall[] =>
    chunks(rows, GRID_BATCH).map((batch) => ({
      channel: 'criteria.setDistrictYear',
      input: { districtId, year, rows: batch.map((r) => ({ unitId: r.unitId, criteriaMet: r.criteriaMet, version: null })) },
    })),
  recognitions: (districtId: number, year: number, unitIds: number[]): BulkCall[] =>
    chunks(unitIds, GRID_BATCH).map((batch) => ({
      channel: 'recognitions.setDistrictYear',
      input: {
        districtId,
        year,
        rows: batch.map((unitId) => ({
          unitId,
          level: 'ntm',
          decision: { number: `${unitId}/QĐ-UBND`, date: `15/12/${year}`, signerAuthority: 'Chủ tịch UBND tỉnh' },
          version: null,
        })),
      },
    })),
  nominees: (rows: NewNominee[]): BulkCall[] =>
    chunks(rows, NOMINEE_BATCH).map((batch) => ({ channel: 'nominees.createBulk', input: { rows: batch } })),
};

/** Makes the calls in order; the first refusal throws with the channel's message. */
export async function callAll(app: BenchApp, calls: BulkCall[]): Promise<void> {
  for (const call of calls) {
    try {
      await app.call(call.channel, call.input);
    } catch (error) {
      // A refused registry file says only how many rows failed: the preview names them.
      if (call.channel === 'units.importCommit') {
        const preview = await app.call<{ rows: { rowNumber?: number; name?: string; errors: string[] }[] }>(
          'units.importPreview',
          call.input,
        );
        const bad = preview.rows.filter((r) => r.errors.length > 0).slice(0, 5);
        throw new Error(`${String(error)}\n${JSON.stringify(bad, null, 1)}`);
      }
      throw error;
    }
  }
}

export const channelBulkPaths: BulkPaths = {
  names: {
    units: 'units.importCommit, tệp CSV danh bạ',
    villages: 'villages.importCommit',
    criteria: 'criteria.setDistrictYear',
    recognitions: 'recognitions.setDistrictYear',
    nominees: 'nominees.createBulk',
  },
  async units(app, rows) {
    await callAll(app, bulkCalls.units(app, rows));
    // Codes are unique in the registry: the new units' ids are read back by code, in the rows' order.
    const idOf = new Map(
      (
        app.ctx.db
          .prepare('SELECT code, id FROM units WHERE code IN (SELECT value FROM json_each(?))')
          .all(JSON.stringify(rows.map((r) => r.code))) as { code: string; id: number }[]
      ).map((row) => [row.code, row.id]),
    );
    return rows.map((row) => {
      const id = idOf.get(row.code);
      if (id === undefined) throw new Error(`bench: unit ${row.code} was not created`);
      return id;
    });
  },
  villages: (app, rows) => callAll(app, bulkCalls.villages(rows)),
  criteria: (app, districtId, year, rows) => callAll(app, bulkCalls.criteria(districtId, year, rows)),
  recognitions: (app, districtId, year, unitIds) => callAll(app, bulkCalls.recognitions(districtId, year, unitIds)),
  nominees: (app, rows) => callAll(app, bulkCalls.nominees(rows)),
};
