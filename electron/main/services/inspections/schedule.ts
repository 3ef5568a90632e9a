import type { ScheduleWarning } from '../../../../shared/domain/inspections';
import { formatDate } from '../../../../shared/format/date';

interface Booking {
  visit_id: number;
  date: string;
  person_id: number;
  full_name: string;
  unit_name: string;
}

/**
 * Warnings, not refusals: a member booked at two units the same day (in any round) and a unit visited
 * twice in the round. The secretariat may mean it (a half-day each), so the plan still saves.
 */
export function scheduleWarnings(
  visits: readonly { id: number; unit_id: number; unit_name: string }[],
  bookings: readonly Booking[],
): ScheduleWarning[] {
  const warnings: ScheduleWarning[] = [];
  const byPersonDay = new Map<string, Booking[]>();
  for (const booking of bookings) {
    const key = `${booking.person_id}|${booking.date}`;
    const list = byPersonDay.get(key) ?? [];
    if (!list.some((b) => b.visit_id === booking.visit_id)) list.push(booking);
    byPersonDay.set(key, list);
  }
  const ownVisits = new Set(visits.map((v) => v.id));
  for (const list of byPersonDay.values()) {
    if (list.length < 2 || !list.some((b) => ownVisits.has(b.visit_id))) continue;
    const units = list.map((b) => b.unit_name).join(', ');
    warnings.push({
      kind: 'member-double-booked',
      message: `${list[0].full_name} có lịch kiểm tra ở ${list.length} nơi trong ngày ${formatDate(list[0].date)}: ${units}.`,
      visitIds: list.map((b) => b.visit_id),
    });
  }
  const byUnit = new Map<number, typeof visits>();
  for (const visit of visits) byUnit.set(visit.unit_id, [...(byUnit.get(visit.unit_id) ?? []), visit]);
  for (const list of byUnit.values()) {
    if (list.length < 2) continue;
    warnings.push({
      kind: 'unit-visited-twice',
      message: `Đơn vị ${list[0].unit_name} có ${list.length} lần kiểm tra trong đợt này.`,
      visitIds: list.map((v) => v.id),
    });
  }
  return warnings;
}
