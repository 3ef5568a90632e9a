import type { InputOf } from '@shared/contract';
import type { UnitPage } from '@shared/contract/units';
import type { UnitListItem } from '@shared/domain/units';
import { foldText } from '@shared/text/fold';

const STAMP = '2026-03-05T02:07:00.000Z';

/** A unit as lists return it, with only the fields a test cares about given. */
export function listItem(fields: Partial<UnitListItem> & Pick<UnitListItem, 'id' | 'name' | 'kind'>): UnitListItem {
  return {
    code: null,
    adminType: '',
    parentId: null,
    ethnicMinorityArea: false,
    headName: '',
    phone: '',
    email: '',
    address: '',
    notes: '',
    archived: false,
    version: 1,
    createdAt: STAMP,
    updatedAt: STAMP,
    parentName: null,
    districtId: null,
    districtName: null,
    childCount: 0,
    ...fields,
  };
}

export const province = listItem({ id: 1, name: 'Tỉnh Kon Tum', kind: 'province', code: '62', adminType: 'Tỉnh' });
export const dakHa = listItem({
  id: 8,
  name: 'Huyện Đắk Hà',
  kind: 'district',
  code: '615',
  adminType: 'Huyện',
  parentId: 1,
  parentName: 'Tỉnh Kon Tum',
  districtId: 8,
  districtName: 'Huyện Đắk Hà',
  childCount: 1,
});
export const dakHaTown = listItem({
  id: 78,
  name: 'Thị trấn Đắk Hà',
  kind: 'commune',
  code: '23500',
  adminType: 'Thị trấn',
  parentId: 8,
  parentName: 'Huyện Đắk Hà',
  districtId: 8,
  districtName: 'Huyện Đắk Hà',
});

/**
 * A fake units.list over these units, filtering as the server does on the fields component tests use
 * (kinds, kind, ids, parentId, archived, a folded query) and paging.
 */
export function unitPages(units: UnitListItem[]) {
  return (input: InputOf<'units.list'> = {}): UnitPage => {
    const kinds = input.kinds ?? (input.kind ? [input.kind] : null);
    const archived = input.archived ?? 'active';
    const query = input.query ? foldText(input.query) : '';
    const matched = units.filter(
      (unit) =>
        (!kinds || kinds.includes(unit.kind)) &&
        (!input.ids || input.ids.includes(unit.id)) &&
        (input.parentId === undefined || unit.parentId === input.parentId) &&
        (archived === 'all' || unit.archived === (archived === 'archived')) &&
        (!query || foldText(unit.name).includes(query)),
    );
    const size = input.pageSize ?? 50;
    const start = ((input.page ?? 1) - 1) * size;
    return { rows: matched.slice(start, start + size), total: matched.length, rankedLimit: null };
  };
}
