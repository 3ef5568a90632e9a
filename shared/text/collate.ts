let collator: Intl.Collator | null = null;

/**
 * Vietnamese alphabetical order (a ă â b c d đ e ê ...), for sorting names shown to users. Made on
 * first use: loading ICU's collation data at import cost the app's start several milliseconds.
 */
export const vietnameseCollator: Pick<Intl.Collator, 'compare'> = {
  compare: (a, b) => (collator ??= new Intl.Collator('vi', { sensitivity: 'base', numeric: true })).compare(a, b),
};

export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}
