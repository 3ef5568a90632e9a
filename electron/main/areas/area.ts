import type { Db } from '../db/connection';
import type { AuditRepository } from '../db/repositories/audit';
import type { HandlerMap } from '../ipc/types';
import type { RegisteredTemplate } from '../pdf/templates';
import type { Clock } from '../services/context';

/** What every area is built from: the one database, the clock, who is working, the audit log. */
export interface BaseDeps {
  db: Db;
  clock: Clock;
  /** The operator's name, recorded with every write. */
  operator: () => string;
  /** Every write records its audit row in the same transaction, whatever its area. */
  audit: AuditRepository;
}

/**
 * One area of the app, wired in `areas/<name>.ts`: it builds its repositories and services, the
 * handlers of the channels it serves and the document templates it prints.
 */
export interface Area<N extends string = string, S extends object = object> {
  name: N;
  /**
   * What other areas, templates, the shells and tests may use. Its repositories stay inside the area:
   * other areas read and write its records through these services (ESLint holds services to their own
   * area's repositories).
   */
  services: S;
  /** The area's channels; the registry checks every contract channel is handled exactly once. */
  handlers: Partial<HandlerMap>;
  templates?: readonly RegisteredTemplate[];
}

/** Declares an area keeping its name and services typed: `return defineArea({ name: 'units', ... })`. */
export function defineArea<const A extends Area>(area: A): A {
  return area;
}

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;

/** The services of all areas as one object: `services.units`, `services.criteria`, ... */
export type ServicesOf<T extends Record<string, Area>> = UnionToIntersection<T[keyof T]['services']>;

/**
 * The app's areas in the order they are built; each one line in the composition root:
 * `.add((areas) => createInspectionsArea(base, { units: areas.units.services.units }))`.
 * A later area sees the earlier ones (typed), never the other way round.
 */
export class AreaList<T extends Record<string, Area>> {
  private constructor(
    readonly byName: T,
    readonly list: readonly Area[],
  ) {}

  static start(): AreaList<Record<never, Area>> {
    return new AreaList({}, []);
  }

  add<A extends Area>(create: (areas: T) => A): AreaList<T & { [K in A['name']]: A }> {
    const area = create(this.byName);
    if (Object.prototype.hasOwnProperty.call(this.byName, area.name)) throw new Error(`area ${area.name} is listed twice`);
    return new AreaList({ ...this.byName, [area.name]: area } as T & { [K in A['name']]: A }, [...this.list, area]);
  }

  /** The services of every area merged; two areas exposing the same service name stop start-up. */
  services(): ServicesOf<T> {
    const merged: Record<string, unknown> = {};
    for (const area of this.list) {
      for (const [name, service] of Object.entries(area.services)) {
        if (name in merged) throw new Error(`service ${name} is exposed by two areas (the second is ${area.name})`);
        merged[name] = service;
      }
    }
    return merged as ServicesOf<T>;
  }

  templates(): RegisteredTemplate[] {
    return this.list.flatMap((area) => area.templates ?? []);
  }
}
