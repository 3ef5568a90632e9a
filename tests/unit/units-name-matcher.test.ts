import { describe, expect, it } from 'vitest';

import { autoPick, matchRank } from '../../electron/main/services/units/name-lookup';
import { approximateRanges, compareNames, otherType, withinOneEdit } from '../../electron/main/services/units/name-matcher';
import type { UnitMatch } from '../../shared/domain/units';
import { aliasText, nameKeys, parseName } from '../../shared/text/unit-names';

describe('parseName: agency, type, abbreviations and parent qualifiers', () => {
  it.each([
    ['UBND xã Đăk Ui', 'Đăk Ui', 'Xã', []],
    ['Ủy ban nhân dân huyện Đăk Tô', 'Đăk Tô', 'Huyện', []],
    ['Uỷ ban nhân dân tỉnh Kon Tum', 'Kon Tum', 'Tỉnh', []],
    ['HĐND xã Hiếu', 'Hiếu', 'Xã', []],
    ['Hội đồng nhân dân thị trấn Măng Đen', 'Măng Đen', 'Thị trấn', []],
    ['Đảng ủy xã Đắk La', 'Đắk La', 'Xã', []],
    ['Ủy ban MTTQ Việt Nam xã Ia Tơi', 'Ia Tơi', 'Xã', []],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam phường Quang Trung', 'Quang Trung', 'Phường', []],
    ['TT Plei Kần', 'Plei Kần', 'Thị trấn', []],
    ['TT. Plei Kần', 'Plei Kần', 'Thị trấn', []],
    ['TP Kon Tum', 'Kon Tum', 'Thành phố', []],
    ['TX. Buôn Hồ', 'Buôn Hồ', 'Thị xã', []],
    ['thị xã Buôn Hồ', 'Buôn Hồ', 'Thị xã', []],
    ['Tổ dân phố 3', '3', 'Tổ dân phố', []],
    ['thôn Kon Klor', 'Kon Klor', 'Thôn', []],
    ['làng Plei Ốp', 'Plei Ốp', 'Làng', []],
    ['xã Ngọc Wang, huyện Đăk Hà', 'Ngọc Wang', 'Xã', ['Đăk Hà']],
    ['xã Ngọc Wang huyện Đăk Hà tỉnh Kon Tum', 'Ngọc Wang', 'Xã', ['Đăk Hà', 'Kon Tum']],
    ['thôn 3, xã Đắk Mar (huyện Đắk Hà)', '3', 'Thôn', ['Đắk Mar', 'Đắk Hà']],
    ['Đăk Hring', 'Đăk Hring', null, []],
  ] as const)('"%s" -> %s', (written, base, adminType, qualifiers) => {
    const parsed = parseName(written);
    expect(parsed.display).toBe(base);
    expect(parsed.adminType).toBe(adminType);
    expect(parsed.qualifiers.map((q) => q.display)).toEqual(qualifiers);
  });

  it('never takes a name for a type word spelled otherwise ("Lạng" is not "Làng"), nor strips the whole name', () => {
    expect(parseName('Lạng Sơn').display).toBe('Lạng Sơn');
    expect(parseName('Làng Sơn').display).toBe('Sơn');
    expect(parseName('Xã').display).toBe('Xã');
    expect(parseName('UBND').display).toBe('UBND');
  });

  it('keys a name without type, diacritics, case or spaces, and reversed', () => {
    expect(nameKeys('Xã Đắk HRing')).toEqual({ key: 'dakhring', keyRev: 'gnirhkad' });
    expect(nameKeys("Huyện Ia H' Drai").key).toBe('iahdrai');
    expect(nameKeys('Thành phố Kon Tum').key).toBe(nameKeys('Tỉnh Kon Tum').key);
  });

  it('keeps as an alias what was written without agency and qualifiers', () => {
    expect(aliasText('UBND xã Ngọc Wang, huyện Đăk Hà')).toBe('xã Ngọc Wang');
    expect(aliasText("Ủy ban nhân dân huyện Ia H' Drai")).toBe("huyện Ia H' Drai");
    expect(aliasText('xã Ngọc Wang huyện Đăk Hà')).toBe('xã Ngọc Wang');
    expect(aliasText('Đăk Ui')).toBe('Đăk Ui');
  });
});

describe('compareNames: exact, folded, approximate with the reason', () => {
  const compare = (written: string, official: string) => compareNames(parseName(written), parseName(official));

  it.each([
    ['Đắk Ui', 'Xã Đắk Ui', 'exact', 'trùng tên'],
    ['ĐẮK HRING', 'Xã Đắk HRing', 'exact', 'trùng tên'],
    ['Dak Ui', 'Xã Đắk Ui', 'folded', 'trùng tên khi bỏ dấu, không phân biệt hoa thường'],
    ['Đak Ui', 'Xã Đắk Ui', 'folded', 'trùng tên khi bỏ dấu, không phân biệt hoa thường'],
    ['Kon Plong', 'Huyện Kon Plông', 'folded', 'trùng tên khi bỏ dấu, không phân biệt hoa thường'],
    ['Ia Hdrai', "Huyện Ia H' Drai", 'folded', 'trùng tên khi bỏ dấu, không phân biệt hoa thường'],
    ['Đăk Ui', 'Xã Đắk Ui', 'approximate', 'gần đúng: Đăk ↔ Đắk'],
    ['Ngok Bay', 'Xã Ngọk Bay', 'folded', 'trùng tên khi bỏ dấu, không phân biệt hoa thường'],
    ['Ngọc Bay', 'Xã Ngọk Bay', 'approximate', 'gần đúng: Ngọc ↔ Ngọk'],
    ['Ngọc Wang', 'Xã Ngok Wang', 'approximate', 'gần đúng: Ngọc ↔ Ngok'],
    ['Pờ Y', 'Xã Bờ Y', 'approximate', 'gần đúng: Pờ ↔ Bờ'],
    ['Kon Plôngg', 'Huyện Kon Plông', 'approximate', 'gần đúng: Plôngg ↔ Plông'],
  ] as const)('"%s" against %s: %s', (written, official, quality, reason) => {
    expect(compare(written, official)).toMatchObject({ quality, reason });
  });

  it('finds no match two letters away or on a short word', () => {
    expect(compare('Đắk Uy Ka', 'Xã Đắk Ui')).toBeNull();
    expect(compare('Ia', 'Xã Ya')).toBeNull();
    expect(compare('Sa Bình', 'Xã Sa Sơn')).toBeNull();
  });

  it('one edit: replaced, inserted, removed letter', () => {
    expect(withinOneEdit('ngocwang', 'ngokwang')).toBe(true);
    expect(withinOneEdit('kontum', 'ontum')).toBe(true);
    expect(withinOneEdit('kontum', 'konntum')).toBe(true);
    expect(withinOneEdit('kontum', 'kotnum')).toBe(false);
    expect(withinOneEdit('abc', 'abcde')).toBe(false);
  });

  it('a name one letter away starts with the first half or ends with the second', () => {
    expect(approximateRanges('dakui')).toEqual({ prefix: 'da', suffixRev: 'iuk' });
    expect(approximateRanges('ia')).toBeNull();
  });

  it('tells a written type that differs from the unit’s', () => {
    expect(otherType(parseName('thị trấn Đắk Hà'), 'Xã')).toBe(true);
    expect(otherType(parseName('TT Đắk Hà'), 'Thị trấn')).toBe(false);
    expect(otherType(parseName('Đắk Hà'), 'Xã')).toBe(false);
  });
});

describe('autoPick: imports never take an ambiguous or approximate match', () => {
  const match = (unitId: number, quality: UnitMatch['quality'], extra: Partial<UnitMatch> = {}): UnitMatch => ({
    unitId,
    name: `Xã ${unitId}`,
    kind: 'commune',
    adminType: 'Xã',
    parentName: null,
    archived: false,
    quality,
    reason: '',
    otherType: false,
    ...extra,
  });

  it.each([
    ['one exact', [match(1, 'exact')], 1],
    ['exact above folded', [match(1, 'exact'), match(2, 'folded')], 1],
    ['alias alone', [match(1, 'alias')], 1],
    ['exact above the same name of another type', [match(1, 'exact'), match(2, 'exact', { otherType: true })], 1],
    ['two exact', [match(1, 'exact'), match(2, 'exact')], null],
    ['two folded', [match(1, 'folded'), match(2, 'folded')], null],
    ['only approximate', [match(1, 'approximate')], null],
    ['nothing', [], null],
  ] as const)('%s', (_, matches, expected) => {
    expect(autoPick([...matches])?.unitId ?? null).toBe(expected);
  });

  it('ranks quality first, then type, then archived', () => {
    expect(matchRank(match(1, 'exact', { archived: true }))).toBeLessThan(matchRank(match(2, 'folded')));
    expect(matchRank(match(1, 'exact'))).toBeLessThan(matchRank(match(2, 'exact', { otherType: true })));
  });
});
