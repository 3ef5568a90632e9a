import type { NominationImportInput } from '../../../../shared/contract/nominations';
import {
  type Award,
  type CollectiveClass,
  type Gender,
  type ImportPreview,
  type ImportPreviewRow,
  type IndividualClass,
  type NomineeKind,
} from '../../../../shared/domain/nominations';
import { AppError } from '../../../../shared/errors';
import { parseDate } from '../../../../shared/format/date';
import { foldText } from '../../../../shared/text/fold';
import type { Db } from '../../db/connection';
import type { NominationsRepository, NomineeFields } from '../../db/repositories/nominations';
import type { Clock } from '../context';
import type { CatalogueService } from './catalogue-service';
import { type ListRow, readList } from './list-reader';
import { nominationMessages as msg } from './messages';
import type { NominationsService } from './nominations-service';
import type { NomineesService } from './nominees-service';
import type { RoundsService } from './rounds-service';

/** Folded award names as units write them: "Bằng khen UBND tỉnh", "BK Thủ tướng", "CSTĐ cơ sở", "HCLĐ hạng 3". */
export function canonicalAward(text: string): string {
  let s = ` ${foldText(text)} `;
  const replacements: [RegExp, string][] = [
    [/ ubnd /g, ' uy ban nhan dan '],
    [/ ttg /g, ' thu tuong '],
    [/ thu tuong chinh phu /g, ' thu tuong '],
    [/ bk /g, ' bang khen '],
    [/ gk /g, ' giay khen '],
    [/ cstdcs /g, ' chien si thi dua co so '],
    [/ cstd /g, ' chien si thi dua '],
    [/ ldtt /g, ' lao dong tien tien '],
    [/ hcld /g, ' huan chuong lao dong '],
    [/ tt ldxs /g, ' tap the lao dong xuat sac '],
    [/ tt ldtt /g, ' tap the lao dong tien tien '],
    [/ hang (3|iii) /g, ' hang ba '],
    [/ hang (2|ii) /g, ' hang nhi '],
    [/ hang (1|i) /g, ' hang nhat '],
    [/ (cua|chu tich|uy ban nhan dan|danh hieu|tang|de nghi) /g, ' '],
  ];
  for (const [pattern, value] of replacements) {
    // Applied twice so neighbouring words ("của chủ tịch") both go.
    s = s.replace(pattern, value).replace(pattern, value);
  }
  return s.replace(/\s+/g, ' ').trim();
}

const KIND_WORDS: [RegExp, NomineeKind][] = [
  [/^(ca nhan|canhan|cn)$/, 'individual'],
  [/^(tap the|tapthe|tt)$/, 'collective'],
  [/^(ho gia dinh|hogiadinh|ho|hgd|gia dinh)$/, 'household'],
];

export function kindOf(text: string): NomineeKind | null {
  const folded = foldText(text);
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(folded)) return kind;
  return null;
}

/** A section heading inside the list ("I. TẬP THỂ", "B. Cá nhân"): the kind of the rows below it. */
function sectionKind(row: ListRow): NomineeKind | null {
  if (row.values.award) return null;
  const name = foldText(row.values.name ?? '').replace(/^([ivx]+|[a-d]|\d+)\s+/, '');
  return kindOf(name) ?? (name.startsWith('khen thuong ') ? kindOf(name.slice(12)) : null);
}

const COLLECTIVE_START =
  /^(uy ban|ubnd|phong|so|truong|xa|thon|lang|ban|hoi|cong ty|hop tac xa|htx|doan|to dan pho|chi bo|dang uy|trung tam|benh vien|cong an|khoa|tap the|van phong|huyen|thi tran|phuong|buon|plei|nong truong|lien doan|mat tran|cuc|chi cuc|tram)( |$)/;
const HOUSEHOLD_START = /^(ho ong|ho ba|ho gia dinh|gia dinh ong|gia dinh ba)( |$)/;

function guessKind(row: ListRow): NomineeKind {
  const name = foldText(row.values.name ?? '');
  if (HOUSEHOLD_START.test(name)) return 'household';
  if (row.values.gender || row.values.birth || row.genderFromColumn) return 'individual';
  if (COLLECTIVE_START.test(name)) return 'collective';
  return 'individual';
}

function genderOf(text: string): Gender | null | 'bad' {
  const folded = foldText(text);
  if (folded === '') return null;
  if (folded === 'nam' || folded === 'm') return 'male';
  if (folded === 'nu' || folded === 'f') return 'female';
  return 'bad';
}

function birthOf(text: string): { year: number | null; date: string | null } | 'bad' {
  const value = text.trim();
  if (/^\d{4}$/.test(value)) {
    const year = Number(value);
    return year >= 1900 && year <= 2100 ? { year, date: null } : 'bad';
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = parseDate(iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value.replace(/[.-]/g, '/'));
  return date ? { year: Number(date.slice(0, 4)), date } : 'bad';
}

const INDIVIDUAL_CLASS_WORDS: [RegExp, IndividualClass][] = [
  [/truc tiep|cong nhan|nong dan|nguoi lao dong/, 'direct-worker'],
  [/doanh nhan/, 'business'],
  [/cap bo|cap tinh|tinh tro len|bo tro len/, 'senior-leader'],
  [/cap vu|cap so|so nganh|cap huyen/, 'department-leader'],
  [/lanh dao|quan ly|pho phong|truong phong/, 'other-leader'],
  [/^khac$/, 'other'],
];
const COLLECTIVE_CLASS_WORDS: [RegExp, CollectiveClass][] = [
  [/hanh chinh/, 'administrative'],
  [/su nghiep/, 'public-service'],
  [/doanh nghiep|cong ty/, 'enterprise'],
  [/hop tac xa/, 'cooperative'],
  [/trung uong/, 'central-in-province'],
  [/^khac$/, 'other'],
];

function classOf(text: string, kind: NomineeKind): string | null {
  const folded = foldText(text);
  if (folded === '' || kind === 'household') return '';
  const table: [RegExp, string][] = kind === 'individual' ? INDIVIDUAL_CLASS_WORDS : COLLECTIVE_CLASS_WORDS;
  for (const [pattern, value] of table) if (pattern.test(folded)) return value;
  return null;
}

interface ParsedRow extends ImportPreviewRow {
  fields: NomineeFields;
  summary: string;
}

interface Deps {
  db: Db;
  nominations: NominationsRepository;
  catalogue: CatalogueService;
  rounds: RoundsService;
  nominees: NomineesService;
  nominationsService: NominationsService;
  clock: Clock;
}

/** Proposal lists from XLSX: a preview with row-level errors, then all rows or none. */
export function createNominationImportService(deps: Deps) {
  const { db, catalogue, rounds, clock } = deps;

  function awardMatcher(awards: Award[]) {
    const byCanonical = new Map<string, Award>();
    for (const award of awards) {
      byCanonical.set(canonicalAward(award.name), award);
      byCanonical.set(foldText(award.code), award);
    }
    return (text: string) => byCanonical.get(canonicalAward(text)) ?? byCanonical.get(foldText(text)) ?? null;
  }

  async function parse(input: NominationImportInput) {
    const round = rounds.mustGet(input.roundId);
    const list = await readList(input.base64, input.sheet);
    const awards = catalogue.catalogue();
    const known = awardMatcher(awards);
    const mapped = new Map<string, Award>();
    for (const [written, code] of Object.entries(input.awardMap ?? {})) {
      const award = awards.find((a) => a.code === code);
      if (!award) throw new AppError('VALIDATION', msg.awardNotFound(code), [{ path: 'awardMap', message: msg.awardNotFound(code) }]);
      mapped.set(foldText(written), award);
    }
    const matchAward = (text: string) => mapped.get(foldText(text)) ?? known(text);
    const unknownAwards: string[] = [];
    const seen = new Map<string, number>();
    const rows: ParsedRow[] = [];
    let section: NomineeKind | null = null;
    for (const row of list.rows) {
      const heading = sectionKind(row);
      if (heading) {
        section = heading;
        continue;
      }
      const v = row.values;
      const errors: string[] = [];
      let kind: NomineeKind = section ?? guessKind(row);
      if (v.kind) {
        const parsed = kindOf(v.kind);
        if (parsed) kind = parsed;
        else errors.push(msg.rowUnknownKind(v.kind));
      }
      const name = (v.name ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
      if (!name) errors.push(msg.rowNoName);
      let award: Award | null = null;
      if (!v.award) errors.push(msg.rowNoAward);
      else {
        award = matchAward(v.award);
        if (!award) {
          errors.push(msg.rowUnknownAward(v.award));
          if (!unknownAwards.includes(v.award)) unknownAwards.push(v.award);
        } else if (!award.nomineeKinds.includes(kind)) errors.push(msg.rowWrongKind(award.name, kind));
        else if (!award.commendationKinds.includes(round.commendationKind)) {
          errors.push(msg.wrongCommendationKind(award.name, round.commendationKind).replace(/\.$/, ''));
        }
      }
      let gender: Gender | null = row.genderFromColumn;
      if (v.gender) {
        const g = genderOf(v.gender);
        if (g === 'bad') errors.push(msg.rowUnknownGender(v.gender));
        else gender = g;
      }
      let birth: { year: number | null; date: string | null } = { year: null, date: null };
      if (v.birth) {
        const b = birthOf(v.birth);
        if (b === 'bad') errors.push(msg.rowBadBirth(v.birth));
        else birth = b;
      }
      let classification = '';
      if (v.classification) {
        const c = classOf(v.classification, kind);
        if (c === null) errors.push(msg.rowUnknownClass(v.classification));
        else classification = c;
      }
      const fields: NomineeFields = {
        kind,
        name,
        foldedName: foldText(name),
        formOfAddress: '',
        gender: kind === 'individual' ? gender : null,
        birthDate: kind === 'individual' ? birth.date : null,
        birthYear: kind === 'individual' ? birth.year : null,
        ethnicity: v.ethnicity ?? '',
        position: v.position ?? '',
        // A household's "đơn vị công tác" column holds its address in lists that mix kinds.
        workplace: kind === 'household' ? '' : (v.workplace ?? ''),
        classification,
        unitId: null,
        village: kind === 'household' ? (v.address ?? v.workplace ?? '') : '',
        commune: '',
      };
      const key = `${kind}|${fields.foldedName}|${fields.birthYear ?? ''}|${award?.code ?? ''}`;
      const earlier = seen.get(key);
      if (earlier !== undefined && name) errors.push(msg.rowTwice(earlier));
      else seen.set(key, row.rowNumber);
      if (award && name && errors.length === 0) {
        const existing = deps.nominations.possibleDuplicates(fields, null);
        if (existing.length === 1 && deps.nominations.existingNomination(round.id, existing[0].id, award.code) !== null) {
          errors.push(msg.rowAlreadyInRound);
        }
      }
      rows.push({
        rowNumber: row.rowNumber,
        nomineeKind: kind,
        name,
        awardCode: award?.code ?? '',
        gender: fields.gender,
        birthYear: fields.birthYear,
        birthDate: fields.birthDate,
        position: fields.position,
        workplace: fields.workplace,
        classification,
        errors,
        fields,
        summary: v.summary ?? '',
      });
    }
    if (rows.length === 0) throw new AppError('VALIDATION', msg.importNoRows);
    return { round, list, rows, unknownAwards };
  }

  return {
    async preview(input: NominationImportInput): Promise<ImportPreview> {
      const { list, rows, unknownAwards } = await parse(input);
      return {
        sheets: list.sheets,
        sheet: list.sheet,
        headerRow: list.headerRow,
        columns: list.columns,
        rows: rows.map(({ fields: _f, summary: _s, ...row }) => row),
        unknownAwards,
      };
    },
    async commit(input: NominationImportInput): Promise<{ created: number; nominees: number }> {
      if (input.proposingUnitId === undefined) {
        throw new AppError('VALIDATION', msg.importNeedsUnit, [{ path: 'proposingUnitId', message: msg.importNeedsUnit }]);
      }
      const proposingUnitId = input.proposingUnitId;
      const { round, rows } = await parse(input);
      const bad = rows.filter((row) => row.errors.length > 0);
      if (bad.length > 0) {
        throw new AppError('VALIDATION', msg.importHasErrors(bad.length, { row: bad[0].rowNumber, error: bad[0].errors[0] }));
      }
      return db.transaction(() => {
        const at = clock.now();
        const found = deps.nominees.findOrInsertMany(
          rows.map((row) => row.fields),
          at,
        );
        const nominees = found.filter((f) => f.created).length;
        deps.nominationsService.insertMany(
          rows.map((row, index) => ({
            roundId: round.id,
            nomineeId: found[index].nominee.id,
            awardCode: row.awardCode,
            proposingUnitId,
            summary: row.summary,
            landM2: null,
            moneyVnd: null,
            workdays: null,
          })),
          found.map((f) => f.nominee),
          at,
        );
        return { created: rows.length, nominees };
      })();
    },
  };
}

export type NominationImportService = ReturnType<typeof createNominationImportService>;
