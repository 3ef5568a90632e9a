import type { RecognitionLevel } from '@shared/domain/criteria';
import type { LaunchDocument } from '@shared/domain/movements';
import type { Target, TargetDefinition, UnitFilter } from '@shared/domain/targets';
import { formatDate, parseDate } from '@shared/format/date';
import { formatFigure } from '@shared/format/number';

import { movementsText } from './text';

/**
 * Reads a number as Vietnamese users type it: "1.234.567", "35,2", "1.234,5". A lone dot that is not a
 * thousands group ("1.5") is taken as a decimal point, since people also type that. null when not a number.
 */
export function parseFigure(text: string): number | null {
  const clean = text.replace(/\s/g, '');
  if (clean === '') return null;
  let normalized: string;
  if (clean.includes(',')) normalized = clean.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(clean)) normalized = clean.replace(/\./g, '');
  else normalized = clean;
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}

/** "Số 2017/KH-UBND ngày 28/06/2022 của Ủy ban nhân dân tỉnh Kon Tum"; '' when nothing is known. */
export function documentLine(document: Pick<LaunchDocument, 'number' | 'date' | 'issuer'>): string {
  return movementsText.documentLine(document.number, formatDate(document.date), document.issuer);
}

/** A date the user typed (dd/MM/yyyy) or that a DateInput holds (yyyy-MM-dd): yyyy-MM-dd, or null when invalid. */
export function toIsoDate(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return parseDate(value);
}

const SHORT_LEVELS: Record<RecognitionLevel, string> = {
  none: 'chưa đạt chuẩn',
  ntm: 'đạt chuẩn NTM',
  'ntm-advanced': 'đạt chuẩn NTM nâng cao',
  'ntm-model': 'đạt chuẩn NTM kiểu mẫu',
  'village-ntm': 'đạt chuẩn NTM',
  'village-model': 'đạt chuẩn khu dân cư NTM kiểu mẫu',
  'district-ntm': 'đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM',
};

const KIND_ALL: Record<UnitFilter['kind'], string> = {
  commune: 'xã, phường, thị trấn',
  village: 'thôn, làng',
  district: 'huyện, thành phố',
};

/** The counted units in words: "xã", "thôn, làng vùng đồng bào DTTS", "xã, thị trấn". */
export function unitsPhrase(filter: UnitFilter): string {
  const noun =
    filter.adminTypes.length === 0 ? KIND_ALL[filter.kind] : filter.adminTypes.map((type) => type.toLocaleLowerCase('vi')).join(', ');
  if (filter.ethnicMinorityArea === true) return `${noun} vùng đồng bào DTTS`;
  if (filter.ethnicMinorityArea === false) return `${noun} ngoài vùng đồng bào DTTS`;
  return noun;
}

/** What a target counts, in one short sentence: "Số xã đạt chuẩn NTM trở lên / tổng số xã (%)". */
export function explainDefinition(definition: TargetDefinition, baseYear: number): string {
  switch (definition.metric) {
    case 'level-count': {
      const main = `Số ${unitsPhrase(definition.units)} ${SHORT_LEVELS[definition.level]} trở lên`;
      const parts = definition.parts.map((part) => `${SHORT_LEVELS[part.level]} trở lên: ${formatFigure(part.goal)}`);
      return parts.length > 0 ? `${main}; trong đó ${parts.join('; ')}` : main;
    }
    case 'level-share': {
      const noun = unitsPhrase(definition.units);
      return `Số ${noun} ${SHORT_LEVELS[definition.level]} trở lên / tổng số ${noun} (%)`;
    }
    case 'min-criteria':
      return `Số tiêu chí thấp nhất trong các ${unitsPhrase(definition.units)} đã nhập kết quả năm đánh giá`;
    case 'criteria-gain':
      return `Số ${unitsPhrase(definition.units)} chưa đạt đủ tiêu chí mà trong năm tăng ít hơn ${definition.minGain} tiêu chí so với năm trước`;
    case 'income-ratio':
      return `Thu nhập bình quân đầu người khu vực nông thôn năm đánh giá / năm ${baseYear}`;
  }
}

/** The unit of a target's value: "%", "lần", "tiêu chí" or a unit noun. */
function valueUnit(definition: TargetDefinition): string {
  switch (definition.metric) {
    case 'level-share':
      return '%';
    case 'income-ratio':
      return ' lần';
    case 'min-criteria':
      return ' tiêu chí';
    default:
      return ` ${definition.units.kind === 'commune' ? 'xã' : definition.units.kind === 'village' ? 'thôn, làng' : 'huyện'}`;
  }
}

/** "≥ 60 xã", "≥ 50%", "≥ 1,5 lần", "≤ 0 xã"; the tracking text when the target has no figure. */
export function goalText(target: Pick<Target, 'goal' | 'direction' | 'definition'>): string {
  if (target.goal === null) return movementsText.targets.noGoal;
  const sign = target.direction === 'at-least' ? '≥' : '≤';
  return `${sign} ${formatFigure(target.goal)}${valueUnit(target.definition)}`;
}
