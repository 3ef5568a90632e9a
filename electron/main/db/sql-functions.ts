import { foldText } from '../../../shared/text/fold';
import type { Db } from './connection';

const registered = new WeakSet<Db>();

/**
 * `fold_text(x)`: the app's search folding (no case, no diacritics, đ = d) inside SQL, for lists whose
 * text has no stored folded column (recommendation text, names as recorded on a decision). Those lists
 * are already narrowed by indexed filters (a year, a round); the function only tests the rows left.
 */
export function registerSqlFunctions(db: Db): void {
  if (registered.has(db)) return;
  db.function('fold_text', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? foldText(value) : ''));
  registered.add(db);
}

/** A folded word as a LIKE pattern matching the start of a word of ' ' || folded text. */
export function wordStartPattern(word: string): string {
  return `% ${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
