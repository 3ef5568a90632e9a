import {
  type Inspection,
  type InspectionDetail,
  type Recommendation,
  RECOMMENDATION_STATUS_LABELS,
  type RecommendationFilterStatus,
  VISIT_STATUS_LABELS,
  type VisitStatus,
} from '../../../../shared/domain/inspections';
import type { UnitListItem } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import { formatDate } from '../../../../shared/format/date';
import { safeFileName } from '../../../../shared/format/file-name';
import { inspectionMessages as msg } from './messages';
import { buildWorkbook, type SheetCell } from './xlsx';

/** Vietnamese text of the inspection workbooks. */
export const exportText = {
  schedule: {
    sheet: 'Lịch kiểm tra',
    title: (title: string) => `LỊCH KIỂM TRA: ${title}`,
    file: 'Lịch kiểm tra',
    columns: ['STT', 'Ngày kiểm tra', 'Đơn vị được kiểm tra', 'Địa điểm', 'Đoàn kiểm tra', 'Trạng thái', 'Báo cáo tự kiểm tra nhận ngày'],
  },
  results: {
    sheet: 'Kết quả kiểm tra',
    title: (title: string) => `KẾT QUẢ KIỂM TRA: ${title}`,
    file: 'Kết quả kiểm tra',
    columns: ['STT', 'Đơn vị được kiểm tra', 'Ngày kiểm tra', 'Tổng điểm', 'Điểm tối đa', 'Xếp loại', 'Trạng thái', 'Số kiến nghị'],
  },
  period: (from: string, to: string) => `Thời gian: từ ngày ${from} đến ngày ${to}`,
  recommendations: {
    sheet: 'Kiến nghị',
    title: 'DANH SÁCH KIẾN NGHỊ',
    file: 'Danh sách kiến nghị',
    columns: ['STT', 'Kiến nghị', 'Đơn vị chịu trách nhiệm', 'Đợt kiểm tra', 'Hạn thực hiện', 'Trạng thái', 'Lần theo dõi gần nhất'],
    all: 'Tất cả kiến nghị',
    unit: (name: string) => `Đơn vị được kiểm tra: ${name}`,
    round: (title: string) => `Đợt kiểm tra: ${title}`,
    status: (label: string) => `Trạng thái: ${label}`,
    overdueOn: (date: string) => `Quá hạn tính đến ngày ${date}`,
    query: (query: string) => `Từ khóa: ${query}`,
    roundOf: (title: string, year: number) => (title.includes(String(year)) ? title : `${title} (${year})`),
    note: (date: string, text: string) => `${date}: ${text}`,
  },
};

export interface RecommendationExportFilter {
  unitId?: number;
  inspectionId?: number;
  status?: RecommendationFilterStatus;
  overdueOn: string | null;
  query?: string;
}

interface Deps {
  inspections: { get(id: number): InspectionDetail; find(id: number): Inspection | null };
  recommendations: { list(filter: RecommendationExportFilter): Recommendation[] };
  units: { find(id: number): UnitListItem | null };
}

export interface XlsxFile {
  fileName: string;
  base64: string;
}

const SCORED: readonly VisitStatus[] = ['results', 'signed', 'done'];
const statusOf = (r: Recommendation) => RECOMMENDATION_STATUS_LABELS[r.overdue ? 'overdue' : r.status];

/** The inspection lists as workbooks (schedule, results, recommendations), read through the services' own checks. */
export function createInspectionExports(deps: Deps) {
  async function file(name: string[], workbook: Promise<Buffer>): Promise<XlsxFile> {
    return { fileName: safeFileName(name, 'xlsx', 'kiem-tra'), base64: (await workbook).toString('base64') };
  }

  return {
    /** The round's schedule or its results (a NOT_FOUND for an unknown round comes from `inspections.get`). */
    async round(inspectionId: number, list: 'schedule' | 'results'): Promise<XlsxFile> {
      const detail = deps.inspections.get(inspectionId);
      const subtitles = [exportText.period(formatDate(detail.periodFrom), formatDate(detail.periodTo))];
      if (list === 'schedule') {
        const t = exportText.schedule;
        const rows: SheetCell[][] = detail.visits.map((visit, index) => [
          index + 1,
          visit.date,
          visit.unitName,
          visit.place,
          visit.teamName ?? '',
          VISIT_STATUS_LABELS[visit.status],
          visit.selfAssessmentDate,
        ]);
        return file(
          [t.file, detail.title],
          buildWorkbook({
            sheetName: t.sheet,
            title: t.title(detail.title),
            subtitles,
            columns: [
              { header: t.columns[0], width: 6, kind: 'integer' },
              { header: t.columns[1], width: 13, kind: 'date' },
              { header: t.columns[2], width: 28, kind: 'text' },
              { header: t.columns[3], width: 30, kind: 'text' },
              { header: t.columns[4], width: 22, kind: 'text' },
              { header: t.columns[5], width: 16, kind: 'text' },
              { header: t.columns[6], width: 16, kind: 'date' },
            ],
            rows,
          }),
        );
      }
      const t = exportText.results;
      const counts = new Map<number, number>();
      for (const r of deps.recommendations.list({ inspectionId, overdueOn: null })) counts.set(r.visitId, (counts.get(r.visitId) ?? 0) + 1);
      const rows: SheetCell[][] = detail.visits.map((visit, index) => {
        const scored = SCORED.includes(visit.status);
        return [
          index + 1,
          visit.unitName,
          visit.date,
          scored ? visit.score.total : null,
          scored ? visit.score.max : null,
          scored ? visit.score.band : null,
          VISIT_STATUS_LABELS[visit.status],
          counts.get(visit.id) ?? 0,
        ];
      });
      return file(
        [t.file, detail.title],
        buildWorkbook({
          sheetName: t.sheet,
          title: t.title(detail.title),
          subtitles,
          columns: [
            { header: t.columns[0], width: 6, kind: 'integer' },
            { header: t.columns[1], width: 28, kind: 'text' },
            { header: t.columns[2], width: 13, kind: 'date' },
            { header: t.columns[3], width: 10, kind: 'decimal' },
            { header: t.columns[4], width: 10, kind: 'decimal' },
            { header: t.columns[5], width: 14, kind: 'text' },
            { header: t.columns[6], width: 16, kind: 'text' },
            { header: t.columns[7], width: 11, kind: 'integer' },
          ],
          rows,
        }),
      );
    },

    /** The recommendations `recommendations.list` gives for the same filter, with the filter said under the title. */
    async recommendations(filter: RecommendationExportFilter): Promise<XlsxFile> {
      const t = exportText.recommendations;
      const list = deps.recommendations.list(filter);
      const rounds = new Map<number, string>();
      const roundTitle = (id: number, year: number) => {
        if (!rounds.has(id)) rounds.set(id, t.roundOf(deps.inspections.find(id)?.title ?? '', year).trim() || String(year));
        return rounds.get(id) as string;
      };
      const subtitles: string[] = [];
      const nameParts: string[] = [];
      // A filter naming a unit or a round that does not exist is refused, not exported as an empty list.
      if (filter.unitId !== undefined) {
        const unit = deps.units.find(filter.unitId);
        if (!unit) throw new AppError('NOT_FOUND', msg.unitNotFound(filter.unitId));
        subtitles.push(t.unit(unit.name));
        nameParts.push(unit.name);
      }
      if (filter.inspectionId !== undefined) {
        const round = deps.inspections.find(filter.inspectionId);
        if (!round) throw new AppError('NOT_FOUND', msg.notFound(filter.inspectionId));
        subtitles.push(t.round(round.title));
        nameParts.push(round.title);
      }
      if (filter.status) {
        subtitles.push(t.status(RECOMMENDATION_STATUS_LABELS[filter.status]));
        nameParts.push(RECOMMENDATION_STATUS_LABELS[filter.status]);
      }
      if (filter.overdueOn) subtitles.push(t.overdueOn(formatDate(filter.overdueOn)));
      if (filter.query?.trim()) subtitles.push(t.query(filter.query.trim()));
      if (subtitles.length === 0) subtitles.push(t.all);
      const rows: SheetCell[][] = list.map((r, index) => {
        const note = r.notes.at(-1);
        return [
          index + 1,
          r.text,
          r.responsibleUnitName,
          roundTitle(r.inspectionId, r.inspectionYear),
          r.deadline,
          statusOf(r),
          note ? t.note(formatDate(note.date), note.text) : '',
        ];
      });
      return file(
        [t.file, ...nameParts],
        buildWorkbook({
          sheetName: t.sheet,
          title: t.title,
          subtitles,
          columns: [
            { header: t.columns[0], width: 6, kind: 'integer' },
            { header: t.columns[1], width: 50, kind: 'text' },
            { header: t.columns[2], width: 26, kind: 'text' },
            { header: t.columns[3], width: 34, kind: 'text' },
            { header: t.columns[4], width: 13, kind: 'date' },
            { header: t.columns[5], width: 16, kind: 'text' },
            { header: t.columns[6], width: 40, kind: 'text' },
          ],
          rows,
        }),
      );
    },
  };
}

export type InspectionExports = ReturnType<typeof createInspectionExports>;
