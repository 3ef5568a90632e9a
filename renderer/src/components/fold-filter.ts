import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { foldText } from '@shared/text/fold';

function matches(item: ComboboxItem, words: string[]): boolean {
  const label = ` ${foldText(item.label)}`;
  return words.every((word) => label.includes(` ${word}`));
}

/**
 * Select/Autocomplete filter that ignores case, diacritics and đ/d and matches word prefixes,
 * like the server's search: "dak ha" finds "Huyện Đắk Hà".
 */
export const foldFilter: OptionsFilter = ({ options, search, limit }) => {
  const words = foldText(search).split(' ').filter(Boolean);
  if (words.length === 0) return options.slice(0, limit);
  const result: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (result.length >= limit) break;
    if ('group' in option) {
      const items = option.items.filter((item) => matches(item, words));
      if (items.length > 0) result.push({ group: option.group, items });
    } else if (matches(option, words)) {
      result.push(option);
    }
  }
  return result;
};
