import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { importMessages } from '../../electron/main/services/criteria/messages';
import { fileMessages } from '../../electron/main/services/files/messages';
import { checkXlsx, DEFAULT_XLSX_LIMITS } from '../../electron/main/services/files/xlsx-guard';
import { AppError } from '../../shared/errors';
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
});
