import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { importMessages } from '../../electron/main/services/criteria/messages';
import { fileMessages } from '../../electron/main/services/files/messages';
import { checkXlsx, DEFAULT_XLSX_LIMITS } from '../../electron/main/services/files/xlsx-guard';
import { nominationMessages } from '../../electron/main/services/nominations/messages';
import { AppError } from '../../shared/errors';
import { dumpHash } from '../support/db-dump';
import { ruralCommunes } from '../support/movements-fixture';
import { proposalWorkbook, tongKetRound } from '../support/nominations-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';
import { sheetXml, zipFile } from '../support/zip-file';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

const districtId = () => app.idOfCode('618');

/** Sends a workbook to the criteria import and checks it is refused with VALIDATION and nothing is written. */
async function refusedImport(bytes: Buffer): Promise<string> {
  const audit = app.count('audit_log');
  const records = app.count('unit_year_criteria');
  for (const channel of ['criteria.importPreview', 'criteria.importCommit'] as const) {
    const envelope = await app.callRaw(channel, { districtId: districtId(), year: 2024, base64: bytes.toString('base64') });
    if (envelope.ok) throw new Error(`${channel} accepted the file`);
    expect(envelope.error.code).toBe('VALIDATION');
  }
  expect(app.count('audit_log')).toBe(audit);
  expect(app.count('unit_year_criteria')).toBe(records);
  const last = await app.callRaw('criteria.importPreview', { districtId: districtId(), year: 2024, base64: bytes.toString('base64') });
  return last.ok ? '' : last.error.message;
}

function refusal(run: () => void): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
  throw new Error('not refused');
}

describe('every XLSX read is bounded', () => {
  it('a real workbook (the criteria template) passes the checks', async () => {
    const template = dataOf<{ base64: string }>(await app.call('criteria.template', { districtId: districtId(), year: 2024 }));
    expect(() => checkXlsx(Buffer.from(template.base64, 'base64'))).not.toThrow();
  });

  it('a sheet of a million inline rows (an 11 MB file) is refused while counting, memory bounded, nothing imported', async () => {
    const file = zipFile([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(1_000_000) }]);
    expect(file.length).toBeLessThan(30 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const message = await refusedImport(file);
    expect(message).toMatch(/^Tệp Excel (có hơn 100\.000 dòng|quá lớn khi giải nén)/);
    // Three refusals of the file: the process grew by far less than parsing a million rows would take.
    expect(process.memoryUsage().rss - before).toBeLessThan(512 * 1024 * 1024);
  });

  it('too many rows within the size limit: refused naming the limit', () => {
    const file = zipFile([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(100_001) }]);
    expect(refusal(() => checkXlsx(file))).toBe(fileMessages.xlsxTooManyRows('100.000'));
    expect(() => checkXlsx(zipFile([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(1000) }]))).not.toThrow();
  });

  it('too many cells', () => {
    const file = zipFile([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(1000, 30) }]);
    expect(refusal(() => checkXlsx(file, { ...DEFAULT_XLSX_LIMITS, maxCells: 20_000 }))).toBe(fileMessages.xlsxTooManyCells('20.000'));
  });

  it('a zip bomb claiming 1 KB but inflating to 200 MB is stopped at the budget', async () => {
    const bomb = zipFile([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(200 * 1024 * 1024, 0x20), claimedSize: 1024 }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(refusal(() => checkXlsx(bomb))).toBe(fileMessages.xlsxTooLarge);
    expect(await refusedImport(bomb)).toBe(fileMessages.xlsxTooLarge);
  });

  it('many small parts adding up past the budget, and thousands of parts', () => {
    const parts = Array.from({ length: 10 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: Buffer.alloc(8 * 1024 * 1024, 1) }));
    expect(refusal(() => checkXlsx(zipFile(parts)))).toBe(fileMessages.xlsxTooLarge);
    const many = Array.from({ length: 2001 }, (_, i) => ({ name: `x${i}`, data: Buffer.from('a') }));
    expect(refusal(() => checkXlsx(zipFile(many)))).toBe(fileMessages.xlsxTooManyParts(2001));
  });

  it('truncated, foreign and zeroed files answer the import screen\'s "cannot read" message', async () => {
    const template = dataOf<{ base64: string }>(await app.call('criteria.template', { districtId: districtId(), year: 2024 }));
    const bytes = Buffer.from(template.base64, 'base64');
    for (const bad of [bytes.subarray(0, bytes.length / 2), Buffer.from('%PDF-1.7 not a workbook'), Buffer.alloc(40)]) {
      expect(await refusedImport(bad)).toBe(importMessages.unreadable);
    }
  });

  it('every other XLSX import (proposal lists, the ethnic-minority list) refuses the bomb, the huge sheet and a truncated file, writing nothing', async () => {
    const round = await tongKetRound(app);
    const proposingUnitId = ruralCommunes(app)[0].id;
    const valid = Buffer.from(await proposalWorkbook(), 'base64');
    const files: [string, Buffer, string | RegExp][] = [
      [
        'bomb',
        zipFile([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(200 * 1024 * 1024, 0x20), claimedSize: 1024 }]),
        fileMessages.xlsxTooLarge,
      ],
      [
        'huge',
        zipFile([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(1_000_000) }]),
        /^Tệp Excel (có hơn 100\.000 dòng|quá lớn khi giải nén)/,
      ],
      ['truncated', valid.subarray(0, Math.floor(valid.length / 2)), nominationMessages.importBadFile],
    ];
    const before = dumpHash(app.ctx.db);
    const rss = process.memoryUsage().rss;
    for (const [label, bytes, expected] of files) {
      const base64 = bytes.toString('base64');
      for (const [channel, input] of [
        ['nominations.importPreview', { roundId: round.id, base64 }],
        ['nominations.importCommit', { roundId: round.id, base64, proposingUnitId }],
        ['baseline.readEthnicList', { districtId: districtId(), base64 }],
      ] as const) {
        const envelope = await app.callRaw(channel, input);
        if (envelope.ok) throw new Error(`${channel} accepted the ${label} file`);
        expect(envelope.error.code, `${channel} ${label}`).toBe('VALIDATION');
        if (channel === 'baseline.readEthnicList' && label === 'truncated') expect(envelope.error.message).toBe(importMessages.unreadable);
        else if (typeof expected === 'string') expect(envelope.error.message, `${channel} ${label}`).toBe(expected);
        else expect(envelope.error.message, `${channel} ${label}`).toMatch(expected);
      }
    }
    expect(dumpHash(app.ctx.db)).toBe(before);
    expect(process.memoryUsage().rss - rss).toBeLessThan(512 * 1024 * 1024);
  });
});
