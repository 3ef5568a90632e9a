import type { z } from 'zod';

import { appContract } from './app';
import { attachmentsContract } from './attachments';
import { auditContract } from './audit';
import { criteriaContract } from './criteria';
import { documentsContract } from './documents';
import { movementsContract } from './movements';
import { settingsContract } from './settings';
import { targetsContract } from './targets';
import { unitHistoryContract } from './unit-history';
import { unitsContract } from './units';

/**
 * The one IPC contract: every channel main serves, the preload exposes and the renderer calls.
 * Add an area by spreading its map here; a name used twice fails the duplicate check in main.
 */
export const contract = {
  ...settingsContract,
  ...unitsContract,
  ...auditContract,
  ...movementsContract,
  ...criteriaContract,
  ...targetsContract,
  ...unitHistoryContract,
  ...documentsContract,
  ...appContract,
  ...attachmentsContract,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What the caller sends (before defaults and transforms). */
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What the handler receives (after parsing). */
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = Contract[C]['output'];

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

/** Groups of area maps, so main can check that no channel is declared by two areas. */
export const contractAreas: Record<string, Record<string, unknown>> = {
  settings: settingsContract,
  units: unitsContract,
  audit: auditContract,
  movements: movementsContract,
  criteria: criteriaContract,
  targets: targetsContract,
  unitHistory: unitHistoryContract,
  documents: documentsContract,
  app: appContract,
  attachments: attachmentsContract,
};
