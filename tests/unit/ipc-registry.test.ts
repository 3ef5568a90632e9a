import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { createAppContext } from '../../electron/main/app-context';
import { buildHandlerMap } from '../../electron/main/ipc/registry';
import { CHANNEL_NAMES, contractAreas } from '../../shared/contract';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One handler per channel, grouped by the contract's own areas, as app-context does. */
function completeAreas(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(contractAreas).map(([area, channels]) => [
      area,
      Object.fromEntries(Object.keys(channels).map((name) => [name, () => name])),
    ]),
  );
}

describe('buildHandlerMap', () => {
  it('accepts exactly one handler per contract channel and returns them merged', () => {
    const map = buildHandlerMap(completeAreas()) as unknown as Record<string, () => string>;
    expect(Object.keys(map).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const name of CHANNEL_NAMES) expect(map[name]()).toBe(name);
  });

  it('fails, naming the channel, when a handler is missing', () => {
    const areas = completeAreas();
    delete areas.units['units.search'];
    expect(() => buildHandlerMap(areas)).toThrow(/missing handler for units\.search/);
  });

  it('fails when two areas handle the same channel', () => {
    const areas = completeAreas();
    areas.extra = { 'units.get': () => 'again' };
    expect(() => buildHandlerMap(areas)).toThrow(/duplicate handler for units\.get in units and extra/);
  });

  it('fails on a handler for a channel that is not in the contract', () => {
    const areas = completeAreas();
    areas.units['units.delete'] = () => 'gone';
    expect(() => buildHandlerMap(areas)).toThrow(/handler for units\.delete is not in the contract/);
  });

  it('fails when a handler is not a function', () => {
    const areas = completeAreas();
    areas.units['units.get'] = 'not a function';
    expect(() => buildHandlerMap(areas)).toThrow(/handler for units\.get in units is not a function/);
  });

  it('lists every problem at once', () => {
    const areas = completeAreas();
    delete areas.units['units.list'];
    areas.units['units.purge'] = () => null;
    let message = '';
    try {
      buildHandlerMap(areas);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('missing handler for units.list');
    expect(message).toContain('handler for units.purge is not in the contract');
  });
});

describe('the real application', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-registry-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('registers a handler for every channel of the contract and nothing else', () => {
    const context = createAppContext({ dataDir, resourcesDir: path.join(root, 'resources') });
    try {
      expect(Object.keys(context.handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
      for (const name of CHANNEL_NAMES) expect(typeof context.handlers[name]).toBe('function');
    } finally {
      context.close();
    }
  });

  it('declares no channel in two contract areas', () => {
    const all = Object.values(contractAreas).flatMap((channels) => Object.keys(channels));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(CHANNEL_NAMES.length);
  });
});
