import type { UnitKind } from '../domain/units';
import { foldText } from './fold';

/**
 * Names of units as lists, decisions and news write them: "UBND xã Đăk Ui", "xã Ngọc Wang, huyện Đăk Hà",
 * "TT Plei Kần". Reads a written name into its base name, administrative type and parent qualifiers,
 * and derives the keys the database indexes names by (the main process matches with them).
 */

export interface Token {
  /** As written, NFC ("Đắk"). */
  text: string;
  /** Lower case, diacritics kept ("đắk"). */
  lower: string;
  /** Folded ("dak"). */
  folded: string;
  /** Where the word starts and ends in the text it was read from. */
  start: number;
  end: number;
}

export interface ParsedName {
  /** The base name's words, without agency, type or qualifiers. */
  tokens: Token[];
  /** The base name as written ("Đăk Ui"). */
  display: string;
  /** Folded base without spaces: the index key ("dakui"). */
  key: string;
  /** The administrative type written before the name, as the catalogue spells it ("Xã"), or null. */
  adminType: string | null;
  /** Kinds that type allows (xã -> commune), or null when no type was written. */
  kinds: UnitKind[] | null;
  /** Parent qualifiers, nearest first ("huyện Đăk Hà" in "xã Ngọc Wang, huyện Đăk Hà"). */
  qualifiers: ParsedName[];
}

interface TypeWord {
  /** Folded words as written, abbreviations included ("tt"). */
  words: string[];
  adminType: string;
  kinds: UnitKind[];
  /** The type may head a parent qualifier written after the name ("..., huyện Y"). */
  parentLevel: boolean;
}

const COMMUNE: UnitKind[] = ['commune'];
const DISTRICT: UnitKind[] = ['district'];
const VILLAGE: UnitKind[] = ['village'];

// Longest first, so "thị xã" wins over "xã" and "tổ dân phố" is one type.
const TYPE_WORDS: TypeWord[] = [
  { words: ['to', 'dan', 'pho'], adminType: 'Tổ dân phố', kinds: VILLAGE, parentLevel: false },
  { words: ['thanh', 'pho'], adminType: 'Thành phố', kinds: ['district', 'province'], parentLevel: true },
  { words: ['thi', 'tran'], adminType: 'Thị trấn', kinds: COMMUNE, parentLevel: true },
  { words: ['thi', 'xa'], adminType: 'Thị xã', kinds: DISTRICT, parentLevel: true },
  { words: ['xa'], adminType: 'Xã', kinds: COMMUNE, parentLevel: true },
  { words: ['phuong'], adminType: 'Phường', kinds: COMMUNE, parentLevel: true },
  { words: ['tt'], adminType: 'Thị trấn', kinds: COMMUNE, parentLevel: true },
  { words: ['huyen'], adminType: 'Huyện', kinds: DISTRICT, parentLevel: true },
  { words: ['quan'], adminType: 'Quận', kinds: DISTRICT, parentLevel: true },
  { words: ['tp'], adminType: 'Thành phố', kinds: ['district', 'province'], parentLevel: true },
  { words: ['tx'], adminType: 'Thị xã', kinds: DISTRICT, parentLevel: true },
  { words: ['tinh'], adminType: 'Tỉnh', kinds: ['province'], parentLevel: true },
  { words: ['tdp'], adminType: 'Tổ dân phố', kinds: VILLAGE, parentLevel: false },
  { words: ['thon'], adminType: 'Thôn', kinds: VILLAGE, parentLevel: false },
  { words: ['lang'], adminType: 'Làng', kinds: VILLAGE, parentLevel: false },
  { words: ['buon'], adminType: 'Buôn', kinds: VILLAGE, parentLevel: false },
];

/**
 * The written forms of each type word with their diacritics, so "Lạng" (a name) is never taken for
 * "Làng" (a type): a word is a type word only when written like this or without any diacritics.
 */
const TYPE_SPELLINGS: Record<string, string> = {
  to: 'tổ',
  dan: 'dân',
  pho: 'phố',
  thanh: 'thành',
  thi: 'thị',
  tran: 'trấn',
  xa: 'xã',
  phuong: 'phường',
  huyen: 'huyện',
  quan: 'quận',
  tinh: 'tỉnh',
  thon: 'thôn',
  lang: 'làng',
  buon: 'buôn',
};

// Agencies named before the unit ("UBND xã ...", "Đảng ủy xã ..."): the unit is what follows.
const AGENCY_WORDS: string[][] = [
  ['van', 'phong', 'hdnd', 'va', 'ubnd'],
  ['van', 'phong', 'ubnd'],
  ['uy', 'ban', 'mat', 'tran', 'to', 'quoc', 'viet', 'nam'],
  ['uy', 'ban', 'mat', 'tran', 'to', 'quoc'],
  ['mat', 'tran', 'to', 'quoc', 'viet', 'nam'],
  ['mat', 'tran', 'to', 'quoc'],
  ['ban', 'chap', 'hanh', 'dang', 'bo'],
  ['ban', 'thuong', 'vu', 'dang', 'uy'],
  ['uy', 'ban', 'nhan', 'dan'],
  ['hoi', 'dong', 'nhan', 'dan'],
  ['uy', 'ban', 'mttq', 'viet', 'nam'],
  ['uy', 'ban', 'mttq'],
  ['ub', 'mttq'],
  ['mttq', 'viet', 'nam'],
  ['mttq'],
  ['dang', 'uy'],
  ['dang', 'bo'],
  ['hdnd', 'va', 'ubnd'],
  ['hdnd', 'ubnd'],
  ['ubnd'],
  ['hdnd'],
];

const WORD = /[\p{L}\p{N}]+/gu;

function tokenize(text: string): Token[] {
  return Array.from(text.normalize('NFC').matchAll(WORD), (match) => ({
    text: match[0],
    // toLowerCase is toLocaleLowerCase('vi') for every character (Vietnamese has no special casing) at a tenth of the cost.
    lower: match[0].toLowerCase(),
    folded: foldText(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

function startsWith(tokens: Token[], at: number, words: string[]): boolean {
  return words.every((word, i) => tokens[at + i]?.folded === word);
}

/** Lists by their first folded word, longest first as listed: a word that starts none costs one map lookup. */
function byFirstWord<T>(list: T[], words: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) {
    const first = words(item)[0];
    map.set(first, [...(map.get(first) ?? []), item]);
  }
  return map;
}

const TYPES_BY_FIRST = byFirstWord(TYPE_WORDS, (type) => type.words);
const AGENCIES_BY_FIRST = byFirstWord(AGENCY_WORDS, (words) => words);

function typeAt(tokens: Token[], at: number): TypeWord | null {
  const first = tokens[at]?.folded;
  for (const type of (first !== undefined && TYPES_BY_FIRST.get(first)) || []) {
    if (!startsWith(tokens, at, type.words)) continue;
    // A full word is a type only when spelled as the type or without diacritics ("Lạng" is a name).
    const spelled = type.words.every((word, i) => {
      const lower = tokens[at + i].lower;
      return lower === word || lower === TYPE_SPELLINGS[word];
    });
    if (spelled) return type;
  }
  return null;
}

function stripAgencies(tokens: Token[]): Token[] {
  let rest = tokens;
  for (let again = true; again;) {
    again = false;
    for (const words of AGENCIES_BY_FIRST.get(rest[0]?.folded ?? '') ?? []) {
      if (rest.length > words.length && startsWith(rest, 0, words)) {
        rest = rest.slice(words.length);
        again = true;
        break;
      }
    }
  }
  return rest;
}

function parsePart(tokens: Token[], qualifiers: ParsedName[]): ParsedName {
  const rest = stripAgencies(tokens);
  const type = typeAt(rest, 0);
  // Never strip the whole name: "Xã" alone stays a name.
  const base = type && rest.length > type.words.length ? rest.slice(type.words.length) : rest;
  const usedType = base === rest ? null : type;
  return {
    tokens: base,
    display: base.map((t) => t.text).join(' '),
    key: base.map((t) => t.folded).join(''),
    adminType: usedType?.adminType ?? null,
    kinds: usedType?.kinds ?? null,
    qualifiers,
  };
}

/** Splits "xã Ngọc Wang huyện Đăk Hà" at a parent-level type word that follows the first name. */
function splitAtParentType(tokens: Token[]): Token[][] {
  const rest = stripAgencies(tokens);
  const offset = tokens.length - rest.length;
  const ownType = typeAt(rest, 0);
  const start = (ownType ? ownType.words.length : 0) + 1;
  for (let i = start; i < rest.length; i++) {
    const type = typeAt(rest, i);
    if (type?.parentLevel && i + type.words.length < rest.length) {
      return [tokens.slice(0, offset + i), ...splitAtParentType(rest.slice(i))];
    }
  }
  return [tokens];
}

/** Reads a written name: agency and type stripped, parent qualifiers after a comma or a type word kept apart. */
export function parseName(text: string): ParsedName {
  const parts = text
    .split(/[,;()]|\s[-–]\s/u)
    .map(tokenize)
    .filter((part) => part.length > 0)
    .flatMap(splitAtParentType);
  if (parts.length === 0) return parsePart([], []);
  const qualifiers = parts.slice(1).map((part) => parsePart(part, []));
  return parsePart(parts[0], qualifiers);
}

/** Index keys of a unit's or an alias's name: folded base without spaces, and reversed. */
export function nameKeys(name: string): { key: string; keyRev: string } {
  const key = parsePart(tokenize(name), []).key;
  return { key, keyRev: reverse(key) };
}

export function reverse(value: string): string {
  return Array.from(value).reverse().join('');
}

/** A name to keep as an alias: what was written without the agency and the parent qualifiers ("UBND xã Ngọc Wang, huyện Đăk Hà" -> "xã Ngọc Wang"). */
export function aliasText(written: string): string {
  const first = (written.split(/[,;()]|\s[-–]\s/u)[0] ?? written).normalize('NFC');
  const kept = stripAgencies(splitAtParentType(tokenize(first))[0] ?? []);
  if (kept.length === 0) return written.normalize('NFC').trim();
  // The written text between the first and last kept words, so "H' Drai" keeps its apostrophe.
  return first.slice(kept[0].start, kept[kept.length - 1].end);
}
