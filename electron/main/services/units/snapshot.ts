import type { Unit, UnitListItem } from '../../../../shared/domain/units';

/** A unit without the fields lists add (parent and district names, child count). */
export function plainUnit(unit: UnitListItem): Unit {
  const { parentName: _p, districtId: _d, districtName: _n, childCount: _c, ...rest } = unit;
  return rest;
}

/** What the audit log keeps of a unit: every stored field but the timestamps (the entry has its own). */
export function unitSnapshot(unit: Unit): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, ...rest } = unit;
  return rest;
}
