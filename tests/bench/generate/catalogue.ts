import fs from 'node:fs';
import path from 'node:path';

/** One row of resources/seed/vn-units-2025-03.csv (the national catalogue). */
export interface CatalogueUnit {
  code: string;
  name: string;
  type: string;
  parentCode: string;
}

export interface Catalogue {
  provinces: CatalogueUnit[];
  childrenOf: Map<string, CatalogueUnit[]>;
}

export function readCatalogue(resourcesDir: string): Catalogue {
  const text = fs.readFileSync(path.join(resourcesDir, 'seed', 'vn-units-2025-03.csv'), 'utf8');
  const rows = text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // No field of the catalogue holds a comma.
      const [code, name, type, parentCode] = line.split(',');
      return { code, name, type, parentCode: parentCode ?? '' };
    });
  const childrenOf = new Map<string, CatalogueUnit[]>();
  for (const row of rows) {
    if (!row.parentCode) continue;
    const list = childrenOf.get(row.parentCode) ?? [];
    list.push(row);
    childrenOf.set(row.parentCode, list);
  }
  return { provinces: rows.filter((r) => !r.parentCode), childrenOf };
}

/** Kon Tum's official code: the province the set-up seeds and the seed movement covers. */
export const KON_TUM = '62';
