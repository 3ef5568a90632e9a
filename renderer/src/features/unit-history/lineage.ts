import type { SuccessorLink, UnitRef } from '@shared/domain/unit-history';
import { SUCCESSOR_RELATION_LABELS } from '@shared/text/movements-text';

/** A link read as a sentence: subject, relation in Vietnamese, object. */
export interface LinkSentence {
  subject: UnitRef;
  relation: string;
  object: UnitRef;
}

/**
 * Links are stored from the older unit to the newer one, but "tách ra từ" reads from the newer unit:
 * "B tách ra từ A" is stored as A -> B. Every link is shown in the direction its label reads.
 */
export function linkSentence(link: SuccessorLink): LinkSentence {
  const relation = SUCCESSOR_RELATION_LABELS[link.relation];
  return link.relation === 'split_from'
    ? { subject: link.successor, relation, object: link.predecessor }
    : { subject: link.predecessor, relation, object: link.successor };
}

/** The sentence as plain text, for confirmations and accessible names. */
export function sentenceText(sentence: LinkSentence): string {
  return `${sentence.subject.name} ${sentence.relation.toLowerCase()} ${sentence.object.name}`;
}

/** The calendar day before an ISO date (yyyy-MM-dd). */
export function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
