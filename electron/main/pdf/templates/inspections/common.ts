import { z } from 'zod';

import type { Block } from '../../../../../shared/documents/description';
import { TEAM_ROLES, type TeamMember } from '../../../../../shared/domain/inspections';
import type { Settings } from '../../../../../shared/domain/settings';
import { AppError } from '../../../../../shared/errors';
import { dateWords, isoDateParts } from '../../../../../shared/format/document-date';
import { formatFigure } from '../../../../../shared/format/number';
import { inspectionDocText as text } from './text';

const positiveId = (missing: string, invalid: string) => z.number({ error: missing }).int(invalid).positive(invalid);

export const roundParamsSchema = z.object({ inspectionId: positiveId(text.params.inspectionId, text.params.inspectionIdInvalid) }).strict();
export type RoundParams = z.output<typeof roundParamsSchema>;

export const visitParamsSchema = z.object({ visitId: positiveId(text.params.visitId, text.params.visitIdInvalid) }).strict();
export type VisitParams = z.output<typeof visitParamsSchema>;

/**
 * Reads through a service that throws NOT_FOUND for an unknown id, and says so in the document's own
 * terms, on the param that named it (the service's message speaks of lists the print dialog does not show).
 */
export function readOrNotFound<T>(read: () => T, message: string, path: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', message, [{ path, message }]);
    throw error;
  }
}

/** Kinds of administrative unit written in lower case inside a sentence ("tại xã Ngọk Bay"); an agency keeps its capital ("Sở Nội vụ"). */
const ADMIN_PREFIX = /^(Xã|Phường|Thị trấn|Đặc khu|Huyện|Quận|Thị xã|Thành phố|Tỉnh|Thôn|Làng|Tổ dân phố|Bản|Buôn|Ấp|Khu dân cư)\s/u;

export function inSentence(name: string): string {
  const value = name.normalize('NFC').trim();
  return ADMIN_PREFIX.test(value) ? value[0].toLocaleLowerCase('vi') + value.slice(1) : value;
}

/** "Kiểm tra công tác ..." -> "kiểm tra công tác ..." after "Kế hoạch", "Kết quả"; acronyms ("UBND") stay. */
export function lowerFirst(value: string): string {
  const text = value.normalize('NFC').trim();
  if (text.length < 2 || text[1] !== text[1].toLocaleLowerCase('vi')) return text;
  return text[0].toLocaleLowerCase('vi') + text.slice(1);
}

/** "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" -> "Hội đồng Thi đua - Khen thưởng": the issuer named inside a sentence. */
export function bodyName(settings: Settings): string {
  const body = settings.issuingBody.normalize('NFC').trim();
  if (body !== body.toLocaleUpperCase('vi')) return body;
  const lower = body.toLocaleLowerCase('vi');
  // The council's name keeps its two capitals, as the decree and the law write it.
  return lower
    .replace(/^hội đồng thi đua - khen thưởng/u, 'Hội đồng Thi đua - Khen thưởng')
    .replace(/^ban thi đua - khen thưởng/u, 'Ban Thi đua - Khen thưởng')
    .replace(/^./u, (first) => first.toLocaleUpperCase('vi'));
}

/** The province in the middle of a sentence: "tỉnh Kon Tum"; '' before set-up. */
export function provinceInSentence(settings: Settings): string {
  return settings.provinceName ? inSentence(settings.provinceName) : '';
}

/** A multi-line field as body paragraphs (one per non-empty line); a blank line to fill in by hand when empty. */
export function paragraphs(value: string, fallback: string[] = [text.blankLine]): Block[] {
  const lines = value
    .normalize('NFC')
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length > 0) return lines.map((line) => ({ kind: 'paragraph', text: line }));
  // A dotted line runs from margin to margin, so it takes no indent.
  return fallback.map((line) =>
    line === text.blankLine ? { kind: 'paragraph', text: line, indent: false, align: 'left' } : { kind: 'paragraph', text: line },
  );
}

/** "ngày 05 tháng 3 năm 2025" for a recorded date, null when there is none. */
export function dateInWords(iso: string | null): string | null {
  return iso && isoDateParts(iso) ? dateWords(iso) : null;
}

/** Points as printed: 8, 7,5. */
export const points = (value: number) => formatFigure(value);

const ROLE_RANK = new Map(TEAM_ROLES.map((role, index) => [role, index]));

/** Members in the order a team is presented: leader, deputies, members, secretary; as entered within a role. */
export function byRole(members: readonly TeamMember[]): TeamMember[] {
  return members
    .map((member, index) => ({ member, index }))
    .sort((a, b) => (ROLE_RANK.get(a.member.role) ?? 9) - (ROLE_RANK.get(b.member.role) ?? 9) || a.index - b.index)
    .map(({ member }) => member);
}

/** "Phó Trưởng ban, Ban Thi đua - Khen thưởng tỉnh": position and agency, whichever are known. */
export function positionAndAgency(member: { position: string; agency: string }): string {
  return [member.position.trim(), member.agency.trim()].filter(Boolean).join(', ');
}
