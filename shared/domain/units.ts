/** Units: the participants of movements, from the province down to villages, plus provincial agencies. */

export const UNIT_KINDS = ['province', 'district', 'commune', 'village', 'agency'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Administrative types as published, offered per kind (free text is allowed for unusual ones). */
export const ADMIN_TYPES_BY_KIND: Record<UnitKind, readonly string[]> = {
  province: ['Tỉnh', 'Thành phố Trung ương'],
  district: ['Huyện', 'Thành phố', 'Thị xã', 'Quận'],
  commune: ['Xã', 'Phường', 'Thị trấn', 'Đặc khu'],
  village: ['Thôn', 'Làng', 'Tổ dân phố', 'Bản', 'Buôn', 'Ấp', 'Khu dân cư'],
  agency: ['Sở', 'Ban', 'Ngành', 'Đoàn thể', 'Tổ chức chính trị - xã hội', 'Cơ quan khác'],
};

/** Which kind of unit may be the parent of each kind; null means "no parent". */
export const PARENT_KINDS: Record<UnitKind, readonly (UnitKind | null)[]> = {
  province: [null],
  district: ['province'],
  commune: ['district', 'province'],
  village: ['commune'],
  agency: ['province', 'agency', null],
};

/** Kinds that carry the ethnic-minority-area flag. */
export const KINDS_WITH_EM_FLAG: readonly UnitKind[] = ['commune', 'village'];

/** "Toàn tỉnh", "Toàn huyện", "Toàn thành phố" (a "Thành phố Trung ương" too): a unit's whole area by its administrative type. */
export function wholeAreaOf(adminType: string): string {
  return `Toàn ${adminType.replace(/\s+trung ương$/iu, '').toLocaleLowerCase('vi')}`;
}

export interface Unit {
  id: number;
  code: string | null;
  name: string;
  kind: UnitKind;
  adminType: string;
  parentId: number | null;
  ethnicMinorityArea: boolean;
  headName: string;
  phone: string;
  email: string;
  address: string;
  notes: string;
  archived: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A unit as lists show it: with its parent's and district's names and a count of children. */
export interface UnitListItem extends Unit {
  parentName: string | null;
  districtId: number | null;
  districtName: string | null;
  childCount: number;
}

export interface UnitDetail extends UnitListItem {
  children: UnitListItem[];
  /** Path from the province down to the parent, for the breadcrumb. */
  ancestors: { id: number; name: string }[];
}

export type ArchivedFilter = 'active' | 'archived' | 'all';

/** How a written name matched a unit: exact (diacritics kept), folded, through an alias, or approximate. */
export const UNIT_MATCH_QUALITIES = ['exact', 'folded', 'alias', 'approximate'] as const;
export type UnitMatchQuality = (typeof UNIT_MATCH_QUALITIES)[number];

/** One candidate for a written name ("UBND xã Đăk Ui"), best first in a list; reason in Vietnamese. */
export interface UnitMatch {
  unitId: number;
  name: string;
  kind: UnitKind;
  adminType: string;
  parentName: string | null;
  archived: boolean;
  quality: UnitMatchQuality;
  /** Why it matched ("gần đúng: Đăk ↔ Đắk"). */
  reason: string;
  /** The written type differs from the unit's ("thị trấn" for a xã): ranked below same-type candidates. */
  otherType: boolean;
}

/** Where an alias came from: typed on the unit page, saved from an import, or kept when renamed or merged. */
export const UNIT_ALIAS_SOURCES = ['user', 'import', 'renamed', 'merged'] as const;
export type UnitAliasSource = (typeof UNIT_ALIAS_SOURCES)[number];

/** Another name of a unit (tên gọi khác), matched like its own name. */
export interface UnitAlias {
  id: number;
  unitId: number;
  name: string;
  source: UnitAliasSource;
  createdAt: string;
}

/** What the registry import does with a row of the file: create it, leave it (already there, or archived), or refuse it. */
export const REGISTRY_IMPORT_STATUSES = ['new', 'existing', 'skipped', 'error'] as const;
export type RegistryImportStatus = (typeof REGISTRY_IMPORT_STATUSES)[number];

/** One row of a registry file (the format units.exportXlsx / exportCsv write) as the import reads it. */
export interface RegistryImportRow {
  /** The row's number in the file, as the user sees it in Excel. */
  rowNumber: number;
  code: string | null;
  name: string;
  adminType: string;
  kind: UnitKind | null;
  /** "Cấp trên" as written, and the unit it names (an existing one, or a row earlier in the file). */
  parentText: string;
  parentName: string | null;
  status: RegistryImportStatus;
  /** Why it is left or refused, in Vietnamese. */
  errors: string[];
  note: string;
}

export interface RegistryImportPreview {
  rows: RegistryImportRow[];
  counts: { total: number; new: number; existing: number; skipped: number; errors: number };
}

/** One row of a registry file (units.exportXlsx / exportCsv) whose "Tên gọi khác" column lists names. */
export interface AliasImportRow {
  /** The row's number in the file (the sheet's row, or the CSV line). */
  rowNumber: number;
  code: string | null;
  name: string;
  parentName: string;
  unitId: number | null;
  unitName: string | null;
  /** Names to add as aliases of the unit. */
  add: string[];
  /** Names the unit already answers to (its own name or an alias): nothing to do. */
  unchanged: string[];
  errors: string[];
  /** Units the written name may mean when none was taken without asking, best first with why. */
  candidates?: UnitMatch[];
  /** The unit was the user's pick for this row. */
  resolved?: boolean;
}

export interface AliasImportPreview {
  /** Rows with names in "Tên gọi khác"; rows without any are left out. */
  rows: AliasImportRow[];
  /** Rows of the file with no other names. */
  skipped: number;
  /** Units that would get new aliases, and how many aliases in all. */
  units: number;
  aliases: number;
}
