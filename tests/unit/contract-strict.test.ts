import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

import { CHANNEL_NAMES, contract } from '../../shared/contract';

interface Def {
  type: string;
  catchall?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
  out?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Paths of every object schema inside a channel's input that would accept (and drop) unknown keys. */
function looseObjects(schema: z.ZodType | undefined, path: string, found: string[], seen = new Set<z.ZodType>()): string[] {
  if (!schema || seen.has(schema)) return found;
  seen.add(schema);
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      if (!def.catchall || defOf(def.catchall).type !== 'never') found.push(path || '(input)');
      for (const [key, value] of Object.entries(def.shape ?? {})) looseObjects(value, path ? `${path}.${key}` : key, found, seen);
      break;
    case 'pipe':
      looseObjects(def.in, path, found, seen);
      if (def.out && defOf(def.out).type !== 'transform') looseObjects(def.out, path, found, seen);
      break;
    case 'array':
      looseObjects(def.element, `${path}[]`, found, seen);
      break;
    case 'union':
      for (const option of def.options ?? []) looseObjects(option, path, found, seen);
      break;
    case 'intersection':
      looseObjects(def.left, path, found, seen);
      looseObjects(def.right, path, found, seen);
      break;
    case 'record':
      looseObjects(def.valueType, `${path}{}`, found, seen);
      break;
    default:
      if (def.innerType) looseObjects(def.innerType, path, found, seen);
  }
  return found;
}

describe('every input schema of the contract', () => {
  it('is strict at every level: unknown keys are refused, never silently dropped', () => {
    const loose = CHANNEL_NAMES.flatMap((name) =>
      looseObjects(contract[name].input as z.ZodType, '', []).map((path) => `${name}: ${path}`),
    );
    expect(loose).toEqual([]);
  });

  it('the walk sees nested objects (a loose one planted inside an array is found)', async () => {
    const { z: zod } = await import('zod');
    const planted = zod.object({ items: zod.array(zod.object({ a: zod.string() })).default([]) }).strict();
    expect(looseObjects(planted, '', [])).toEqual(['items[]']);
  });

  it('refuses an unknown key on settings.update and movements.create with the key named', () => {
    const settings = contract['settings.update'].input.safeParse({ version: 1, colour: 'đỏ' });
    expect(settings.success).toBe(false);
    expect(JSON.stringify(settings.error?.issues)).toContain('colour');
    const movement = contract['movements.create'].input.safeParse({
      name: 'Phong trào',
      kind: 'regular',
      startYear: 2021,
      endYear: 2025,
      document: {},
      status: 'active',
      extra: 1,
    });
    expect(movement.success).toBe(false);
    expect(JSON.stringify(movement.error?.issues)).toContain('extra');
  });
});

describe('criteria notes', () => {
  it('refuses two notes for the same criterion instead of keeping one', () => {
    const input = {
      unitId: 1,
      year: 2024,
      criteriaMet: [1, 2],
      version: null,
      notes: [
        { number: 2, note: 'Đường trục xã đạt 80%' },
        { number: 2, note: 'Còn 2 km chưa cứng hóa' },
      ],
    };
    const result = contract['criteria.setUnitYear'].input.safeParse(input);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['notes.1.number', 'Tiêu chí số 2 có hai ghi chú; hãy gộp lại thành một'],
    ]);
    const grid = contract['criteria.setDistrictYear'].input.safeParse({
      districtId: 1,
      year: 2024,
      rows: [{ unitId: 1, criteriaMet: [], notes: input.notes, version: null }],
    });
    expect(grid.success).toBe(false);
    expect(contract['criteria.setUnitYear'].input.safeParse({ ...input, notes: [input.notes[0]] }).success).toBe(true);
  });
});
