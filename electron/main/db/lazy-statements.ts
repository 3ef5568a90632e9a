import type Database from 'better-sqlite3';

import type { Db } from './connection';

type Statement = Database.Statement<unknown[], unknown>;
type Toggle = 'pluck' | 'expand' | 'raw' | 'safeIntegers';

/** better-sqlite3 takes no argument as "on" but refuses an explicit undefined. */
function applyToggle(statement: Statement, toggle: Toggle, state: boolean | undefined): void {
  if (state === undefined) statement[toggle]();
  else statement[toggle](state);
}

/**
 * A statement compiled by SQLite on its first use rather than when its repository is built: the
 * repositories prepare a few hundred statements, most of them for screens a session may never open,
 * and compiling them all cost the start about as much as opening the database. The statement runs
 * exactly the same; SQL that does not compile throws on first use instead of at start (the
 * integration tests run every statement).
 */
function lazyStatement(db: Db, source: string): Statement {
  let compiled: Statement | null = null;
  // pluck()/raw()/expand()/safeIntegers() asked for before the first use, replayed in order on compiling.
  const toggles: [Toggle, boolean | undefined][] = [];
  const real = (): Statement => {
    if (!compiled) {
      const statement = db.prepare<unknown[], unknown>(source);
      for (const [toggle, state] of toggles) applyToggle(statement, toggle, state);
      compiled = statement;
    }
    return compiled;
  };
  const toggler = (toggle: Toggle) => (state?: boolean) => {
    if (compiled) applyToggle(compiled, toggle, state);
    else toggles.push([toggle, state]);
    return lazy;
  };
  const lazy: Statement = {
    database: db,
    source,
    get reader() {
      return real().reader;
    },
    get readonly() {
      return real().readonly;
    },
    get busy() {
      return compiled?.busy ?? false;
    },
    run: (...params) => real().run(...params),
    get: (...params) => real().get(...params),
    all: (...params) => real().all(...params),
    iterate: (...params) => real().iterate(...params),
    columns: () => real().columns(),
    bind: (...params) => {
      real().bind(...params);
      return lazy;
    },
    pluck: toggler('pluck'),
    expand: toggler('expand'),
    raw: toggler('raw'),
    safeIntegers: toggler('safeIntegers'),
  };
  return lazy;
}

/**
 * The connection as the repositories see it: the same database (transactions, exec, pragmas, backups
 * go straight to it) whose `prepare` hands out statements compiled on first use.
 */
export function withLazyStatements(db: Db): Db {
  const bound = new Map<PropertyKey, unknown>();
  const prepare = (source: string) => lazyStatement(db, source);
  return new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      // Native methods must run on the database itself, not on the proxy.
      let method = bound.get(property);
      if (method === undefined) {
        method = (value as (...args: unknown[]) => unknown).bind(target);
        bound.set(property, method);
      }
      return method;
    },
  });
}
