import { type DataDeps, loadMovementData, type MovementData } from './data';

/** How many areas' loads are kept: the movement on screen and one more (a province's and the whole country's). */
const KEPT = 2;

/**
 * The loaded records of a movement's area, shared by the calls that read them until anything is
 * written. The dashboard asks for the trend (five years) and then the year's summary: both read the
 * same counts, levels and units, which nationally is most of their time. Any write, here or by a
 * restore, changes the generation and the next call loads afresh.
 */
export function createMovementDataCache(deps: DataDeps, generation: () => string) {
  let loadedAt = '';
  const loads = new Map<number | null, MovementData>();
  return function movementData(scopeUnitId: number | null): MovementData {
    const now = generation();
    if (now !== loadedAt) {
      loads.clear();
      loadedAt = now;
    }
    const cached = loads.get(scopeUnitId);
    if (cached) {
      // Most recently used last, so the oldest is dropped first.
      loads.delete(scopeUnitId);
      loads.set(scopeUnitId, cached);
      return cached;
    }
    const data = loadMovementData(deps, scopeUnitId);
    loads.set(scopeUnitId, data);
    if (loads.size > KEPT) loads.delete(loads.keys().next().value as number | null);
    return data;
  };
}

export type MovementDataSource = ReturnType<typeof createMovementDataCache>;
