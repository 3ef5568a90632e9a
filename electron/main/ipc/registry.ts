import { CHANNEL_NAMES, contractAreas } from '../../../shared/contract';
import type { HandlerMap } from './types';

/** Problems of a contract built from prefix -> channels: a channel under another prefix, or declared twice. */
export function contractProblems(areas: Record<string, Record<string, unknown>>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [prefix, channels] of Object.entries(areas)) {
    for (const name of Object.keys(channels)) {
      const other = seen.get(name);
      if (other) problems.push(`channel ${name} declared by both ${other} and ${prefix}`);
      if (!name.startsWith(`${prefix}.`))
        problems.push(`channel ${name} is declared under ${prefix}: its prefix must name its contract file`);
      seen.set(name, prefix);
    }
  }
  return problems;
}

/**
 * Merges the areas' handler maps and checks them against the contract: a channel declared by two
 * prefixes or under a prefix not its own, handled twice, left without a handler, or handled but not
 * in the contract stops start-up.
 */
export function buildHandlerMap(areas: Record<string, Partial<Record<string, unknown>>>): HandlerMap {
  const problems = contractProblems(contractAreas);
  const merged: Record<string, unknown> = {};
  const owner = new Map<string, string>();
  for (const [area, handlers] of Object.entries(areas)) {
    for (const [name, handler] of Object.entries(handlers)) {
      if (owner.has(name)) problems.push(`duplicate handler for ${name} in ${owner.get(name)} and ${area}`);
      if (typeof handler !== 'function') problems.push(`handler for ${name} in ${area} is not a function`);
      owner.set(name, area);
      merged[name] = handler;
    }
  }
  const declared = new Set<string>(CHANNEL_NAMES);
  for (const name of CHANNEL_NAMES) if (!owner.has(name)) problems.push(`missing handler for ${name}`);
  for (const name of owner.keys()) if (!declared.has(name)) problems.push(`handler for ${name} is not in the contract`);
  if (problems.length > 0) throw new Error(`IPC registry is inconsistent:\n- ${problems.join('\n- ')}`);
  return merged as HandlerMap;
}
