import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { createAppContext } from '../../electron/main/app-context';
import { AreaList, defineArea } from '../../electron/main/areas/area';
import { buildHandlerMap, contractProblems } from '../../electron/main/ipc/registry';
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

describe('contractProblems', () => {
  it('accepts the real contract: every channel under its own prefix, none twice', () => {
    expect(contractProblems(contractAreas)).toEqual([]);
  });

  it('refuses a channel filed under another prefix and one declared twice', () => {
    const problems = contractProblems({
      units: { 'units.get': 1, 'unitHistory.rollUp': 2 },
      unitHistory: { 'unitHistory.rollUp': 3 },
    });
    expect(problems).toEqual([
      'channel unitHistory.rollUp is declared under units: its prefix must name its contract file',
      'channel unitHistory.rollUp declared by both units and unitHistory',
    ]);
  });
});

describe('AreaList', () => {
  const area = (name: string, services: object) => defineArea({ name, services, handlers: {} });

  it('lets a later area use the services of an earlier one and merges every service', () => {
    const list = AreaList.start()
      .add(() => area('first', { clock: { now: () => 'then' } }))
      .add((areas) => area('second', { echo: { now: () => (areas.first.services as { clock: { now(): string } }).clock.now() } }));
    expect(list.list.map((a) => a.name)).toEqual(['first', 'second']);
    expect(Object.keys(list.services())).toEqual(['clock', 'echo']);
  });

  it('refuses an area listed twice and a service name exposed by two areas', () => {
    expect(() =>
      AreaList.start()
        .add(() => area('units', {}))
        .add(() => area('units', {})),
    ).toThrow(/area units is listed twice/);
    const clash = AreaList.start()
      .add(() => area('one', { units: {} }))
      .add(() => area('two', { units: {} }));
    expect(() => clash.services()).toThrow(/service units is exposed by two areas \(the second is two\)/);
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

  it('is wired from its areas, each serving its own channels', () => {
    const context = createAppContext({ dataDir, resourcesDir: path.join(root, 'resources') });
    try {
      const served = Object.fromEntries(context.areas.map((area) => [area.name, Object.keys(area.handlers).sort()]));
      expect(Object.keys(served)).toEqual([
        'settings',
        'units',
        'audit',
        'unitHistory',
        'movements',
        'criteria',
        'agencies',
        'targets',
        'setup',
        'documents',
        'app',
        'inspections',
        'attachments',
        'nominations',
        'council',
        'certificates',
        'backups',
        'exports',
      ]);
      // The award register of issued decisions is the council's, under the awards prefix.
      expect(served.council.filter((name) => name.startsWith('awards.'))).toEqual([
        'awards.handOver',
        'awards.register',
        'awards.registerCsv',
        'awards.registerXlsx',
      ]);
      expect(served.nominations).not.toContain('awards.register');
      expect(served.inspections.filter((name) => !name.startsWith('inspections.'))).toEqual([
        'people.create',
        'people.list',
        'people.update',
        'recommendations.create',
        'recommendations.exportXlsx',
        'recommendations.list',
        'recommendations.update',
      ]);
      expect(served.unitHistory).toEqual([
        'unitHistory.createSuccessor',
        'unitHistory.removeSuccessor',
        'unitHistory.rollUp',
        'unitHistory.setSuccessor',
        'unitHistory.setValidity',
        'unitHistory.successors',
        'villages.importCommit',
        'villages.importPreview',
      ]);
      expect(served.setup).toEqual(['setup.initialize', 'setup.provinces', 'setup.status']);
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
