import { z } from 'zod';

import { type ChannelName, contract } from '../../../shared/contract';
import { AppError, type AppErrorShape, type Envelope, type FieldError } from '../../../shared/errors';
import { findMalformedString } from '../../../shared/text/clean';
import { ipcMessages } from './messages';
import type { CallContext, HandlerMap } from './types';

export type Logger = (message: string, error?: unknown) => void;

export interface InvokeOptions {
  handlers: HandlerMap;
  /** Decided by the transport before the wrapper runs: is the sender ours? */
  senderAllowed: boolean;
  context: CallContext;
  log?: Logger;
}

/** Converts a zod error into field errors with the schema's Vietnamese messages. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.code === 'unrecognized_keys' ? `Trường không được phép: ${issue.keys.join(', ')}` : issue.message,
  }));
}

/** Maps anything thrown by a handler to the shape the renderer sees; never a stack trace. */
export function toErrorShape(error: unknown, log?: Logger): AppErrorShape {
  if (error instanceof AppError) return error.toShape();
  if (error instanceof z.ZodError) return { code: 'VALIDATION', message: ipcMessages.invalidInput, fields: fieldErrors(error) };
  if (isBusy(error)) return { code: 'INTERNAL', message: ipcMessages.busy };
  log?.('Unexpected error in handler', error);
  return { code: 'INTERNAL', message: ipcMessages.internal };
}

/** better-sqlite3 reports a locked database as SqliteError with code SQLITE_BUSY (message "database is locked"). */
function isBusy(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) || /SQLITE_BUSY|database is locked/.test(error.message);
}

function isChannel(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/**
 * Runs one call: sender check, input parse, handler, error mapping. Every transport (Electron IPC,
 * the browser host, tests) goes through here, so the rules are the same everywhere.
 */
export async function invokeChannel(channel: string, rawInput: unknown, options: InvokeOptions): Promise<Envelope<unknown>> {
  if (!options.senderAllowed) return { ok: false, error: { code: 'FORBIDDEN', message: ipcMessages.forbidden } };
  if (!isChannel(channel)) return { ok: false, error: { code: 'NOT_FOUND', message: ipcMessages.unknownChannel(channel) } };
  // Before any schema: a lone surrogate or NUL in any field (even one a schema does not check as text)
  // would reach SQLite as invalid UTF-8 or a truncated string.
  const malformed = findMalformedString(rawInput);
  if (malformed !== null) {
    return {
      ok: false,
      error: { code: 'VALIDATION', message: ipcMessages.invalidInput, fields: [{ path: malformed, message: ipcMessages.malformedText }] },
    };
  }
  const parsed = contract[channel].input.safeParse(rawInput === null ? undefined : rawInput);
  if (!parsed.success) {
    return { ok: false, error: { code: 'VALIDATION', message: ipcMessages.invalidInput, fields: fieldErrors(parsed.error) } };
  }
  try {
    const handler = options.handlers[channel] as (input: unknown, context: CallContext) => unknown;
    const data = await handler(parsed.data, options.context);
    return { ok: true, data };
  } catch (error) {
    return { ok: false, error: toErrorShape(error, options.log) };
  }
}

/** HTTP status for an error code, used by the browser host. */
export function httpStatus(code: AppErrorShape['code']): number {
  switch (code) {
    case 'VALIDATION':
      return 400;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    default:
      return 500;
  }
}
