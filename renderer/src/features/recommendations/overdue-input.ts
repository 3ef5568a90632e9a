/** How many overdue recommendations the dashboard card lists (the rest are counted). */
const OVERDUE_SHOWN = 5;

/** The card's read, shared with the dashboard's prefetch so both ask with the same input. */
export const overdueCardInput = (today: string) => ({ overdueOn: today, pageSize: OVERDUE_SHOWN });
