import type { BenchApp } from '../app';

/**
 * The bulk paths the generator writes through, one small function each, so a faster channel
 * (a units bulk import, say) replaces one line here. Every path goes through the app's channels.
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

export interface BulkPaths {
  /** How each path writes, as the report names it. */
  names: Record<'units' | 'villages' | 'criteria' | 'recognitions' | 'nominees', string>;
  /** Creates the units in order; returns their ids in the same order. */
  units(app: BenchApp, rows: NewUnit[]): Promise<number[]>;
  /** Villages named per commune code, at most 5.000 per call. */
  villages(app: BenchApp, rows: { name: string; commune: string }[]): Promise<void>;
  /** One year of criteria for a district's communes (no record yet). */
  criteria(app: BenchApp, districtId: number, year: number, rows: CriteriaRow[]): Promise<void>;
  /** NTM recognitions decided in the year for a district's communes (none recorded before). */
  recognitions(app: BenchApp, districtId: number, year: number, unitIds: number[]): Promise<void>;
  /** New nominees. */
  nominees(app: BenchApp, rows: NewNominee[]): Promise<void>;
}

const VILLAGE_BATCH = 5000;
const GRID_BATCH = 500;

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export const channelBulkPaths: BulkPaths = {
  names: {
    units: 'units.create từng đơn vị',
    villages: 'villages.importCommit',
    criteria: 'criteria.setDistrictYear',
    recognitions: 'recognitions.setDistrictYear',
    nominees: 'nominees.create từng người',
  },
  // No bulk unit channel on today's main: one units.create per unit.
  async units(app, rows) {
    const ids: number[] = [];
    for (const row of rows) {
      const unit = await app.call<{ id: number }>('units.create', {
        code: row.code,
        name: row.name,
        kind: row.kind,
        adminType: row.adminType,
        parentId: row.parentId,
      });
      ids.push(unit.id);
    }
    return ids;
  },
  async villages(app, rows) {
    for (const batch of chunks(rows, VILLAGE_BATCH)) await app.call('villages.importCommit', { rows: batch });
  },
  async criteria(app, districtId, year, rows) {
    for (const batch of chunks(rows, GRID_BATCH))
      await app.call('criteria.setDistrictYear', {
        districtId,
        year,
        rows: batch.map((r) => ({ unitId: r.unitId, criteriaMet: r.criteriaMet, version: null })),
      });
  },
  async recognitions(app, districtId, year, unitIds) {
    for (const batch of chunks(unitIds, GRID_BATCH))
      await app.call('recognitions.setDistrictYear', {
        districtId,
        year,
        rows: batch.map((unitId) => ({
          unitId,
          level: 'ntm',
          decision: { number: `${unitId}/QĐ-UBND`, date: `15/12/${year}`, signerAuthority: 'Chủ tịch UBND tỉnh' },
          version: null,
        })),
      });
  },
  async nominees(app, rows) {
    for (const row of rows) await app.call('nominees.create', row);
  },
};
