import fc from 'fast-check';
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Values no schema wants: wrong types, odd numbers, hostile text. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, Number.NaN, Infinity, '', ' ', '0', [], {}),
  fc.constantFrom(
    '\u0000',
    '\ud800abc',
    'x'.repeat(5000),
    "'; DROP TABLE units; --",
    '../../etc/passwd',
    '31/02/2024',
    '2024-13-01',
    '1900-01-01',
    '\u202eabc',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.anything({ maxDepth: 2 }),
);

/** Text that is often close to what a field takes: dates, codes, names. */
const nearString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('2024-05-12', '12/05/2024', '2025-07-01', 'Xã Đắk Ui', 'HĐTĐKT', 'pass', 'done', 'open', 'manual', 'ntm', '62', '23500'),
);

/**
 * Inputs shaped by a channel's zod schema (its keys, types and enum values), each part sometimes
 * replaced by junk or an extra key, so a run mixes valid calls, near misses and garbage.
 */
export function arbitraryOf(schema: z.ZodType | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return junk;
  const def = defOf(schema);
  const or = (arb: fc.Arbitrary<unknown>) => fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: junk });
  switch (def.type) {
    case 'object': {
      const shape = Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, value]) => [key, arbitraryOf(value, depth + 1)]));
      const record = fc.record(shape, { requiredKeys: [] });
      return or(fc.oneof({ weight: 6, arbitrary: record }, { weight: 1, arbitrary: record.map((r) => ({ ...r, ngoaiLe: 1 })) }));
    }
    case 'string':
      return or(nearString);
    case 'number':
      return or(fc.oneof(fc.integer({ min: -2, max: 6 }), fc.integer({ min: 1990, max: 2030 }), fc.integer(), fc.double()));
    case 'boolean':
      return or(fc.boolean());
    case 'enum':
      return or(fc.constantFrom(...Object.values(def.entries ?? {}), 'khong-co'));
    case 'literal':
      return or(fc.constantFrom(...(def.values ?? [null])));
    case 'array':
      return or(fc.array(arbitraryOf(def.element, depth + 1), { maxLength: 4 }));
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => arbitraryOf(option, depth + 1)));
    case 'pipe':
      return arbitraryOf(def.in, depth);
    case 'record':
      return or(fc.dictionary(fc.string({ maxLength: 8 }), arbitraryOf(def.valueType, depth + 1), { maxKeys: 3 }));
    case 'intersection':
      return fc.oneof(arbitraryOf(def.left, depth + 1), arbitraryOf(def.right, depth + 1));
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return fc.oneof(
        { weight: 4, arbitrary: arbitraryOf(def.innerType, depth) },
        { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
      );
    default:
      return junk;
  }
}
