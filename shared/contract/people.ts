import { z } from 'zod';

import type { Person } from '../domain/inspections';
import { idSchema, optionalText, requiredText, versionSchema } from './common';
import { channel } from './define';

const personFields = {
  fullName: requiredText('Họ và tên', 200),
  position: optionalText('Chức vụ', 200),
  agency: optionalText('Cơ quan', 300),
  phone: optionalText('Số điện thoại', 40),
};

export type PersonFields = z.output<z.ZodObject<typeof personFields>>;

export const peopleContract = {
  /** People who serve on teams or sign documents; the query ignores case and diacritics. */
  'people.list': channel<Person[]>()(() =>
    z
      .object({ query: optionalText('Từ khóa', 200), limit: z.number().int().min(1).max(500).default(200) })
      .strict()
      .default({ query: '', limit: 200 }),
  ),
  'people.create': channel<Person>()(() => z.object(personFields).strict()),
  'people.update': channel<Person>()(() => z.object({ ...personFields, id: idSchema, version: versionSchema }).strict()),
};
