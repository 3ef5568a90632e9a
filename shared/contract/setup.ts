import { z } from 'zod';

import type { ProvinceOption } from '../domain/settings';
import { builtOnFirstUse, requiredText } from './common';
import { channel } from './define';
import { documentSettingsSchema } from './settings';

export const setupInitializeSchema = builtOnFirstUse(() =>
  z
    .object({
      provinceCode: z.string({ error: 'Chưa chọn tỉnh' }).regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số'),
      operatorName: requiredText('Tên người dùng', 100),
      documentSettings: documentSettingsSchema,
    })
    .strict(),
);

export interface SetupStatus {
  initialized: boolean;
}

export interface SetupResult {
  provinceName: string;
  unitsSeeded: number;
}

export const setupContract = {
  'setup.status': channel<SetupStatus>()(() => z.object({}).strict().default({})),
  'setup.provinces': channel<ProvinceOption[]>()(() => z.object({}).strict().default({})),
  'setup.initialize': channel<SetupResult>()(() => setupInitializeSchema),
};
