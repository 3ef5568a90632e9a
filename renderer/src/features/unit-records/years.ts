/** Years offered for records: the seed plan starts in 2021; a few years ahead allow planning entries. */
export function recordYears(now: Date = new Date()): number[] {
  const last = now.getFullYear();
  const years: number[] = [];
  for (let year = last; year >= 2018; year--) years.push(year);
  return years;
}
