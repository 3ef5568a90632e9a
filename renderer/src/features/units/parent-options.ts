import type { UnitListItem } from '@shared/domain/units';

/** A parent's label; communes and villages share names across districts, so those carry their parent. */
export function parentLabel(unit: Pick<UnitListItem, 'name' | 'kind' | 'parentName'>): string {
  return (unit.kind === 'commune' || unit.kind === 'village') && unit.parentName ? `${unit.name} – ${unit.parentName}` : unit.name;
}
