import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RULE = 'no-restricted-imports';

let eslint: ESLint;

// Loading the config and parsers takes seconds on a busy machine; pay it once, outside the tests' timeout.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.lintText('export {};\n', { filePath: path.join(root, 'shared/warm-up.ts') });
}, 60_000);

/** Lints `code` as if it were the file at `filePath` (which need not exist) and returns the boundary messages. */
async function boundaryMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  expect(result.messages.filter((message) => message.fatal)).toEqual([]);
  return result.messages.filter((message) => message.ruleId === RULE).map((message) => message.message);
}

/** A planted file: one import and a use of it, so no other rule has a reason to complain. */
const planted = (specifier: string, name = 'thing') => `import { ${name} } from '${specifier}';\n\nexport const used = ${name};\n`;

describe('folder boundaries (eslint no-restricted-imports)', () => {
  it.each([
    ['a service importing an IPC handler', 'electron/main/services/units/planted.ts', '../../ipc/units', /never import ipc/],
    ['a service importing the Electron bridge', 'electron/main/services/documents/planted.ts', '../../ipc-electron', /never import ipc/],
    ['a service importing electron', 'electron/main/services/documents/planted.ts', 'electron', /Only the Electron shell/],
    ['a service importing the wiring', 'electron/main/services/targets/planted.ts', '../../areas/targets', /never import the wiring/],
    [
      "a service importing another area's repository",
      'electron/main/services/criteria/planted.ts',
      '../../db/repositories/units',
      /services\/criteria imports only its own area's repositories \(criteria, recognitions\)/,
    ],
    [
      'a movements service reading the unit history table',
      'electron/main/services/movements/planted.ts',
      '../../db/repositories/unit-history',
      /services\/movements imports only its own area's repositories/,
    ],
    [
      'unit history importing the units repository (a name its own starts like)',
      'electron/main/services/unit-history/planted.ts',
      '../../db/repositories/units',
      /services\/unit-history imports only/,
    ],
    [
      'a targets service reading the movements repository',
      'electron/main/services/targets/planted.ts',
      '../../db/repositories/movements',
      /services\/targets imports only its own area's repositories \(none\)/,
    ],
    [
      'the setup service reaching beyond its exception',
      'electron/main/services/setup/planted.ts',
      '../../db/repositories/movements',
      /services\/setup imports only/,
    ],
    [
      'a file directly under services/ importing a repository',
      'electron/main/services/planted.ts',
      '../db/repositories/units',
      /imports only its own area's repositories \(none\)/,
    ],
    ['a handler reaching a repository', 'electron/main/ipc/planted.ts', '../db/repositories/units', /Handlers call services/],
    [
      'a repository importing a service',
      'electron/main/db/repositories/planted.ts',
      '../../services/units/units-service',
      /never import services/,
    ],
    [
      'a template reading a repository',
      'electron/main/pdf/templates/planted.ts',
      '../../db/repositories/units',
      /Templates read through services/,
    ],
    [
      'the renderer importing main code',
      'renderer/src/features/units/planted.ts',
      '../../../../electron/main/ipc/units',
      /only its own code/,
    ],
    ['the renderer importing shared by a relative path', 'renderer/src/app/planted.ts', '../../../shared/format/date', /@shared/],
    ['the renderer importing electron', 'renderer/src/api/planted.ts', 'electron', /Only the Electron shell/],
    ['the renderer importing a Node built-in', 'renderer/src/features/documents/planted.tsx', 'node:fs', /no Node built-ins/],
    ['the renderer importing a Node built-in without node:', 'renderer/src/planted.ts', 'path', /no Node built-ins/],
    ['shared code importing main code', 'shared/domain/planted.ts', '../../electron/main/db/connection', /never imports main or renderer/],
    ['shared code importing a Node built-in', 'shared/format/planted.ts', 'node:crypto', /no Node built-ins/],
  ])('fails on %s', async (_name, filePath, specifier, message) => {
    const messages = await boundaryMessages(filePath, planted(specifier));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it('also catches a type-only import and a re-export', async () => {
    expect(
      await boundaryMessages(
        'electron/main/services/units/planted.ts',
        "import type { HandlerMap } from '../../ipc/types';\n\nexport type Used = HandlerMap;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryMessages(
        'electron/main/services/targets/planted.ts',
        "import type { CriteriaRepository } from '../../db/repositories/criteria';\n\nexport type Used = CriteriaRepository;\n",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryMessages(
        'electron/main/pdf/templates/planted.ts',
        "export { createUnitsRepository } from '../../db/repositories/units';\n",
      ),
    ).toHaveLength(1);
  });

  it.each([
    [
      'a service importing its repository and shared code',
      'electron/main/services/units/planted.ts',
      "import type { UnitsRepository } from '../../db/repositories/units';\nimport { formatDate } from '../../../../shared/format/date';\n\nexport const used: [UnitsRepository | null, typeof formatDate] = [null, formatDate];\n",
    ],
    [
      "services importing their own area's repositories and the audit log",
      'electron/main/services/criteria/planted.ts',
      "import type { AuditRepository } from '../../db/repositories/audit';\nimport type { CriteriaRepository } from '../../db/repositories/criteria';\nimport type { RecognitionsRepository } from '../../db/repositories/recognitions';\n\nexport type Used = [AuditRepository, CriteriaRepository, RecognitionsRepository];\n",
    ],
    [
      'a movements service importing both movement repositories and another area’s service',
      'electron/main/services/movements/planted.ts',
      "import type { MilestonesRepository } from '../../db/repositories/milestones';\nimport type { MovementsRepository } from '../../db/repositories/movements';\nimport type { UnitsService } from '../units/units-service';\n\nexport type Used = [MilestonesRepository, MovementsRepository, UnitsService];\n",
    ],
    [
      'setup seeding the settings and unit tables (the listed exception)',
      'electron/main/services/setup/planted.ts',
      "import type { SettingsRepository } from '../../db/repositories/settings';\nimport type { UnitsRepository } from '../../db/repositories/units';\n\nexport type Used = [SettingsRepository, UnitsRepository];\n",
    ],
    [
      'a template importing shared code and its registry',
      'electron/main/pdf/templates/planted.ts',
      "import { formatNumber } from '../../../../shared/format/number';\nimport { defineTemplate } from './registry';\n\nexport const used = [formatNumber, defineTemplate];\n",
    ],
    [
      'an area wiring repositories, services and handlers',
      'electron/main/areas/planted.ts',
      "import { createUnitsRepository } from '../db/repositories/units';\nimport { unitsHandlers } from '../ipc/units';\nimport { createUnitsService } from '../services/units/units-service';\n\nexport const used = [createUnitsRepository, unitsHandlers, createUnitsService];\n",
    ],
    [
      'a deep renderer file importing its own code, @shared and a package',
      'renderer/src/features/units/planted.tsx',
      "import { Button } from '@mantine/core';\nimport { foldText } from '@shared/text/fold';\n\nimport { call } from '../../api/client';\n\nexport const used = [Button, foldText, call];\n",
    ],
  ])('passes %s', async (_name, filePath, code) => {
    expect(await boundaryMessages(filePath, code)).toEqual([]);
  });
});

describe('heavy libraries load on first use (@typescript-eslint/no-restricted-imports)', () => {
  const lazyMessages = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
    expect(result.messages.filter((message) => message.fatal)).toEqual([]);
    return result.messages
      .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
      .map((message) => message.message);
  };

  it.each([
    ['exceljs in a service', 'electron/main/services/units/planted.ts', "import ExcelJS from 'exceljs';\n\nexport const used = ExcelJS;\n"],
    ['pdfmake in a template', 'electron/main/pdf/templates/planted.ts', "import pdfmake from 'pdfmake';\n\nexport const used = pdfmake;\n"],
    ['archiver in the host', 'electron/host/planted.ts', "import archiver from 'archiver';\n\nexport const used = archiver;\n"],
    [
      'unzipper in a repository',
      'electron/main/db/repositories/planted.ts',
      "import { Open } from 'unzipper';\n\nexport const used = Open;\n",
    ],
  ])('fails on %s imported at start', async (_name, filePath, code) => {
    const messages = await lazyMessages(filePath, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/load it on first use/);
  });

  it('passes type-only imports and the loader itself', async () => {
    expect(
      await lazyMessages(
        'electron/main/services/units/planted.ts',
        "import type ExcelJS from 'exceljs';\n\nexport type Used = ExcelJS.Workbook;\n",
      ),
    ).toEqual([]);
    expect(
      await lazyMessages(
        'electron/main/services/files/lazy-modules.ts',
        "import ExcelJS from 'exceljs';\n\nexport const used = ExcelJS;\n",
      ),
    ).toEqual([]);
  });
});
