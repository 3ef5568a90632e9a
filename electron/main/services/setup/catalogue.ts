import fs from 'node:fs';
import path from 'node:path';

import type { ProvinceOption } from '../../../../shared/domain/settings';
import { compareVietnamese } from '../../../../shared/text/collate';
import { normalizeText } from '../../../../shared/text/fold';

/** One row of the national administrative-unit catalogue (GSO codes, data date 01/03/2025). */
export interface CatalogueUnit {
  code: string;
  name: string;
  type: string;
  parentCode: string | null;
}

export const CATALOGUE_FILE = 'vn-units-2025-03.csv';

/** Reads the catalogue shipped in resources/seed; the app never depends on a download. */
export function loadCatalogue(seedDir: string): CatalogueUnit[] {
  const text = fs.readFileSync(path.join(seedDir, CATALOGUE_FILE), 'utf8');
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines.shift();
  if (header?.trim() !== 'code,name,type,parent_code') throw new Error(`Unexpected catalogue header: ${header}`);
  return lines.map((line) => {
    // The catalogue has no quoted fields (checked when it was copied in): a plain split is exact.
    const [code, name, type, parentCode] = line.split(',');
    return { code: code.trim(), name: normalizeText(name), type: normalizeText(type), parentCode: parentCode?.trim() || null };
  });
}

export function listProvinces(catalogue: CatalogueUnit[]): ProvinceOption[] {
  const districtsOf = new Map<string, string[]>();
  for (const unit of catalogue) {
    if (!unit.parentCode) continue;
    const list = districtsOf.get(unit.parentCode) ?? [];
    list.push(unit.code);
    districtsOf.set(unit.parentCode, list);
  }
  return catalogue
    .filter((unit) => unit.parentCode === null)
    .map((province) => {
      const districts = districtsOf.get(province.code) ?? [];
      const communeCount = districts.reduce((sum, code) => sum + (districtsOf.get(code)?.length ?? 0), 0);
      return { code: province.code, name: province.name, districtCount: districts.length, communeCount };
    })
    .sort((a, b) => compareVietnamese(a.name, b.name));
}

/** The province's own row, then its district-level units, then their communes, parents first. */
export function unitsOfProvince(catalogue: CatalogueUnit[], provinceCode: string): CatalogueUnit[] {
  const province = catalogue.find((unit) => unit.code === provinceCode && unit.parentCode === null);
  if (!province) return [];
  const districts = catalogue.filter((unit) => unit.parentCode === provinceCode);
  const districtCodes = new Set(districts.map((d) => d.code));
  const communes = catalogue.filter((unit) => unit.parentCode !== null && districtCodes.has(unit.parentCode));
  return [province, ...districts, ...communes];
}
