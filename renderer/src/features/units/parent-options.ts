import type { ComboboxItem } from '@mantine/core';
import { PARENT_KINDS, type UnitKind, type UnitListItem } from '@shared/domain/units';

/** Ids of a unit and everything below it: none of them may become its parent. */
function selfAndDescendants(units: UnitListItem[], selfId: number): Set<number> {
  const childrenOf = new Map<number, number[]>();
  for (const unit of units) {
    if (unit.parentId === null) continue;
    const list = childrenOf.get(unit.parentId) ?? [];
    list.push(unit.id);
    childrenOf.set(unit.parentId, list);
  }
  const found = new Set<number>([selfId]);
  const queue = [selfId];
  while (queue.length > 0) {
    for (const child of childrenOf.get(queue.pop() as number) ?? []) {
      if (!found.has(child)) {
        found.add(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** A parent's label; communes and villages share names across districts, so those carry their parent. */
export function parentLabel(unit: Pick<UnitListItem, 'name' | 'kind' | 'parentName'>): string {
  return (unit.kind === 'commune' || unit.kind === 'village') && unit.parentName ? `${unit.name} – ${unit.parentName}` : unit.name;
}

/**
 * Options for the parent Select: active units of the kinds PARENT_KINDS allows for `kind`, never the
 * unit itself or one below it. The current parent stays listed even if it is no longer active.
 */
export function parentOptions(
  units: UnitListItem[],
  kind: UnitKind,
  self: Pick<UnitListItem, 'id' | 'kind' | 'parentId' | 'parentName'> | null,
): ComboboxItem[] {
  const allowed = PARENT_KINDS[kind];
  const excluded = self ? selfAndDescendants(units, self.id) : new Set<number>();
  const options = units
    .filter((unit) => !unit.archived && allowed.includes(unit.kind) && !excluded.has(unit.id))
    .map((unit) => ({ value: String(unit.id), label: parentLabel(unit) }));
  if (self?.parentId && self.kind === kind && !options.some((option) => option.value === String(self.parentId))) {
    options.unshift({ value: String(self.parentId), label: self.parentName ?? String(self.parentId) });
  }
  return options;
}
