import { migration001 } from './001-foundation';
import { migration002 } from './002-documents';
import { migration003 } from './003-movements';
import { migration004 } from './004-documents-signature';
import { migration005 } from './005-criteria-baseline';
import { migration006 } from './006-attachments';
import { migration007 } from './007-inspections';
import { migration008 } from './008-units-aliases';
import { migration009 } from './009-criteria-owners';
import { migration010 } from './010-nominations';
import { migration011 } from './011-council';
import { migration012 } from './012-certificate-layouts';
import { migration013 } from './013-search-index';
import { migration014 } from './014-decisions-handover';
import { migration015 } from './015-scoped-bulk';
import { migration016 } from './016-units-list-indexes';
import { migration017 } from './017-lists-paging-indexes';
import { migration018 } from './018-dashboard-unit-tally';
import { migration019 } from './019-audit-link-spans';

export interface Migration {
  /** Sequential number; never reuse or renumber one that has shipped. */
  id: number;
  name: string;
  /** Runs inside one transaction; its SHA-256 is stored, so never edit a shipped migration. */
  sql: string;
}

/** Every migration in order. To change the schema, add a file with the next number. */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
  migration016,
  migration017,
  migration018,
  migration019,
];
