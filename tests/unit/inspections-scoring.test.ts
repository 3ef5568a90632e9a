import { describe, expect, it } from 'vitest';

import { missingRequired, scoreVisit } from '../../electron/main/services/inspections/scoring';
import type { ChecklistItem, ChecklistTemplate, VisitResult } from '../../shared/domain/inspections';

function item(id: number, maxPoints: number | null, required = true, appliesTo = 'all'): ChecklistItem {
  return { id, sectionId: 1, ordinal: id, code: `I.${id}`, text: `Nội dung ${id}`, required, maxPoints, appliesTo };
}

const template: ChecklistTemplate = {
  id: 1,
  code: 't',
  revision: 1,
  title: 'Mẫu',
  locked: false,
  version: 1,
  sections: [
    { id: 1, ordinal: 1, code: 'I', title: 'Phần I', items: [item(1, 50), item(2, 30), item(3, 20, false), item(4, 10, true, 'village')] },
  ],
  bands: [
    { id: 1, ordinal: 1, label: 'Xuất sắc', minPoints: 90 },
    { id: 2, ordinal: 2, label: 'Tốt', minPoints: 75 },
    { id: 3, ordinal: 3, label: 'Khá', minPoints: 60 },
    { id: 4, ordinal: 4, label: 'Trung bình', minPoints: 0 },
  ],
};

const result = (itemId: number, points: number | null, kind: VisitResult['result'] = 'pass'): VisitResult => ({
  itemId,
  result: kind,
  points,
  note: '',
});

describe('a visit score and band', () => {
  it('adds the points of the items that apply to the unit and picks the band the total reaches', () => {
    expect(scoreVisit(template, 'commune', [result(1, 45), result(2, 30), result(3, 15)])).toEqual({
      total: 90,
      max: 100,
      band: 'Xuất sắc',
    });
    expect(scoreVisit(template, 'commune', [result(1, 45), result(2, 29.5), result(3, 15)])).toEqual({
      total: 89.5,
      max: 100,
      band: 'Tốt',
    });
    expect(scoreVisit(template, 'commune', [result(1, 10, 'fail')])).toEqual({ total: 10, max: 100, band: 'Trung bình' });
  });

  it('leaves items marked "không áp dụng" out of the maximum and scales the band to the full template', () => {
    // 60 of the 80 points that apply: 75 on 100 -> Tốt.
    expect(scoreVisit(template, 'commune', [result(1, 40), result(2, 20), result(3, null, 'na')])).toEqual({
      total: 60,
      max: 80,
      band: 'Tốt',
    });
  });

  it('has no band before any result is recorded', () => {
    expect(scoreVisit(template, 'commune', [])).toEqual({ total: 0, max: 100, band: null });
  });

  it('counts an item meant for another kind of unit neither in the score nor among the missing', () => {
    expect(scoreVisit(template, 'village', [result(4, 10)]).max).toBe(110);
    expect(missingRequired(template, 'commune', [result(1, 40)]).map((m) => m.code)).toEqual(['I.2']);
    expect(missingRequired(template, 'village', [result(1, 40)]).map((m) => m.code)).toEqual(['I.2', 'I.4']);
  });
});
