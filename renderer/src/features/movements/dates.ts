const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from a due date to today (both yyyy-MM-dd), as the server counts them for overdue lists. */
export function daysLate(dueDate: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / DAY_MS);
}
