import { describe, expect, it } from 'vitest';

import {
  type ColumnarBatch,
  createBatchItemReader,
  decodeBatchValues,
  encodeBatchValues,
} from '../../electron/main/db/repositories/audit-batch-json';

/** Decisions as a district's grid save audits them: one decision date and signer, a number and a commune each. */
const decisions = Array.from({ length: 50 }, (_, index) => ({
  id: 500 + index,
  unitId: 9000 + index,
  year: 2025,
  level: 'ntm',
  decision: { number: `${9000 + index}/QĐ-UBND`, date: '2025-12-15', signerAuthority: 'Chủ tịch UBND tỉnh' },
  unitNameAt: `Xã Đắk ${index + 1}`,
  districtNameAt: 'Huyện Đắk Glei',
  note: '',
  version: 1,
}));

/** The same values and the same key order: what JSON.stringify of the rows gave before. */
const sameText = (values: unknown[]) => JSON.stringify(values);

describe('a batch entry’s new values stored by column', () => {
  it('stores rows of one shape by column, each shared value once, and reads back the very rows', () => {
    const json = encodeBatchValues(decisions);
    const stored = JSON.parse(json) as ColumnarBatch;
    expect(stored.keys).toEqual([
      ['id'],
      ['unitId'],
      ['year'],
      ['level'],
      ['decision', 'number'],
      ['decision', 'date'],
      ['decision', 'signerAuthority'],
      ['unitNameAt'],
      ['districtNameAt'],
      ['note'],
      ['version'],
    ]);
    expect(stored.same).toEqual({
      2: 2025,
      3: 'ntm',
      5: '2025-12-15',
      6: 'Chủ tịch UBND tỉnh',
      8: 'Huyện Đắk Glei',
      9: '',
      10: 1,
    });
    expect(stored.rows[3]).toEqual([503, 9003, '9003/QĐ-UBND', 'Xã Đắk 4']);
    expect(sameText(decodeBatchValues(json))).toBe(sameText(decisions));
    expect(json.length).toBeLessThan(JSON.stringify(decisions).length / 3);
  });

  it('keeps a value that is null in some rows and an object in others, and arrays, per row', () => {
    const rows = [
      { id: 1, decision: null, met: [1, 2], note: 'a' },
      { id: 2, decision: { number: '7/QĐ' }, met: [1, 2], note: 'a' },
      { id: 3, decision: null, met: [], note: 'a' },
    ];
    const json = encodeBatchValues(rows);
    const stored = JSON.parse(json) as ColumnarBatch;
    expect(stored.keys).toEqual([['id'], ['decision'], ['met'], ['note']]);
    expect(stored.same).toEqual({ 3: 'a' });
    expect(sameText(decodeBatchValues(json))).toBe(sameText(rows));
  });

  it('reads nested objects only where every row has the same keys in the same order', () => {
    const rows = [
      { id: 1, ref: { number: '1', date: null } },
      { id: 2, ref: { date: null, number: '2' } },
    ];
    const json = encodeBatchValues(rows);
    expect((JSON.parse(json) as ColumnarBatch).keys).toEqual([['id'], ['ref']]);
    expect(sameText(decodeBatchValues(json))).toBe(sameText(rows));
  });

  it('keys with a dot in them are keys, not paths', () => {
    const rows = [
      { 'a.b': 1, a: { b: 2 } },
      { 'a.b': 3, a: { b: 4 } },
    ];
    expect(sameText(decodeBatchValues(encodeBatchValues(rows)))).toBe(sameText(rows));
  });

  it('stores anything else as the array of rows it always was', () => {
    const cases: (object | null)[][] = [
      // Removed rows have no new values.
      [null, null],
      [{ id: 1 }, null],
      // Different keys, or the same keys in another order.
      [{ id: 1, name: 'A' }, { id: 2 }],
      [
        { id: 1, name: 'A' },
        { name: 'B', id: 2 },
      ],
      // A key left out by JSON (undefined) must stay left out, not come back as null.
      [
        { id: 1, note: undefined },
        { id: 2, note: 'x' },
      ],
      // One row: nothing to share.
      [decisions[0]],
    ];
    for (const values of cases) {
      const json = encodeBatchValues(values);
      expect(json).toBe(JSON.stringify(values));
      expect(sameText(decodeBatchValues(json))).toBe(sameText(values));
    }
  });

  it('gives SQL one row of either form as JSON, null past the end or for no values', () => {
    const read = createBatchItemReader();
    const columnar = encodeBatchValues(decisions);
    const array = JSON.stringify([{ id: 1 }, null, { id: 3 }]);
    expect(read(columnar, 7)).toBe(JSON.stringify(decisions[7]));
    expect(read(array, 2)).toBe('{"id":3}');
    expect(read(array, 1)).toBeNull();
    // Back to the batch read before it: each read answers from the text it is given.
    expect(read(columnar, 49)).toBe(JSON.stringify(decisions[49]));
    expect(read(columnar, 50)).toBeNull();
    expect(read(null, 0)).toBeNull();
  });
});
