import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

import { ipcMessages } from '../../electron/main/ipc/messages';
import type { HandlerMap } from '../../electron/main/ipc/types';
import { httpStatus, invokeChannel, type InvokeOptions } from '../../electron/main/ipc/wrapper';
import { CHANNEL_NAMES } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { looksVietnamese } from '../support/vietnamese';

type Stub = ReturnType<typeof vi.fn>;

/** A handler map where every channel is a spy answering 'ok'; tests replace the one they need. */
function stubHandlers(overrides: Record<string, (...args: unknown[]) => unknown> = {}): {
  handlers: HandlerMap;
  spies: Record<string, Stub>;
} {
  const spies: Record<string, Stub> = {};
  for (const name of CHANNEL_NAMES) spies[name] = vi.fn(overrides[name] ?? (() => 'ok'));
  return { handlers: spies as unknown as HandlerMap, spies };
}

function options(handlers: HandlerMap, extra: Partial<InvokeOptions> = {}): InvokeOptions {
  return { handlers, senderAllowed: true, context: { transport: 'test' }, ...extra };
}

const validUnit = { name: 'Thôn Kon Rờ Bàng 1', kind: 'village', adminType: 'Thôn', parentId: 7 };

describe('invokeChannel', () => {
  it('answers ok with the handler result and passes the parsed input and context', async () => {
    const { handlers, spies } = stubHandlers({ 'units.get': () => ({ id: 3 }) });
    const result = await invokeChannel('units.get', { id: 3 }, options(handlers));
    expect(result).toEqual({ ok: true, data: { id: 3 } });
    expect(spies['units.get']).toHaveBeenCalledTimes(1);
    expect(spies['units.get']).toHaveBeenCalledWith({ id: 3 }, { transport: 'test' });
  });

  it('gives the handler the parsed input: defaults applied, text normalised to NFC', async () => {
    const { handlers, spies } = stubHandlers();
    const name = '  Thôn   Kon Rờ Bàng 1 '.normalize('NFD');
    await invokeChannel('units.create', { ...validUnit, name }, options(handlers));
    const received = spies['units.create'].mock.calls[0][0] as Record<string, unknown>;
    expect(received.name).toBe('Thôn Kon Rờ Bàng 1');
    expect(received).toMatchObject({ code: null, ethnicMinorityArea: false, phone: '', email: '', notes: '' });
  });

  it('refuses a sender that is not allowed with FORBIDDEN, before anything else, without calling the handler', async () => {
    const { handlers, spies } = stubHandlers();
    const result = await invokeChannel('units.get', { id: 1 }, options(handlers, { senderAllowed: false }));
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: ipcMessages.forbidden } });
    // Even an unknown channel or bad input reveals nothing to a foreign sender.
    expect(await invokeChannel('nope.nothing', 'garbage', options(handlers, { senderAllowed: false }))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();
  });

  it('answers NOT_FOUND with a Vietnamese message for a channel that is not in the contract', async () => {
    const { handlers } = stubHandlers();
    for (const name of ['units.drop', '__proto__', 'constructor', 'toString', '']) {
      const result = await invokeChannel(name, {}, options(handlers));
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('NOT_FOUND');
      expect(result.error.message).toBe(ipcMessages.unknownChannel(name));
    }
  });

  it('refuses invalid input with VALIDATION listing each field with its Vietnamese message, handler not called', async () => {
    const { handlers, spies } = stubHandlers();
    const result = await invokeChannel(
      'units.create',
      { name: '   ', kind: 'planet', adminType: 'Thôn', email: 'vanthu@', phone: 'gọi 0260', parentId: -1 },
      options(handlers),
    );
    expect(spies['units.create']).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toBe(ipcMessages.invalidInput);
    const byPath = Object.fromEntries((result.error.fields ?? []).map((f) => [f.path, f.message]));
    expect(Object.keys(byPath).sort()).toEqual(['email', 'kind', 'name', 'parentId', 'phone']);
    expect(byPath.name).toBe('Tên đơn vị không được để trống');
    expect(byPath.kind).toBe('Loại đơn vị không hợp lệ');
    expect(byPath.email).toMatch(/^Thư điện tử không đúng định dạng/);
    expect(byPath.phone).toMatch(/^Số điện thoại chỉ gồm/);
    expect(byPath.parentId).toBe('Mã bản ghi không hợp lệ');
  });

  it('refuses unrecognised extra keys, naming them', async () => {
    const { handlers, spies } = stubHandlers();
    const result = await invokeChannel('units.get', { id: 1, sql: 'DROP TABLE units' }, options(handlers));
    expect(spies['units.get']).not.toHaveBeenCalled();
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: ipcMessages.invalidInput, fields: [{ path: '', message: 'Trường không được phép: sql' }] },
    });
  });

  it('treats null input like no input, so channels with defaults accept it', async () => {
    const { handlers, spies } = stubHandlers();
    expect(await invokeChannel('settings.get', null, options(handlers))).toEqual({ ok: true, data: 'ok' });
    expect(await invokeChannel('units.list', undefined, options(handlers))).toEqual({ ok: true, data: 'ok' });
    expect(spies['units.list'].mock.calls[0][0]).toEqual({ archived: 'active', direction: 'asc', page: 1, pageSize: 50 });
  });

  it('words every validation message in Vietnamese, also where the schema gives none of its own', async () => {
    const { handlers } = stubHandlers();
    const cases: [string, unknown][] = [
      ['units.get', 'not an object'],
      ['units.get', undefined],
      ['units.get', { id: 'một' }],
      ['units.get', { id: 1.5 }],
      ['units.search', { query: 'dak', limit: 'many' }],
      ['units.search', { query: 'dak', limit: 1000 }],
      ['units.search', { query: 'dak', includeArchived: 'yes' }],
      ['units.list', { ethnicMinorityArea: 'có', archived: 'maybe' }],
      ['units.update', { ...validUnit, id: 2, version: 0 }],
      ['audit.forEntity', { entity: 'unit', entityId: 1, limit: 0 }],
      ['settings.update', { version: 1, marginTopMm: 50, bodyFontSize: '14' }],
      ['setup.initialize', { provinceCode: '6', operatorName: 'A' }],
    ];
    for (const [channel, input] of cases) {
      const result = await invokeChannel(channel, input, options(handlers));
      expect(result.ok, `${channel} ${JSON.stringify(input)}`).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.fields?.length).toBeGreaterThan(0);
      for (const field of result.error.fields ?? []) {
        expect(looksVietnamese(field.message), `${channel} ${field.path}: ${field.message}`).toBe(true);
      }
    }
  });

  it('passes an AppError thrown by the service through with its code, message and fields', async () => {
    const notFound = new AppError('NOT_FOUND', 'Không tìm thấy đơn vị (mã bản ghi 9).');
    const conflict = new AppError('CONFLICT', 'Mã đơn vị 23500 đã được dùng.', [
      { path: 'code', message: 'Mã đơn vị 23500 đã được dùng.' },
    ]);
    const { handlers } = stubHandlers({
      'units.get': () => {
        throw notFound;
      },
      'units.create': async () => {
        throw conflict;
      },
    });
    expect(await invokeChannel('units.get', { id: 9 }, options(handlers))).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: notFound.message },
    });
    expect(await invokeChannel('units.create', validUnit, options(handlers))).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: conflict.message, fields: [{ path: 'code', message: conflict.message }] },
    });
  });

  it('maps a ZodError thrown inside a handler to VALIDATION with its fields', async () => {
    const { handlers } = stubHandlers({
      'units.get': () => z.object({ year: z.number({ error: 'Năm phải là số' }) }).parse({ year: 'x' }),
    });
    expect(await invokeChannel('units.get', { id: 1 }, options(handlers))).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: ipcMessages.invalidInput, fields: [{ path: 'year', message: 'Năm phải là số' }] },
    });
  });

  it('turns an unexpected error into INTERNAL with a generic Vietnamese message and no trace of the original', async () => {
    const log = vi.fn();
    const secret = new TypeError("Cannot read properties of undefined (reading 'secretColumn') in /home/dev/units.ts");
    const { handlers } = stubHandlers({
      'units.get': () => {
        throw secret;
      },
    });
    const result = await invokeChannel('units.get', { id: 1 }, options(handlers, { log }));
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: ipcMessages.internal } });
    const json = JSON.stringify(result);
    expect(json).not.toMatch(/\bat /);
    expect(json).not.toContain('secretColumn');
    expect(json).not.toContain('TypeError');
    expect(json).not.toContain('/home/dev');
    expect(looksVietnamese(ipcMessages.internal)).toBe(true);
    // The details go to the log, for the technician.
    expect(log).toHaveBeenCalledWith(expect.any(String), secret);
  });

  it('also hides values thrown that are not errors', async () => {
    const { handlers } = stubHandlers({
      'units.get': () => Promise.reject('raw string with C:\\Users\\secret'),
    });
    const result = await invokeChannel('units.get', { id: 1 }, options(handlers));
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: ipcMessages.internal } });
  });

  it('recognises a busy database by the driver code and says to try again', async () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const { handlers } = stubHandlers({
      'units.get': () => {
        throw busy;
      },
    });
    expect(await invokeChannel('units.get', { id: 1 }, options(handlers))).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: ipcMessages.busy },
    });
  });
});

describe('httpStatus', () => {
  it('maps each error code to its HTTP status', () => {
    expect(httpStatus('VALIDATION')).toBe(400);
    expect(httpStatus('FORBIDDEN')).toBe(403);
    expect(httpStatus('NOT_FOUND')).toBe(404);
    expect(httpStatus('CONFLICT')).toBe(409);
    expect(httpStatus('INTERNAL')).toBe(500);
  });
});
