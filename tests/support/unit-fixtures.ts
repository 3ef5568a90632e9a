import type { UnitListItem } from '@shared/domain/units';

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
