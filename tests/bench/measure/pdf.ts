import path from 'node:path';

import pdfmakeModule from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

import type { DashboardSummary } from '../../../shared/domain/targets';
import type { BenchApp } from '../app';
import { median, timeRuns } from '../stats';

/** pdfmake 0.3's server API (its npm types still describe 0.2), as electron/main/pdf/engine.ts uses it. */
interface PdfMakeServer {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}
const pdfmake = pdfmakeModule as unknown as PdfMakeServer;

interface ReportShape {
  targets: number;
  districts: number;
  under: number;
  underGroups: number;
}

/** The report's table sizes, read through public channels (the summary the report prints). */
async function reportShape(app: BenchApp, movementId: number, year: number): Promise<ReportShape> {
  const summary = await app.call<DashboardSummary>('dashboard.summary', { movementId, year });
  const targets = await app.call<unknown[]>('targets.list', { movementId });
  const under = summary.underThreshold.total;
  // The annex groups the communes under the threshold by district (those without one form a group of their own).
  const inDistricts = summary.byDistrict.map((d) => d.underCount);
  const withoutDistrict = under - inDistricts.reduce((a, b) => a + b, 0);
  return {
    targets: targets.length,
    districts: summary.byDistrict.length + 1,
    under,
    underGroups: inDistricts.filter((n) => n > 0).length + (withoutDistrict > 0 ? 1 : 0),
  };
}

function table(columns: number, rows: number, widths: (string | number)[]): Content {
  const header = Array.from({ length: columns }, (_, i) => ({ text: `Cột ${i + 1}`, bold: true, alignment: 'center' as const }));
  const body = [header];
  for (let r = 0; r < rows; r++)
    body.push(
      Array.from({ length: columns }, (_, c) => ({
        text: c === 1 ? `Xã Đăk Pxi số ${r + 1}, huyện Đăk Hà` : String(r + c),
        bold: false,
        alignment: 'center' as const,
      })),
    );
  return { table: { headerRows: 1, widths, body, dontBreakRows: true }, fontSize: 12, margin: [0, 6, 0, 6] };
}

/** Raw pdfmake: the same tables (same columns and row counts) in the same font, A4, no page rules of ours. */
function rawDefinition(shape: ReportShape): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [85, 57, 57, 57],
    defaultStyle: { font: 'Tinos', fontSize: 13 },
    header: (page) => ({ text: String(page), alignment: 'center', margin: [0, 20, 0, 0] }),
    content: [
      { text: 'BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO', bold: true, alignment: 'center' },
      table(6, shape.targets, ['6%', '34%', '16%', '18%', '13%', '13%']),
      table(8, shape.districts, ['6%', '26%', '9%', '11%', '11%', '11%', '11%', '15%']),
      table(6, 19, ['8%', '40%', '14%', '12%', '14%', '12%']),
      { text: 'PHỤ LỤC', bold: true, alignment: 'center', pageBreak: 'before' },
      table(4, shape.under + shape.underGroups, ['8%', '40%', '26%', '26%']),
    ],
  };
}

async function renderRaw(fontDir: string, shape: ReportShape): Promise<number> {
  const file = (name: string) => path.join(fontDir, name);
  pdfmake.setFonts({
    Tinos: {
      normal: file('Tinos-Regular.ttf'),
      bold: file('Tinos-Bold.ttf'),
      italics: file('Tinos-Italic.ttf'),
      bolditalics: file('Tinos-BoldItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((candidate) => path.resolve(candidate).startsWith(path.resolve(fontDir)));
  return (await pdfmake.createPdf(rawDefinition(shape)).getBuffer()).length;
}

/** Turns of both renders before any is timed (see measureMovementReport). */
const REPORT_WARMUP_TURNS = 4;

export interface PdfFigures {
  /** The first render of this report in the process (its first warm-up turn): for information. */
  first: number;
  report: number;
  raw: number;
  rows: number;
}

/**
 * The movement report through documents.preview beside raw pdfmake with the same table rows. The two
 * take turns (one report, one raw render, ...) so both meet the same load on a shared machine: measured
 * one series after the other, a change in the load between the series moved the ratio by 2-3x.
 */
export async function measureMovementReport(app: BenchApp, fontDir: string, movementId: number, runs: number): Promise<PdfFigures> {
  const year = 2025;
  const shape = await reportShape(app, movementId, year);
  const reportTimes: number[] = [];
  const rawTimes: number[] = [];
  const report = () => app.call('documents.preview', { template: 'movement-report', params: { movementId, year } });
  const raw = () => renderRaw(fontDir, shape);
  // Unmeasured turns of both first. The app's report settles over its first few renders in a process (fonts
  // read, its layout code compiled, words shaped once: Kon Tum's took ~0,7 s, 0,2 s, 0,13 s, then ~0,08 s);
  // raw pdfmake settles sooner, so with one warm-up turn the ratio swung between 1,0x and 2,0x from run to run.
  let first = 0;
  for (let i = 0; i < REPORT_WARMUP_TURNS; i++) {
    const started = performance.now();
    await report();
    if (i === 0) first = performance.now() - started;
    await raw();
  }
  for (let i = 0; i < runs; i++) {
    reportTimes.push(...(await timeRuns(report, 1, 0)));
    rawTimes.push(...(await timeRuns(raw, 1, 0)));
  }
  return {
    first,
    report: median(reportTimes),
    raw: median(rawTimes),
    rows: shape.targets + shape.districts + 19 + shape.under + shape.underGroups,
  };
}
