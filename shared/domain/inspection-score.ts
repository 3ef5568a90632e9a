import type { ChecklistItem, ChecklistTemplate, VisitResult, VisitScore } from './inspections';

/** The template's items that apply to a unit of this kind. */
export function applicableItems(template: ChecklistTemplate, unitKind: string): ChecklistItem[] {
  return template.sections.flatMap((section) => section.items).filter((item) => item.appliesTo === 'all' || item.appliesTo === unitKind);
}

/** Required items that apply and have no result yet. */
export function missingRequired(template: ChecklistTemplate, unitKind: string, results: readonly VisitResult[]) {
  const done = new Set(results.map((r) => r.itemId));
  return applicableItems(template, unitKind)
    .filter((item) => item.required && !done.has(item.id))
    .map((item) => ({ itemId: item.id, code: item.code, text: item.text }));
}

/**
 * Total points, the maximum that could have been reached (items marked "không áp dụng" leave it)
 * and the band: the highest one whose minimum the total, scaled to 100 when items were left out, reaches.
 */
export function scoreVisit(template: ChecklistTemplate, unitKind: string, results: readonly VisitResult[]): VisitScore {
  const byItem = new Map(results.map((r) => [r.itemId, r]));
  let total = 0;
  let max = 0;
  let fullMax = 0;
  for (const item of applicableItems(template, unitKind)) {
    if (item.maxPoints === null) continue;
    fullMax += item.maxPoints;
    const result = byItem.get(item.id);
    if (result?.result === 'na') continue;
    max += item.maxPoints;
    total += result?.points ?? 0;
  }
  total = Math.round(total * 100) / 100;
  if (results.length === 0 || max === 0 || template.bands.length === 0) return { total, max, band: null };
  const scaled = fullMax > 0 ? (total * fullMax) / max : total;
  const band = [...template.bands].sort((a, b) => b.minPoints - a.minPoints).find((b) => scaled + 1e-9 >= b.minPoints);
  return { total, max, band: band?.label ?? null };
}
