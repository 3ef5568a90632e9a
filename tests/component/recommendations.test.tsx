import type { Recommendation } from '@shared/domain/inspections';
import { todayIso } from '@shared/format/date';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { OverdueRecommendationsCard } from '../../renderer/src/features/recommendations/OverdueRecommendationsCard';
import { RecommendationsPage } from '../../renderer/src/features/recommendations/RecommendationsPage';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

afterEach(resetBackend);

function recommendation(id: number, text: string, extra: Partial<Recommendation> = {}): Recommendation {
  return {
    id,
    visitId: 100 + id,
    inspectionId: 2,
    inspectionYear: 2025,
    unitId: 40,
    unitName: 'Xã Bờ Y',
    text,
    responsibleUnitId: 40,
    responsibleUnitName: 'Xã Bờ Y',
    deadline: '2025-12-31',
    status: 'open',
    overdue: false,
    closedInVisitId: null,
    notes: [],
    version: 1,
    ...extra,
  };
}

const late = recommendation(1, 'Kiện toàn Hội đồng Thi đua - Khen thưởng xã', { overdue: true });
const onTime = recommendation(2, 'Bổ sung sổ theo dõi khen thưởng', { deadline: '2099-12-31', status: 'in-progress' });

describe('recommendations', () => {
  it('lists them with overdue ones marked, filters by status and overdue today, and adds a dated follow-up note', async () => {
    const user = userEvent.setup();
    const calls = fakeBackend({
      'recommendations.list': (input) =>
        input?.status === 'overdue' || input?.overdueOn ? { rows: [late], total: 1 } : { rows: [late, onTime], total: 2 },
      'recommendations.update': () => ({ ...late, version: 2 }),
    });
    renderInApp(<RecommendationsPage />, '/recommendations');
    const table = await screen.findByRole('table', { name: 'Danh sách kiến nghị' });
    await within(table).findByText(onTime.text);
    const lateRow = within(table).getByText(late.text).closest('tr');
    expect(lateRow).toHaveAttribute('data-overdue', 'true');
    expect(within(lateRow as HTMLElement).getByText('Quá hạn')).toBeInTheDocument();
    expect(within(table).getAllByRole('link', { name: 'Mở lần kiểm tra tại Xã Bờ Y năm 2025' })[0]).toHaveAttribute(
      'href',
      '/inspections/visits/101',
    );
    expect(screen.getByText('2 kiến nghị · 1 quá hạn')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: /Chỉ những kiến nghị quá hạn/u }));
    await waitFor(() => expect(within(table).queryByText(onTime.text)).not.toBeInTheDocument());
    expect(calls.filter((c) => c.channel === 'recommendations.list' && (c.input as { page?: number }).page === 1).at(-1)?.input).toEqual({
      overdueOn: todayIso(),
      page: 1,
      pageSize: 50,
    });

    await user.click(within(table).getByRole('button', { name: `Cập nhật kiến nghị: ${late.text}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Cập nhật kiến nghị' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Nội dung theo dõi' }), 'Đã có quyết định kiện toàn, chờ báo cáo');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'recommendations.update')?.input).toEqual({
        id: 1,
        version: 1,
        status: 'open',
        deadline: '2025-12-31',
        followUp: { date: todayIso(), text: 'Đã có quyết định kiện toàn, chờ báo cáo' },
      }),
    );
  });

  it('the dashboard card asks for those overdue today and shows the count, the first few and a link to all', async () => {
    const many = Array.from({ length: 7 }, (_, i) => recommendation(i + 1, `Kiến nghị số ${i + 1}`, { overdue: true }));
    // The server sends the first five and the count of all seven.
    const calls = fakeBackend({ 'recommendations.list': (input) => ({ rows: many.slice(0, input?.pageSize ?? 50), total: many.length }) });
    renderInApp(<OverdueRecommendationsCard />, '/dashboard');
    const card = await screen.findByRole('region', { name: 'Kiến nghị quá hạn' });
    await within(card).findByText('(7)');
    expect(within(card).getAllByRole('row')).toHaveLength(5);
    expect(within(card).getByText('và 2 kiến nghị khác')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Xem tất cả kiến nghị' })).toHaveAttribute('href', '/recommendations?overdue=1');
    expect(calls[0].input).toEqual({ overdueOn: todayIso(), pageSize: 5 });
  });
});
