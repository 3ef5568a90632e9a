import type { DocumentSettings, ProvinceOption } from '../../../../shared/domain/settings';
import type { UnitKind } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import type { SettingsRepository } from '../../db/repositories/settings';
import type { UnitsRepository } from '../../db/repositories/units';
import type { Clock } from '../context';
import { settingsMessages } from '../settings/messages';
import { plainUnit, unitSnapshot } from '../units/snapshot';
import { type CatalogueUnit, listProvinces, loadCatalogue, unitsOfProvince } from './catalogue';

export interface SetupInput {
  provinceCode: string;
  operatorName: string;
  documentSettings: DocumentSettings;
}

interface Deps {
  db: Db;
  settings: SettingsRepository;
  units: UnitsRepository;
  audit: AuditRepository;
  clock: Clock;
  seedDir: string;
}

/** First run: choose the province, store the document settings and seed its units from the catalogue. */
export function createSetupService(deps: Deps) {
  let catalogue: CatalogueUnit[] | null = null;
  const getCatalogue = () => (catalogue ??= loadCatalogue(deps.seedDir));

  return {
    isInitialized(): boolean {
      return deps.settings.get() !== null;
    },
    provinces(): ProvinceOption[] {
      return listProvinces(getCatalogue());
    },
    initialize(input: SetupInput): { provinceName: string; unitsSeeded: number } {
      const rows = unitsOfProvince(getCatalogue(), input.provinceCode);
      if (rows.length === 0)
        throw new AppError('VALIDATION', settingsMessages.provinceNotFound(input.provinceCode), [
          { path: 'provinceCode', message: settingsMessages.provinceNotFound(input.provinceCode) },
        ]);
      const province = rows[0];
      return deps.db.transaction(() => {
        if (deps.settings.get() !== null) throw new AppError('CONFLICT', settingsMessages.alreadyInitialized);
        const at = deps.clock.now();
        deps.settings.insert(
          { ...input.documentSettings, provinceCode: province.code, provinceName: province.name, operatorName: input.operatorName },
          at,
        );
        const idByCode = new Map<string, number>();
        for (const row of rows) {
          const kind = kindOf(row, province.code);
          const parentId = row.parentCode ? (idByCode.get(row.parentCode) ?? null) : null;
          const fields = {
            code: row.code,
            name: row.name,
            kind,
            adminType: row.type,
            parentId,
            ethnicMinorityArea: false,
            headName: '',
            phone: '',
            email: '',
            address: '',
            notes: '',
          };
          const id = deps.units.insert(fields, at);
          idByCode.set(row.code, id);
          const created = deps.units.get(id);
          const after = created ? unitSnapshot(plainUnit(created)) : { id, ...fields };
          deps.audit.record({ entity: 'unit', entityId: id, action: 'create', before: null, after, operator: input.operatorName }, at);
        }
        return { provinceName: province.name, unitsSeeded: rows.length };
      })();
    },
  };
}

function kindOf(row: CatalogueUnit, provinceCode: string): UnitKind {
  if (row.parentCode === null) return 'province';
  if (row.parentCode === provinceCode) return 'district';
  return 'commune';
}

export type SetupService = ReturnType<typeof createSetupService>;
