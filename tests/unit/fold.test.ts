import { describe, expect, it } from 'vitest';

import { foldedWords, foldText, foldTextByRules, lowerKeepingDiacritics, normalizeText } from '../../shared/text/fold';

const nfd = (value: string) => value.normalize('NFD');

describe('normalizeText', () => {
  it('stores NFD input as NFC', () => {
    const decomposed = nfd('Huyện Đắk Hà');
    expect(decomposed).not.toBe('Huyện Đắk Hà');
    expect(normalizeText(decomposed)).toBe('Huyện Đắk Hà');
    expect(normalizeText(decomposed).length).toBe('Huyện Đắk Hà'.length);
  });

  it('trims and collapses inner whitespace, including tabs, line breaks and no-break spaces', () => {
    expect(normalizeText('  Xã \t Ngọk\u00a0\u00a0Bay \n')).toBe('Xã Ngọk Bay');
  });

  it('keeps punctuation and case as published', () => {
    expect(normalizeText("Huyện Ia H' Drai")).toBe("Huyện Ia H' Drai");
    expect(normalizeText('Xã Đắk KRoong')).toBe('Xã Đắk KRoong');
  });
});

describe('foldText', () => {
  it('removes case and diacritics and turns đ/Đ into d', () => {
    expect(foldText('Huyện Đắk Hà')).toBe('huyen dak ha');
    expect(foldText('đường Đồng Khởi')).toBe('duong dong khoi');
    expect(foldText('ĐĂK')).toBe('dak');
  });

  it('gives the same result for NFC and NFD input', () => {
    for (const name of ['Thị trấn Đắk Hà', 'Xã Ngọk Bay', 'Xã Đăk Ngọk', 'Phường Nguyễn Trãi', 'Xã Đắk Rơ Wa', 'Thôn Kon Rờ Bàng']) {
      expect(foldText(nfd(name))).toBe(foldText(name));
    }
    expect(foldText(nfd('Xã Ngọk Bay'))).toBe('xa ngok bay');
  });

  it('folds both published spellings Đắk and Đăk to the same word', () => {
    expect(foldText('Xã Đắk Long')).toBe('xa dak long');
    expect(foldText('Xã Đăk Long')).toBe('xa dak long');
  });

  it('treats "Ia H\' Drai", "Ia H\'Drai" and a typographic apostrophe alike', () => {
    expect(foldText("Huyện Ia H' Drai")).toBe('huyen ia h drai');
    expect(foldText("Huyện Ia H'Drai")).toBe('huyen ia h drai');
    expect(foldText('Huyện Ia H\u2019 Drai')).toBe('huyen ia h drai');
  });

  it('collapses runs of punctuation and whitespace to one space and trims', () => {
    expect(foldText('  Kon   Tum,  tỉnh!! ')).toBe('kon tum tinh');
    expect(foldText('Tổ chức chính trị - xã hội')).toBe('to chuc chinh tri xa hoi');
    expect(foldText('Sở Giáo dục/Đào tạo')).toBe('so giao duc dao tao');
    expect(foldText('...')).toBe('');
  });

  it('keeps digits', () => {
    expect(foldText('Tổ dân phố 12')).toBe('to dan pho 12');
  });
});

describe('foldedWords', () => {
  it('splits folded text into words, none for blank input', () => {
    expect(foldedWords("Ia H' Drai")).toEqual(['ia', 'h', 'drai']);
    expect(foldedWords('   ')).toEqual([]);
  });
});

describe('lowerKeepingDiacritics', () => {
  it('lower-cases but keeps tone marks, so Đắk and Đăk stay different', () => {
    expect(lowerKeepingDiacritics('Xã Đắk Long')).toBe('xã đắk long');
    expect(lowerKeepingDiacritics('Xã Đăk Long')).toBe('xã đăk long');
    expect(lowerKeepingDiacritics('Xã Đắk Long')).not.toBe(lowerKeepingDiacritics('Xã Đăk Long'));
  });

  it('returns NFC for NFD input', () => {
    const result = lowerKeepingDiacritics(nfd('THỊ TRẤN ĐẮK HÀ'));
    expect(result).toBe('thị trấn đắk hà');
    expect(result).toBe(result.normalize('NFC'));
  });

  it('collapses punctuation like foldText', () => {
    expect(lowerKeepingDiacritics("Huyện Ia H' Drai")).toBe('huyện ia h drai');
    expect(lowerKeepingDiacritics("Huyện Ia H'Drai")).toBe('huyện ia h drai');
  });
});

describe('foldText by table equals the fold by rules', () => {
  it('for every character of the basic plane between two letters', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      if (foldText(text) !== foldTextByRules(text)) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('for mixed strings: Vietnamese in NFC and NFD, marks, zero-width, Greek final sigma, Turkish İ, emoji, other scripts', () => {
    const alphabet = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ'];
    alphabet.push(
      '\u0301',
      '\u0323',
      '\u200b',
      '\ufeff',
      '\u2060',
      'Σ',
      'ς',
      'İ',
      '😀',
      '中',
      ',',
      "'",
      '\u2019',
      '-',
      '\t',
      '\u00a0',
      '½',
      '²',
    );
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      for (let k = 0, length = 1 + next(14); k < length; k++) text += alphabet[next(alphabet.length)];
      if (next(3) === 0) text = nfd(text);
      expect(foldText(text), JSON.stringify(text)).toBe(foldTextByRules(text));
    }
    expect(foldText('ΟΔΟΣ Đắk')).toBe(foldTextByRules('ΟΔΟΣ Đắk'));
    expect(foldText('İstanbul')).toBe('istanbul');
  });
});
