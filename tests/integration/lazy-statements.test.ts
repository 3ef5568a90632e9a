import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { withLazyStatements } from '../../electron/main/db/lazy-statements';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL); INSERT INTO t (name) VALUES ('một'), ('hai')");
});
afterEach(() => db.close());

describe('statements compiled on first use', () => {
  it('answers as a prepared statement does: run, get, all, iterate, with named and positional parameters', () => {
    const lazy = withLazyStatements(db);
    expect(lazy.prepare('INSERT INTO t (name) VALUES (?)').run('ba')).toMatchObject({ changes: 1, lastInsertRowid: 3 });
    expect(lazy.prepare('SELECT name FROM t WHERE id = @id').get({ id: 3 })).toEqual({ name: 'ba' });
    expect(lazy.prepare('SELECT id FROM t ORDER BY id').all()).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    expect([...lazy.prepare('SELECT id FROM t WHERE id > ?').iterate(1)]).toEqual([{ id: 2 }, { id: 3 }]);
    const statement = lazy.prepare('SELECT id, name FROM t');
    expect(statement.reader).toBe(true);
    expect(statement.columns().map((column) => column.name)).toEqual(['id', 'name']);
    expect(lazy.prepare('DELETE FROM t').readonly).toBe(false);
  });

  it('keeps pluck(), raw() and expand() asked for before or after the first use, and turning them off', () => {
    const lazy = withLazyStatements(db);
    const names = lazy.prepare('SELECT name FROM t ORDER BY id').pluck();
    expect(names.all()).toEqual(['một', 'hai']);
    expect(names.pluck(false).all()).toEqual([{ name: 'một' }, { name: 'hai' }]);
    expect(lazy.prepare('SELECT id, name FROM t ORDER BY id').raw().all()).toEqual([
      [1, 'một'],
      [2, 'hai'],
    ]);
    const later = lazy.prepare('SELECT id FROM t ORDER BY id');
    expect(later.all()).toEqual([{ id: 1 }, { id: 2 }]);
    expect(later.pluck().all()).toEqual([1, 2]);
    expect(lazy.prepare('SELECT id FROM t WHERE id = 1').expand().get()).toEqual({ t: { id: 1 } });
  });

  it('compiles nothing until used: SQL that does not compile throws on first use, not when prepared', () => {
    const lazy = withLazyStatements(db);
    const broken = lazy.prepare('SELECT name FROM nowhere');
    expect(() => broken.all()).toThrow(/no such table: nowhere/);
  });

  it('leaves everything else to the database itself: transactions, exec, pragmas', () => {
    const lazy = withLazyStatements(db);
    const insert = lazy.prepare('INSERT INTO t (name) VALUES (?)');
    const insertTwo = lazy.transaction((first: string, second: string) => {
      insert.run(first);
      insert.run(second);
    });
    insertTwo('bốn', 'năm');
    expect(() =>
      lazy.transaction(() => {
        insert.run('sáu');
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(4);
    lazy.exec("UPDATE t SET name = 'một!' WHERE id = 1");
    expect(lazy.pragma('user_version', { simple: true })).toBe(0);
    expect(lazy.inTransaction).toBe(false);
    expect(db.prepare('SELECT name FROM t WHERE id = 1').pluck().get()).toBe('một!');
  });
});
