import { z } from 'zod';

import type { EthnicFlagImport, EthnicFlagList } from '../domain/criteria';
import { builtOnFirstUse, idSchema, versionSchema } from './common';
import { base64Schema } from './criteria';
import { channel } from './define';

/** Baseline data a new database lacks, entered in bulk per district: the ethnic-minority-area flag. */
const ethnicFlagChangeSchema = builtOnFirstUse(() =>
  z
    .object({
      unitId: idSchema,
      ethnicMinorityArea: z.boolean({ error: 'Vùng đồng bào DTTS phải là có hoặc không' }),
      version: versionSchema,
    })
    .strict(),
);

export type EthnicFlagChange = z.output<typeof ethnicFlagChangeSchema>;

export const baselineContract = {
  'baseline.ethnicFlags': channel<EthnicFlagList>()(() => z.object({ districtId: idSchema }).strict()),
  'baseline.setEthnicFlags': channel<EthnicFlagList>()(() =>
    z
      .object({
        districtId: idSchema,
        changes: z.array(ethnicFlagChangeSchema).min(1, 'Không có thay đổi nào để lưu').max(2000),
      })
      .strict(),
  ),
  // Reads a list of a district's communes and villages from XLSX; writes nothing (the screen ticks them, Lưu saves).
  'baseline.readEthnicList': channel<EthnicFlagImport>()(() => z.object({ districtId: idSchema, base64: base64Schema }).strict()),
};
