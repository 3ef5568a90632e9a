import type { UnitKind, UnitListItem } from '../../../../shared/domain/units';
import { foldedWords, lowerKeepingDiacritics } from '../../../../shared/text/fold';

export interface SearchTerms {
  words: string[];
  /** The folded query without spaces, so "hdrai" finds "H' Drai" and "kontum" finds "Kon Tum". */
  compact: string;
}

export function searchTerms(query: string): SearchTerms {
  const words = foldedWords(query);
  return { words, compact: words.join('') };
}

const KIND_RANK: Record<UnitKind, number> = { province: 0, district: 1, commune: 2, village: 3, agency: 4 };

/** A stored name's lower-case words with diacritics (names are stored NFC and trimmed, so no normalising). */
function storedLowerWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ');
}

/**
 * Orders search hits: names matching the query with its exact diacritics first (so "đắk" puts Đắk
 * before Đăk), then names whose words start with the query words in order, then by level; hits of the
 * same rank keep the order they came in (the list order: level, then folded name).
 */
export function rankSearchResults<T extends Pick<UnitListItem, 'name' | 'kind'> & { nameFolded?: string }>(rows: T[], query: string): T[] {
  const exactWords = lowerKeepingDiacritics(query).split(' ').filter(Boolean);
  const folded = foldedWords(query).join(' ');
  const scored = rows.map((row, index) => {
    const nameWords = storedLowerWords(row.name);
    const exact = exactWords.every((word) => nameWords.some((w) => w.startsWith(word)));
    const phrase = (' ' + (row.nameFolded ?? foldedWords(row.name).join(' '))).includes(' ' + folded);
    return { row, index, score: (exact ? 0 : 2) + (phrase ? 0 : 1) };
  });
  scored.sort((a, b) => a.score - b.score || KIND_RANK[a.row.kind] - KIND_RANK[b.row.kind] || a.index - b.index);
  return scored.map((s) => s.row);
}
