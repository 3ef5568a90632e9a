import { describe, expect, it } from 'vitest';

import { compactWordMatch } from '../../electron/main/db/repositories/units';
import { searchTerms } from '../../electron/main/services/units/search';

describe('searchTerms', () => {
  it('folds the query into words and a spaceless form', () => {
    expect(searchTerms("  Ia H'Drai ")).toEqual({ words: ['ia', 'h', 'drai'], compact: 'iahdrai' });
    expect(searchTerms(' - ')).toEqual({ words: [], compact: '' });
  });
});

describe('compactWordMatch', () => {
  it('matches a spaceless query that starts at a word of the folded name', () => {
    expect(compactWordMatch('huyen ia h drai', 'iahdrai')).toBe(true);
    expect(compactWordMatch('huyen ia h drai', 'hdrai')).toBe(true);
    expect(compactWordMatch('tinh kon tum', 'kontum')).toBe(true);
    expect(compactWordMatch('tinh kon tum', 'tinhkontum')).toBe(true);
  });

  it('does not match from inside a word', () => {
    expect(compactWordMatch('tinh kon tum', 'on')).toBe(false);
    expect(compactWordMatch('tinh kon tum', 'ontum')).toBe(false);
    expect(compactWordMatch('huyen ia h drai', 'rai')).toBe(false);
  });
});
