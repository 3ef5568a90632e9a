/** Vietnamese alphabetical order (a ă â b c d đ e ê ...), for sorting names shown to users. */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}
