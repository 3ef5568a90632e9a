import type { RegisterEntry } from '../../../../shared/domain/council';
import { NOMINEE_KIND_LABELS } from '../../../../shared/domain/nominations';
import { formatDate } from '../../../../shared/format/date';
import { csvBytes, type CsvCell } from '../files/csv';
import { decisionsMessages as msg } from './decisions-messages';

/**
 * A text cell a spreadsheet would run as a formula (= + - @, or a tab/CR that some read the same way)
 * gets a leading apostrophe: Excel shows the text and runs nothing (OWASP "CSV injection").
 */
export function neutralised(value: string): string {
  return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}

const text = (value: string | null): CsvCell => (value === null || value === '' ? null : neutralised(value));
const date = (value: string | null): CsvCell => (value === null ? null : formatDate(value));

/** The award register as the screen filters it, to CSV (UTF-8 with BOM, Vietnamese headers) for other software. */
export function registerCsv(rows: readonly RegisterEntry[]): Buffer {
  return csvBytes(
    [...msg.csvColumns],
    rows.map((r) => [
      r.registerNumber,
      r.registerYear,
      text(r.nomineeName),
      NOMINEE_KIND_LABELS[r.nomineeKind],
      text(r.awardName),
      text(r.proposingUnitName),
      text(r.movementName),
      text(r.decisionNumber),
      date(r.decisionDate),
      text(r.signerAuthority),
      date(r.printedOn),
      date(r.handedOverOn),
      text(r.receivedBy),
    ]),
  );
}
