import { z } from 'zod';

import { agenciesContract } from './agencies';
import { criteriaContract } from './criteria';
import { decisionsContract } from './decisions';
import { channel } from './define';
import { documentListSchema } from './documents';
import { incomeContract } from './income';
import { inspectionsContract } from './inspections';
import { membersContract } from './members';
import { milestonesContract } from './milestones';
import { movementsContract } from './movements';
import { peopleContract } from './people';
import { recognitionListSchema } from './recognitions';
import { roundsContract } from './rounds';
import { sessionsContract } from './sessions';
import { submissionsContract } from './submissions';
import { targetsContract } from './targets';
import { unitHistoryContract } from './unit-history';

/**
 * The list screens that export what they show. Each entry's filters are the list channel's own
 * input schema, so an export always takes exactly the filters of its list (and is as strict); a paged list
 * gives its filters without the page, since its workbook holds every row they match. Each is read when
 * the export channel's schema is first built, so loading the contract builds none of them.
 */
const LIST_FILTERS = {
  movements: () => movementsContract['movements.list'].input,
  milestones: () => milestonesContract['milestones.list'].input,
  submissions: () => submissionsContract['submissions.list'].input,
  targets: () => targetsContract['targets.list'].input,
  documents: () => documentListSchema,
  people: () => peopleContract['people.list'].input,
  inspections: () => inspectionsContract['inspections.list'].input,
  nominationRounds: () => roundsContract['rounds.list'].input,
  criteriaSets: () => criteriaContract['criteria.sets'].input,
  agencies: () => agenciesContract['agencies.list'].input,
  unitLineage: () => unitHistoryContract['unitHistory.successors'].input,
  recognitions: () => recognitionListSchema,
  income: () => incomeContract['income.list'].input,
  councilMembers: () => membersContract['members.list'].input,
  councilSessions: () => sessionsContract['sessions.list'].input,
  decisions: () => decisionsContract['decisions.list'].input,
} as const;

export type ExportableList = keyof typeof LIST_FILTERS;
export const EXPORTABLE_LISTS = Object.keys(LIST_FILTERS) as ExportableList[];

function entry<L extends ExportableList>(list: L) {
  return z.object({ list: z.literal(list), filters: LIST_FILTERS[list]() as ReturnType<(typeof LIST_FILTERS)[L]> }).strict();
}

const listExportSchema = () =>
  z.discriminatedUnion(
    'list',
    [
      entry('movements'),
      entry('milestones'),
      entry('submissions'),
      entry('targets'),
      entry('documents'),
      entry('people'),
      entry('inspections'),
      entry('nominationRounds'),
      entry('criteriaSets'),
      entry('agencies'),
      entry('unitLineage'),
      entry('recognitions'),
      entry('income'),
      entry('councilMembers'),
      entry('councilSessions'),
      entry('decisions'),
    ],
    { error: 'Danh sách cần xuất không hợp lệ' },
  );

export type ListExportInput = z.output<ReturnType<typeof listExportSchema>>;

export const exportsContract = {
  /** A list screen's rows, with the list's own filters, as an XLSX workbook (typed cells, Vietnamese headers). */
  'exports.list': channel<{ fileName: string; base64: string }>()(listExportSchema),
};
