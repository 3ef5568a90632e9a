import type { z } from 'zod';

import { agenciesContract } from './agencies';
import { appContract } from './app';
import { attachmentsContract } from './attachments';
import { auditContract } from './audit';
import { awardRegisterContract } from './award-register';
import { awardsContract } from './awards';
import { backupsContract } from './backups';
import { baselineContract } from './baseline';
import { certificatesContract } from './certificates';
import { criteriaContract } from './criteria';
import { dashboardContract } from './dashboard';
import { decisionsContract } from './decisions';
import { documentsContract } from './documents';
import { exportsContract } from './exports';
import { incomeContract } from './income';
import { inspectionsContract } from './inspections';
import { membersContract } from './members';
import { milestonesContract } from './milestones';
import { movementsContract } from './movements';
import { nominationsContract } from './nominations';
import { nomineesContract } from './nominees';
import { peopleContract } from './people';
import { recognitionsContract } from './recognitions';
import { recommendationsContract } from './recommendations';
import { roundsContract } from './rounds';
import { sessionsContract } from './sessions';
import { settingsContract } from './settings';
import { setupContract } from './setup';
import { submissionsContract } from './submissions';
import { targetsContract } from './targets';
import { unitHistoryContract } from './unit-history';
import { unitsContract } from './units';
import { villagesContract } from './villages';

/**
 * The one list the contract is built from: channel prefix -> its channels, each prefix in its own
 * file (`unitHistory` in `unit-history.ts`). A new prefix is one file and one line here; main refuses
 * to start when a channel sits under another prefix or is declared twice.
 */
export const contractAreas = {
  settings: settingsContract,
  setup: setupContract,
  units: unitsContract,
  unitHistory: unitHistoryContract,
  villages: villagesContract,
  audit: auditContract,
  movements: movementsContract,
  milestones: milestonesContract,
  submissions: submissionsContract,
  criteria: criteriaContract,
  recognitions: recognitionsContract,
  baseline: baselineContract,
  income: incomeContract,
  targets: targetsContract,
  dashboard: dashboardContract,
  documents: documentsContract,
  app: appContract,
  attachments: attachmentsContract,
  people: peopleContract,
  inspections: inspectionsContract,
  recommendations: recommendationsContract,
  backups: backupsContract,
  // awards.register is served by the council area (award-register.ts).
  awards: { ...awardsContract, ...awardRegisterContract },
  rounds: roundsContract,
  nominees: nomineesContract,
  nominations: nominationsContract,
  agencies: agenciesContract,
  members: membersContract,
  sessions: sessionsContract,
  decisions: decisionsContract,
  certificates: certificatesContract,
  exports: exportsContract,
};

export type ContractAreas = typeof contractAreas;
export type ChannelPrefix = keyof ContractAreas;

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;

/** Every channel main serves, the preload exposes and the renderer calls. */
export type Contract = UnionToIntersection<ContractAreas[ChannelPrefix]>;

export const contract = Object.assign({}, ...Object.values(contractAreas)) as Contract;

export type ChannelName = keyof Contract & string;
/** The channels declared under some prefixes: `ChannelsOf<'criteria'>` is 'criteria.sets' | 'criteria.updateSet' | ... */
export type ChannelsOf<P extends ChannelPrefix> = P extends ChannelPrefix ? keyof ContractAreas[P] & ChannelName : never;
/** What the caller sends (before defaults and transforms). */
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What the handler receives (after parsing). */
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = Contract[C]['output'];

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];
