import { CHANNEL_NAMES, contractAreas } from '../../../shared/contract';
import type { HandlerMap } from './types';

/**
 * Merges the areas' handler maps and checks them against the contract: a channel declared by two
 * prefixes or under a prefix not its own, handled twice, left without a handler, or handled but not in the contract stops start-up.
 */
export function buildHandlerMap(areas: Record<string, Partial<Record<string, unknown>>>): HandlerMap {
  const problems: string[] = [];
  const seenInContract = new Map<string, string>();
  for (const [area, channels] of Object.entries(contractAreas)) {
    for (const name of Object.keys(channels)) {
      const other = seenInContract.get(name);
      if (other) problems.push(`channel ${name} declared by both ${other} and ${area}`);
      if (!name.startsWith(`${area}.`)) problems.push(`channel ${name} is declared under ${area}: its prefix must name its contract file`);
      seenInContract.set(name, area);
    }
  }
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
  for (const name of CHANNEL_NAMES) if (!owner.has(name)) problems.push(`missing handler for ${name}`);
  for (const name of owner.keys()) if (!seenInContract.has(name)) problems.push(`handler for ${name} is not in the contract`);
  if (problems.length > 0) throw new Error(`IPC registry is inconsistent:\n- ${problems.join('\n- ')}`);
  return merged as HandlerMap;
}
