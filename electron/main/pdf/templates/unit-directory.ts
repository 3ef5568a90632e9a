import { type UnitListFilter, unitListSchema } from '../../../../shared/contract/units';
import type { TableRow } from '../../../../shared/documents/description';
import type { UnitKind, UnitListItem } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import { formatNumber } from '../../../../shared/format/number';
import { romanNumeral } from '../../../../shared/format/roman';
import { compareVietnamese } from '../../../../shared/text/collate';
import { UNIT_KIND_LABELS } from '../../../../shared/text/units-text';
import { templateMessages } from './messages';
import { defineTemplate } from './registry';
import type { TemplateDeps as DepsWith } from './types';

/** What the unit directory reads: the unit registry (the units area binds its service). */
export interface UnitDirectoryReaders {
  units: { list(filter: UnitListFilter): UnitListItem[] };
}

type TemplateDeps = DepsWith<UnitDirectoryReaders>;

const text = {
  title: 'Danh sách đơn vị',
  typeName: 'Danh sách',
  heading: 'Danh sách đơn vị',
  provinceLevel: 'Cấp tỉnh',
  columns: ['STT', 'Tên đơn vị', 'Loại', 'Mã', 'Vùng DTTS', 'Thủ trưởng', 'Điện thoại'],
  emMark: 'x',
  total: (count: number) => `Tổng số: ${formatNumber(count)} đơn vị.`,
  filters: {
    kind: (label: string) => `loại đơn vị: ${label.toLocaleLowerCase('vi')}`,
    em: (yes: boolean) => (yes ? 'thuộc vùng đồng bào dân tộc thiểu số' : 'không thuộc vùng đồng bào dân tộc thiểu số'),
    query: (query: string) => `tên có từ khóa "${query}"`,
    archived: 'chỉ gồm đơn vị đã lưu trữ',
    all: 'gồm cả đơn vị đã lưu trữ',
  },
  archivedMark: ' (đã lưu trữ)',
  registerTitle: (scope: string) => `Danh sách đơn vị ${scope}`,
};

/** "Tỉnh Kon Tum" -> "tỉnh Kon Tum", for the middle of a sentence. */
function lowerFirst(value: string): string {
  return value.length === 0 ? value : value[0].toLocaleLowerCase('vi') + value.slice(1);
}

/** Official statistical codes sort in the order the province publishes its units; names otherwise. */
function byCodeThenName(a: UnitListItem, b: UnitListItem): number {
  if (a.code && b.code && /^\d+$/.test(a.code) && /^\d+$/.test(b.code)) return Number(a.code) - Number(b.code);
  if (a.code && !b.code) return -1;
  if (!a.code && b.code) return 1;
  return compareVietnamese(a.name, b.name);
}

const KIND_RANK: Record<UnitKind, number> = { province: 0, district: 1, agency: 2, commune: 3, village: 4 };

/** A group's units in print order: the district (or province) first, each commune followed by its villages. */
function orderGroup(units: UnitListItem[]): UnitListItem[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const villagesOf = new Map<number, UnitListItem[]>();
  const top: UnitListItem[] = [];
  for (const unit of units) {
    if (unit.kind === 'village' && unit.parentId !== null && byId.has(unit.parentId)) {
      villagesOf.set(unit.parentId, [...(villagesOf.get(unit.parentId) ?? []), unit]);
    } else top.push(unit);
  }
  top.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || byCodeThenName(a, b));
  return top.flatMap((unit) => [unit, ...(villagesOf.get(unit.id) ?? []).sort(byCodeThenName)]);
}

function rowOf(unit: UnitListItem, index: number): TableRow {
  const name = `${unit.name}${unit.archived ? text.archivedMark : ''}`;
  return {
    cells: [
      String(index),
      unit.kind === 'village' ? { text: name, indent: 10 } : name,
      unit.adminType,
      unit.code ?? '',
      unit.ethnicMinorityArea ? text.emMark : '',
      unit.headName,
      unit.phone,
    ],
  };
}

function filterNotes(filter: UnitListFilter): string[] {
  const parts: string[] = [];
  if (filter.kind) parts.push(text.filters.kind(UNIT_KIND_LABELS[filter.kind]));
  if (filter.ethnicMinorityArea !== undefined) parts.push(text.filters.em(filter.ethnicMinorityArea));
  if (filter.query?.trim()) parts.push(text.filters.query(filter.query.trim()));
  if (filter.archived === 'archived') parts.push(text.filters.archived);
  if (filter.archived === 'all') parts.push(text.filters.all);
  if (parts.length === 0) return [];
  const sentence = parts.join('; ');
  return [`(${sentence[0].toLocaleUpperCase('vi')}${sentence.slice(1)})`];
}

function allDistricts(deps: TemplateDeps): Map<number, UnitListItem> {
  return new Map(deps.units.list({ kind: 'district', archived: 'all' }).map((unit) => [unit.id, unit]));
}

/** The scope printed under the heading ("Huyện Đắk Hà, tỉnh Kon Tum") and used in the register title. */
function scopeOf(filter: UnitListFilter, deps: TemplateDeps, districts: Map<number, UnitListItem>): { line: string; phrase: string } {
  const province = deps.settings.provinceName ?? '';
  if (filter.districtId === undefined) return { line: province, phrase: lowerFirst(province) };
  const district = districts.get(filter.districtId);
  if (!district) {
    throw new AppError('VALIDATION', templateMessages.districtNotFound, [
      { path: 'params.districtId', message: templateMessages.districtNotFound },
    ]);
  }
  return { line: province ? `${district.name}, ${lowerFirst(province)}` : district.name, phrase: lowerFirst(district.name) };
}

/**
 * Danh sách đơn vị: the unit registry as a landscape table, grouped by district (Roman-numbered
 * group rows, the province and its agencies first), from the registry's filters. A working list:
 * Decree 30 has no "danh sách" document type, so it is printed without a number and never issued
 * (a numbered list is an annex of a numbered document).
 */
export const unitDirectoryTemplate = defineTemplate<UnitListFilter, UnitDirectoryReaders>({
  id: 'unit-directory',
  title: text.title,
  typeAbbreviation: '',
  workingList: true,
  paramsSchema: unitListSchema,
  registerTitle: (filter, deps) => text.registerTitle(scopeOf(filter, deps, allDistricts(deps)).phrase).trim(),
  build(filter, deps) {
    const districts = allDistricts(deps);
    const scope = scopeOf(filter, deps, districts);
    const units = deps.units.list(filter);
    if (units.length === 0) throw new AppError('VALIDATION', templateMessages.noUnits);
    const groups = new Map<number, UnitListItem[]>();
    for (const unit of units) {
      const key = unit.districtId ?? 0;
      groups.set(key, [...(groups.get(key) ?? []), unit]);
    }
    // Province-level units first, then districts in the province's official order.
    const keys = [...groups.keys()].sort((a, b) => {
      if (a === 0 || b === 0) return a === 0 ? -1 : 1;
      const [da, db] = [districts.get(a), districts.get(b)];
      return da && db ? byCodeThenName(da, db) : a - b;
    });
    const rows: TableRow[] = [];
    keys.forEach((key, groupIndex) => {
      const members = orderGroup(groups.get(key) ?? []);
      const label = key === 0 ? text.provinceLevel : (districts.get(key)?.name ?? members[0].districtName ?? '');
      rows.push({ group: `${romanNumeral(groupIndex + 1)}. ${label}` });
      members.forEach((unit, index) => rows.push(rowOf(unit, index + 1)));
    });
    return {
      typeName: text.typeName,
      heading: text.heading,
      summary: scope.line || undefined,
      notes: filterNotes(filter),
      orientation: 'landscape',
      body: [
        {
          kind: 'table',
          columns: [
            { header: text.columns[0], width: 5, align: 'center' },
            { header: text.columns[1], width: 27 },
            { header: text.columns[2], width: 10 },
            { header: text.columns[3], width: 7, align: 'center' },
            { header: text.columns[4], width: 8, align: 'center' },
            { header: text.columns[5], width: 24 },
            { header: text.columns[6], width: 14 },
          ],
          rows,
        },
        { kind: 'paragraph', text: text.total(units.length), align: 'left', indent: false, italics: true },
      ],
    };
  },
});
