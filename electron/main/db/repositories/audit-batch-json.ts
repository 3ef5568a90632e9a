/**
 * How a batch entry stores its rows' new values (`after_json`). An import's rows share their shape and most
 * of their values (one year, one decision date and signer, one parent), so a uniform batch is stored by column:
 *
 *   {"keys": [["id"], ["decision", "number"], …], "same": {"2": 2025, …}, "rows": [[5001, "9/QĐ", …], …]}
 *
 * `keys` are the paths of the values (a plain object every row has at a key, with the same keys in every row,
 * is stored one level down), `same` the values every row has (by the path's position), `rows` each row's other
 * values in path order. A 1.000-row save of decisions writes a fifth of the text of an array of objects, and
 * builds it in two thirds of the time. Anything else (a row that is null or shaped differently) is stored as the
 * array of objects, as every batch was before.
 */
export interface ColumnarBatch {
  keys: string[][];
  same: Record<string, unknown>;
  rows: unknown[][];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** Whether `value` has exactly `keys` as its own keys, in that order. */
function hasKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  let index = 0;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    if (keys[index] !== key) return false;
    index++;
  }
  return index === keys.length;
}

/**
 * The value paths shared by every row, with which of a row's own keys hold an object stored one level down;
 * null when the rows are not all objects of one shape.
 */
function shapeOf(rows: readonly unknown[]): { paths: string[][]; nested: boolean[] } | null {
  const first = rows[0];
  if (!isPlainObject(first)) return null;
  const top = Object.keys(first);
  for (const row of rows) if (!isPlainObject(row) || !hasKeys(row, top)) return null;
  const paths: string[][] = [];
  const nested = top.map((key) => {
    const inner = first[key];
    const keys = isPlainObject(inner) ? Object.keys(inner) : [];
    const below = keys.length > 0 && rows.every((row) => hasNested((row as Record<string, unknown>)[key], keys));
    if (below) for (const name of keys) paths.push([key, name]);
    else paths.push([key]);
    return below;
  });
  return { paths, nested };
}

const hasNested = (value: unknown, keys: readonly string[]) => isPlainObject(value) && hasKeys(value, keys);

/** A row's values in path order (its keys are in the shape's order: Object.values reads them without a lookup per key). */
function valuesOf(row: object, nested: readonly boolean[]): unknown[] {
  const own = Object.values(row);
  const values: unknown[] = [];
  for (let index = 0; index < own.length; index++) {
    if (nested[index]) {
      const inner = Object.values(own[index] as object);
      for (let at = 0; at < inner.length; at++) values.push(inner[at]);
    } else values.push(own[index]);
  }
  return values;
}

/** The JSON of a batch's new values, one per row (null for a row removed). */
export function encodeBatchValues(values: readonly (object | null)[]): string {
  const shape = values.length > 1 ? shapeOf(values) : null;
  if (!shape) return JSON.stringify(values);
  const flat = (values as object[]).map((row) => valuesOf(row, shape.nested));
  const first = flat[0];
  // A path is the same in every row when its value is one primitive throughout (arrays and objects stay per row).
  const same = first.map((value) => value === null || typeof value !== 'object');
  for (const row of flat)
    for (let index = 0; index < row.length; index++) {
      // JSON has no undefined: an array would write null where the object left the key out.
      if (row[index] === undefined) return JSON.stringify(values);
      if (same[index] && row[index] !== first[index]) same[index] = false;
    }
  const sameValues: Record<string, unknown> = {};
  const varying: number[] = [];
  same.forEach((isSame, index) => {
    if (isSame) sameValues[index] = first[index];
    else varying.push(index);
  });
  const batch: ColumnarBatch = { keys: shape.paths, same: sameValues, rows: flat.map((row) => varying.map((index) => row[index])) };
  return JSON.stringify(batch);
}

/** Row `index` of a columnar batch, as the object it was. */
function rowOf(batch: ColumnarBatch, index: number): Record<string, unknown> | undefined {
  const values = batch.rows[index];
  if (!values) return undefined;
  const row: Record<string, unknown> = {};
  let next = 0;
  batch.keys.forEach((path, position) => {
    const value = Object.prototype.hasOwnProperty.call(batch.same, position) ? batch.same[position] : values[next++];
    if (path.length === 1) row[path[0]] = value;
    else ((row[path[0]] ??= {}) as Record<string, unknown>)[path[1]] = value;
  });
  return row;
}

/** Every row's new values of a batch entry, in either form it is stored in. */
export function decodeBatchValues(json: string): unknown[] {
  const parsed = JSON.parse(json) as unknown[] | ColumnarBatch;
  if (Array.isArray(parsed)) return parsed;
  return parsed.rows.map((_, index) => rowOf(parsed, index));
}

/**
 * Row `index` of a stored batch as JSON text (null past the end), for SQL: the history reads call it through
 * `audit_batch_item(after_json, item)`. The last batch read is kept parsed: a history reads a batch once per
 * row of it that it shows, usually one.
 */
export function createBatchItemReader(): (json: string | null, index: number) => string | null {
  let lastJson: string | null = null;
  let last: unknown[] | ColumnarBatch | null = null;
  return (json, index) => {
    if (json === null) return null;
    if (json !== lastJson) {
      last = JSON.parse(json) as unknown[] | ColumnarBatch;
      lastJson = json;
    }
    const item = Array.isArray(last) ? last[index] : rowOf(last as ColumnarBatch, index);
    return item === undefined || item === null ? null : JSON.stringify(item);
  };
}
