/** What every service needs besides its repositories: the clock, kept injectable for tests. */
export interface Clock {
  /** ISO timestamp of now. */
  now(): string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };
