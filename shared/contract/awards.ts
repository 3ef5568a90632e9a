import type { Award } from '../domain/nominations';
import { emptyInput } from './common';
import { channel } from './define';

export const awardsContract = {
  /** Every title and form with its code, level, authority, nominee and commendation kinds, documents, vote rules and eligibility rules. */
  'awards.catalogue': channel<Award[]>()(emptyInput),
};
