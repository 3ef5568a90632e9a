import { unitFieldsSchema } from '../../../../shared/contract/units';
import {
  ADMIN_TYPES_BY_KIND,
  KINDS_WITH_EM_FLAG,
  PARENT_KINDS,
  type RegistryImportPreview,
  type RegistryImportRow,
  type UnitKind,
  type UnitListItem,
} from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import { formatNumber } from '../../../../shared/format/number';
import { foldText } from '../../../../shared/text/fold';
import { UNIT_KIND_SUBJECTS } from '../../../../shared/text/units-text';
import type { Db } from '../../db/connection';
import { cellText } from '../files/xlsx-cells';
import { loadWorkbook } from '../files/xlsx-guard';
import { unitMessages } from './messages';
import { autoPick } from './name-lookup';
import type { BulkUnitRow, UnitsService } from './units-service';

const msg = unitMessages.registryImport;
const columns = unitMessages.registryExport.columns;
const MAX_ROWS = 20_000;

type Field = keyof typeof columns;

/** Headers as the export writes them, and the usual other wordings, folded. */
const HEADERS: Record<Field, string[]> = {
  code: [columns.code, 'Mã đơn vị', 'Mã số'],
  name: [columns.name, 'Tên', 'Đơn vị'],
  adminType: [columns.adminType, 'Loại hình', 'Loại hình hành chính'],
  parent: [columns.parent, 'Đơn vị cấp trên', 'Trực thuộc'],
  ethnicMinorityArea: [columns.ethnicMinorityArea, 'Vùng đồng bào DTTS'],
  aliases: [columns.aliases],
  phone: [columns.phone, 'Số điện thoại'],
  email: [columns.email, 'Thư điện tử'],
  address: [columns.address],
  notes: [columns.notes],
  status: [columns.status],
};

/**
 * The kind an administrative type belongs to ("Thành phố" is a district-level city; "Thành phố Trung ương" a
 * province), folded on the first import: folding builds its tables, which the app's start does not need.
 */
let kindOfType: Map<string, UnitKind> | null = null;
function kindOfAdminType(adminType: string): UnitKind | null {
  kindOfType ??= new Map<string, UnitKind>(
    (Object.entries(ADMIN_TYPES_BY_KIND) as [UnitKind, readonly string[]][]).flatMap(([kind, types]) =>
      types.map((type) => [foldText(type), kind] as [string, UnitKind]),
    ),
  );
  return kindOfType.get(foldText(adminType)) ?? null;
}

interface FileRow {
  rowNumber: number;
  cells: Partial<Record<Field, string>>;
}

/** RFC 4180 as the export writes it (BOM, quotes doubled, CRLF), commas or semicolons. */
function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The header row (within the first rows: the workbook has a title above it) and the rows under it. */
function rowsUnderHeader(grid: string[][]): FileRow[] {
  const wanted = new Map<string, Field>();
  for (const [field, names] of Object.entries(HEADERS) as [Field, string[]][]) for (const name of names) wanted.set(foldText(name), field);
  for (let h = 0; h < Math.min(grid.length, 15); h += 1) {
    const map = new Map<number, Field>();
    grid[h].forEach((text, index) => {
      const field = wanted.get(foldText(text));
      if (field && ![...map.values()].includes(field)) map.set(index, field);
    });
    const fields = new Set(map.values());
    if (!fields.has('name') || !fields.has('adminType') || !fields.has('parent')) continue;
    return grid.slice(h + 1).flatMap((cells, offset) => {
      const row: FileRow = { rowNumber: h + offset + 2, cells: {} };
      for (const [index, field] of map) row.cells[field] = (cells[index] ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
      return Object.values(row.cells).some((value) => value !== '') ? [row] : [];
    });
  }
  throw new AppError('VALIDATION', msg.noHeader);
}

async function readGrid(fileName: string, base64: string): Promise<string[][]> {
  if (/\.csv$/i.test(fileName)) {
    const text = Buffer.from(base64, 'base64').toString('utf8');
    if (text.includes('\u0000')) throw new AppError('VALIDATION', msg.unreadable);
    return parseCsv(text);
  }
  const workbook = await loadWorkbook(base64, { unreadableMessage: msg.unreadable });
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('VALIDATION', msg.unreadable);
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    grid[rowNumber - 1] = Array.from(cells, (value) => value ?? '');
  });
  return Array.from(grid, (row) => row ?? []);
}

interface Deps {
  db: Db;
  units: Pick<UnitsService, 'find' | 'findByCode' | 'findByCodes' | 'list' | 'match' | 'createBulk'>;
}

interface Checked extends RegistryImportRow {
  write: BulkUnitRow | null;
  unitId: number | null;
}

/** The unit registry read back from its own Excel or CSV export: a preview with each row's fate, then all new units or none. */
export function createRegistryImportService(deps: Deps) {
  const { db, units } = deps;

  function check(fileRows: FileRow[]): Checked[] {
    if (fileRows.length === 0) throw new AppError('VALIDATION', msg.noRows);
    if (fileRows.length > MAX_ROWS) throw new AppError('VALIDATION', msg.tooManyRows(formatNumber(MAX_ROWS)));
    const checked: Checked[] = [];
    const codeRows = new Map<string, number>();
    const rowKeys = new Map<string, { rowNumber: number; code: string | null }[]>();
    // Read once per file: the children of each parent (to find units already there), and each written parent.
    const childrenOf = new Map<string, Map<string, UnitListItem>>();
    const existingChildren = (parentId: number | null, kind: UnitKind) => {
      const key = `${parentId ?? ''}|${kind}`;
      let map = childrenOf.get(key);
      if (!map) {
        const list =
          parentId === null
            ? units.list({ kind, archived: 'all' }).filter((u) => u.parentId === null)
            : units.list({ parentId, kind, archived: 'all' });
        map = new Map(list.map((u) => [foldText(u.name), u]));
        childrenOf.set(key, map);
      }
      return map;
    };
    const parentCache = new Map<string, { unit: UnitListItem | null; error: string | null }>();
    const existingParent = (text: string, kinds: UnitKind[]) => {
      const key = `${kinds.join(',')}|${foldText(text)}`;
      let found = parentCache.get(key);
      if (!found) {
        const byCode = units.findByCode(text);
        if (byCode && kinds.includes(byCode.kind)) found = { unit: units.find(byCode.id), error: null };
        else {
          const matches = units.match(text, { kinds, limit: 10, includeArchived: true });
          const best = autoPick(matches);
          if (best) found = { unit: units.find(best.unitId), error: null };
          else if (matches.length > 0) found = { unit: null, error: msg.parentAmbiguous(text, matches.length) };
          else found = { unit: null, error: msg.parentNotFound(text) };
        }
        parentCache.set(key, found);
      }
      return found;
    };

    // Every code the file writes, read in one go (a row's own code is checked against the registry).
    const byCodes = units.findByCodes([...new Set(fileRows.flatMap((r) => (r.cells.code ? [r.cells.code] : [])))]);
    const positionOf = new Map<Checked, number>();
    const fileRowsByName = new Map<string, Checked[]>();
    const fileRowsByCode = new Map<string, Checked[]>();

    for (const fileRow of fileRows) {
      const c = fileRow.cells;
      const errors: string[] = [];
      const name = c.name ?? '';
      const adminType = c.adminType ?? '';
      const code = c.code ? c.code : null;
      const parentText = c.parent ?? '';
      const row: Checked = {
        rowNumber: fileRow.rowNumber,
        code,
        name,
        adminType,
        kind: null,
        parentText,
        parentName: null,
        status: 'new',
        errors,
        note: '',
        write: null,
        unitId: null,
      };
      positionOf.set(row, checked.length);
      checked.push(row);
      const listed = (map: Map<string, Checked[]>, key: string) => {
        const list = map.get(key);
        if (list) list.push(row);
        else map.set(key, [row]);
      };
      listed(fileRowsByName, foldText(name));
      if (code) listed(fileRowsByCode, code);
      if (!name) errors.push(msg.nameRequired);
      if (!adminType) errors.push(msg.typeRequired);
      const kind = adminType ? kindOfAdminType(adminType) : null;
      if (adminType && !kind) errors.push(msg.unknownType(adminType));
      row.kind = kind;
      const status = foldText(c.status ?? '');
      if (status === foldText(unitMessages.registryExport.archived)) {
        row.status = 'skipped';
        row.note = msg.archivedRow;
        continue;
      }
      if (status !== '' && status !== foldText(unitMessages.registryExport.active)) errors.push(msg.badStatus(c.status ?? ''));
      const flagText = foldText(c.ethnicMinorityArea ?? '');
      let flag = false;
      if (['co', 'x', '1', 'yes'].includes(flagText)) flag = true;
      else if (!['', 'khong', '0', 'no'].includes(flagText)) errors.push(msg.badFlag(c.ethnicMinorityArea ?? ''));
      if (code) {
        const first = codeRows.get(code);
        if (first !== undefined) errors.push(msg.codeTwice(code, first));
        else codeRows.set(code, row.rowNumber);
      }
      if (!kind || !name) {
        row.status = 'error';
        continue;
      }

      // The parent: an earlier row of the file, else a unit of the registry (by code, then by name).
      const parentKinds = PARENT_KINDS[kind].filter((k): k is UnitKind => k !== null);
      let parentId: number | null = null;
      let parentRow: number | undefined;
      if (parentText) {
        const folded = foldText(parentText);
        // The nearest earlier row of a parent kind with that name or code, from maps (never a scan of the file per row).
        const inFile = [...(fileRowsByName.get(folded) ?? []), ...(fileRowsByCode.get(parentText) ?? [])]
          .filter((r) => r !== row && r.kind !== null && parentKinds.includes(r.kind))
          .sort((a, b) => b.rowNumber - a.rowNumber)[0];
        if (inFile) {
          row.parentName = inFile.name;
          if (inFile.status === 'error') errors.push(msg.parentErrorRow(inFile.rowNumber));
          else if (inFile.unitId !== null) parentId = inFile.unitId;
          else if (inFile.status === 'new') parentRow = positionOf.get(inFile);
          else errors.push(msg.parentErrorRow(inFile.rowNumber));
        } else if (parentKinds.length === 0) errors.push(unitMessages.parentNotAllowed(UNIT_KIND_SUBJECTS[kind]));
        else {
          const found = existingParent(parentText, parentKinds);
          if (found.error) errors.push(found.error);
          else if (found.unit) {
            parentId = found.unit.id;
            row.parentName = found.unit.name;
            if (found.unit.archived) errors.push(unitMessages.parentArchived(found.unit.name));
          }
        }
      } else if (!PARENT_KINDS[kind].includes(null)) errors.push(unitMessages.parentRequired(UNIT_KIND_SUBJECTS[kind]));
      if (flag && !KINDS_WITH_EM_FLAG.includes(kind)) errors.push(unitMessages.emFlagNotAllowed);

      // Already in the registry: the same code, or the same name and kind under the same parent.
      const byCode = code ? (byCodes.get(code) ?? null) : null;
      // Names alike once folded are one unit unless both carry codes and the codes differ: the catalogue has
      // "Phường Sa Pa" (03001) and "Phường Sa Pả" (03002) under the same town.
      const codesDiffer = (other: string | null) => code !== null && other !== null && other !== code;
      const sameName = parentRow === undefined && errors.length === 0 ? existingChildren(parentId, kind).get(foldText(name)) : undefined;
      const sameUnder = sameName && !codesDiffer(sameName.code) ? sameName : undefined;
      if (byCode) {
        if (foldText(byCode.name) === foldText(name)) {
          row.status = 'existing';
          row.unitId = byCode.id;
          row.note = msg.existing(byCode.name);
        } else errors.push(msg.codeOther(code as string, byCode.name));
      } else if (sameUnder) {
        row.status = 'existing';
        row.unitId = sameUnder.id;
        row.note = msg.existing(sameUnder.name);
      }
      const key = `${kind}|${parentId ?? `r${parentRow ?? ''}`}|${foldText(name)}`;
      const alike = rowKeys.get(key) ?? [];
      const twin = alike.find((other) => !codesDiffer(other.code));
      if (twin) errors.push(msg.rowTwice(twin.rowNumber));
      else rowKeys.set(key, [...alike, { rowNumber: row.rowNumber, code }]);

      // The same field rules as the unit form (lengths, code, phone, e-mail).
      const parsed = unitFieldsSchema.safeParse({
        code: code ?? '',
        name,
        kind,
        adminType,
        parentId: parentId ?? null,
        ethnicMinorityArea: flag,
        headName: '',
        phone: c.phone ?? '',
        email: c.email ?? '',
        address: c.address ?? '',
        notes: c.notes ?? '',
      });
      if (!parsed.success) for (const issue of parsed.error.issues) if (!errors.includes(issue.message)) errors.push(issue.message);
      if (errors.length > 0) {
        row.status = 'error';
        continue;
      }
      if (row.status === 'new' && parsed.success) {
        const aliases = (c.aliases ?? '')
          .split(';')
          .map((alias) => alias.trim())
          .filter((alias) => alias !== '');
        row.write = { ...parsed.data, ...(parentRow === undefined ? {} : { parentRow }), aliases };
      }
    }
    return checked;
  }

  function counts(rows: Checked[]): RegistryImportPreview['counts'] {
    const count = (status: RegistryImportRow['status']) => rows.filter((r) => r.status === status).length;
    return { total: rows.length, new: count('new'), existing: count('existing'), skipped: count('skipped'), errors: count('error') };
  }

  function summary(rows: Checked[]): RegistryImportPreview {
    return { rows: rows.map(({ write: _w, unitId: _u, ...row }) => row), counts: counts(rows) };
  }

  return {
    async preview(input: { fileName: string; base64: string }): Promise<RegistryImportPreview> {
      return summary(check(rowsUnderHeader(await readGrid(input.fileName, input.base64))));
    },
    /** Every new unit in one transaction (one audit entry for the batch), or none when any row has an error. */
    async commit(input: { fileName: string; base64: string }): Promise<{ created: number; existing: number; skipped: number }> {
      const fileRows = rowsUnderHeader(await readGrid(input.fileName, input.base64));
      return db.transaction(() => {
        const rows = check(fileRows);
        const bad = rows.filter((r) => r.status === 'error').length;
        if (bad > 0) throw new AppError('VALIDATION', msg.refused(bad));
        const fresh = rows.filter((r) => r.write !== null);
        // parentRow points into the file's rows; the batch holds only the new ones.
        const indexOf = new Map(rows.map((r, index) => [r, index]));
        const position = new Map(fresh.map((r, index) => [indexOf.get(r) as number, index]));
        const writes = fresh.map((r) => {
          const { parentRow, ...write } = r.write as BulkUnitRow;
          return parentRow === undefined ? write : { ...write, parentRow: position.get(parentRow) };
        });
        units.createBulk(
          writes,
          fresh.map((r) => `rows.${r.rowNumber}`),
        );
        // The counts only: the rows' preview is not answered here.
        const tally = counts(rows);
        return { created: fresh.length, existing: tally.existing, skipped: tally.skipped };
      })();
    },
  };
}

export type RegistryImportService = ReturnType<typeof createRegistryImportService>;
