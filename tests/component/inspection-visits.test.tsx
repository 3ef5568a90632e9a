import type { ChecklistTemplate, VisitDetail } from '@shared/domain/inspections';
import { AppError } from '@shared/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';

import { VisitPage } from '../../renderer/src/features/inspection-visits/VisitPage';
import { type CallRecord, fakeBackend, renderInApp, resetBackend } from '../support/render';

afterEach(resetBackend);

const item = (id: number, code: string, text: string, maxPoints: number | null, required = true, appliesTo = 'all') => ({
  id,
  sectionId: code.startsWith('II') ? 2 : 1,
  ordinal: id,
  code,
  text,
  required,
  maxPoints,
  appliesTo,
});

const template: ChecklistTemplate = {
  id: 1,
  code: 'tdkt-mac-dinh',
  revision: 1,
  title: 'Kiểm tra việc tổ chức phong trào thi đua',
  locked: true,
  version: 1,
  sections: [
    {
      id: 1,
      ordinal: 1,
      code: 'I',
      title: 'Việc tổ chức thực hiện phong trào',
      items: [item(11, 'I.1', 'Ban hành kế hoạch', 10), item(12, 'I.2', 'Tuyên truyền', 10)],
    },
    {
      id: 2,
      ordinal: 2,
      code: 'II',
      title: 'Công tác thi đua, khen thưởng',
      items: [
        item(21, 'II.5', 'Quỹ thi đua, khen thưởng', 5, false),
        item(22, 'II.6', 'Lưu trữ hồ sơ', 5),
        item(23, 'II.7', 'Chỉ cho huyện', 5, true, 'district'),
      ],
    },
  ],
  bands: [
    { id: 1, ordinal: 1, label: 'Xuất sắc', minPoints: 27 },
    { id: 2, ordinal: 2, label: 'Tốt', minPoints: 20 },
    { id: 3, ordinal: 3, label: 'Trung bình', minPoints: 0 },
  ],
};

function visit(extra: Partial<VisitDetail> = {}): VisitDetail {
  return {
    id: 5,
    inspectionId: 2,
    unitId: 40,
    unitName: 'Xã Bờ Y',
    unitKind: 'commune',
    date: '2026-07-10',
    teamId: 3,
    teamName: 'Đoàn kiểm tra số 1',
    place: 'Hội trường UBND xã',
    status: 'in-progress',
    selfAssessmentDate: null,
    unitRepresentatives: [],
    score: { total: 0, max: 30, band: null },
    missingRequired: [],
    carried: [],
    version: 4,
    inspectionYear: 2026,
    inspectionTitle: 'Kiểm tra công tác thi đua, khen thưởng năm 2026',
    team: null,
    checklist: template,
    results: [],
    strengths: '',
    shortcomings: '',
    causes: '',
    recommendations: [],
    transitions: [],
    movementRecords: [{ year: 2026, criteriaMet: 17, recognitions: [] }],
    ...extra,
  };
}

function open(detail: VisitDetail, handlers: Parameters<typeof fakeBackend>[0] = {}): CallRecord[] {
  const calls = fakeBackend({ 'inspections.visit': () => detail, ...handlers });
  renderInApp(
    <Routes>
      <Route path="/inspections/visits/:id" element={<VisitPage />} />
    </Routes>,
    '/inspections/visits/5',
  );
  return calls;
}

const group = (code: string) => screen.getByRole('radiogroup', { name: `Kết quả nội dung ${code}` });
const points = (code: string) => screen.getByRole('textbox', { name: `Điểm nội dung ${code}` });

describe('a visit’s checklist', () => {
  it('refuses points over the item’s maximum before sending, and computes the total, maximum and band as typed', async () => {
    const user = userEvent.setup();
    const calls = open(visit(), { 'inspections.setResults': () => visit({ results: [] }) });
    await screen.findByRole('heading', { name: 'Kiểm tra tại Xã Bờ Y' });
    // An item of another unit kind takes no result.
    expect(screen.getAllByText('Không áp dụng cho loại đơn vị này')).toHaveLength(1);
    expect(screen.getByTestId('visit-total')).toHaveTextContent('0 / 30');

    await user.click(within(group('I.1')).getByRole('radio', { name: 'Đạt' }));
    await user.type(points('I.1'), '12');
    expect(await screen.findByText('Điểm vượt mức tối đa 10')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu kết quả' }));
    expect(await screen.findByText('Hãy sửa các ô báo lỗi rồi lưu lại.')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'inspections.setResults')).toBe(false);

    await user.clear(points('I.1'));
    await user.type(points('I.1'), '10');
    expect(screen.queryByText('Điểm vượt mức tối đa 10')).not.toBeInTheDocument();
    await user.click(within(group('I.2')).getByRole('radio', { name: 'Chưa đạt' }));
    await user.type(points('I.2'), '8');
    await user.click(within(group('II.5')).getByRole('radio', { name: 'Không áp dụng' }));
    expect(points('II.5')).toBeDisabled();
    // 18 of 25 (II.5 left out), scaled 21,6 of 30: "Tốt"; II.6 still missing.
    expect(screen.getByTestId('visit-total')).toHaveTextContent('18 / 25');
    expect(screen.getByTestId('visit-band')).toHaveTextContent('Tốt');
    expect(screen.getByText('Còn 1 nội dung bắt buộc chưa có kết quả')).toBeInTheDocument();

    await user.click(within(group('II.6')).getByRole('radio', { name: 'Đạt' }));
    await user.type(points('II.6'), '5');
    await user.type(screen.getByRole('textbox', { name: 'Ghi chú, minh chứng nội dung II.6' }), 'Sổ lưu trữ năm 2026');
    // 23 of 25, scaled 27,6: "Xuất sắc".
    expect(screen.getByTestId('visit-total')).toHaveTextContent('23 / 25');
    expect(screen.getByTestId('visit-band')).toHaveTextContent('Xuất sắc');
    expect(screen.getByText('Mọi nội dung bắt buộc đã có kết quả')).toBeInTheDocument();
    expect(screen.getByText('4 nội dung chưa lưu')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lưu kết quả' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'inspections.setResults')).toBe(true));
    const sent = calls.find((c) => c.channel === 'inspections.setResults')?.input;
    expect(sent).toEqual({
      visitId: 5,
      items: [
        { itemId: 11, result: 'pass', points: 10, note: '' },
        { itemId: 12, result: 'fail', points: 8, note: '' },
        { itemId: 21, result: 'na', points: null, note: '' },
        { itemId: 22, result: 'pass', points: 5, note: 'Sổ lưu trữ năm 2026' },
      ],
    });
  });

  it('is read only before the inspection starts', async () => {
    open(visit({ status: 'planned' }));
    await screen.findByRole('heading', { name: 'Kiểm tra tại Xã Bờ Y' });
    expect(screen.getByText(/Kết quả chỉ được ghi khi lần kiểm tra ở bước "Đang kiểm tra"/u)).toBeInTheDocument();
    expect(within(group('I.1')).getByRole('radio', { name: 'Đạt' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Lưu kết quả' })).not.toBeInTheDocument();
  });
});

describe('a visit’s workflow', () => {
  it('asks for a reason before reopening, and sends it with the step chosen', async () => {
    const user = userEvent.setup();
    const signed = visit({ status: 'signed', version: 7 });
    const calls = open(signed, { 'inspections.transition': () => visit({ status: 'results', version: 8 }) });
    await screen.findByRole('heading', { name: 'Kiểm tra tại Xã Bờ Y' });
    await user.click(screen.getByRole('button', { name: 'Mở lại' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mở lại lần kiểm tra' });
    await user.click(within(dialog).getByRole('button', { name: 'Mở lại' }));
    expect(await within(dialog).findByText('Mở lại cần ghi lý do')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'inspections.transition')).toBe(false);

    await user.type(within(dialog).getByRole('textbox', { name: 'Lý do mở lại' }), 'Bổ sung minh chứng II.2');
    await user.click(within(dialog).getByRole('button', { name: 'Mở lại' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'inspections.transition')?.input).toEqual({
        visitId: 5,
        to: 'results',
        reason: 'Bổ sung minh chứng II.2',
        version: 7,
      }),
    );
  });

  it('shows the service’s refusal, naming the required items still missing', async () => {
    const user = userEvent.setup();
    const message = 'Chưa thể ký biên bản: còn nội dung bắt buộc chưa có kết quả: II.6. Lưu trữ hồ sơ.';
    open(visit({ status: 'results', missingRequired: [{ itemId: 22, code: 'II.6', text: 'Lưu trữ hồ sơ' }] }), {
      'inspections.transition': () => {
        throw new AppError('VALIDATION', message);
      },
    });
    await screen.findByRole('heading', { name: 'Kiểm tra tại Xã Bờ Y' });
    expect(screen.getByText('Còn nội dung bắt buộc chưa có kết quả')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Chuyển sang "Đã ký biên bản"' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByText('Chưa chuyển được trạng thái')).toBeInTheDocument();
    expect(screen.getByTestId('visit-status')).toHaveTextContent('Đã có kết quả');
  });
});

describe('recommendations carried from earlier rounds', () => {
  const carried = {
    id: 9,
    visitId: 3,
    inspectionId: 1,
    inspectionYear: 2025,
    unitId: 40,
    unitName: 'Xã Bờ Y',
    text: 'Kiện toàn Hội đồng Thi đua - Khen thưởng xã',
    responsibleUnitId: 40,
    responsibleUnitName: 'Xã Bờ Y',
    deadline: '2025-12-31',
    status: 'open' as const,
    overdue: true,
    closedInVisitId: null,
    notes: [],
    version: 2,
  };

  it('carries one over with a new deadline and a dated note, or closes it at this visit', async () => {
    const user = userEvent.setup();
    const calls = open(visit({ carried: [carried] }), { 'recommendations.update': () => ({ ...carried, version: 3 }) });
    await screen.findByRole('heading', { name: 'Kiểm tra tại Xã Bờ Y' });
    await user.click(screen.getByRole('tab', { name: /^Kiến nghị/u }));
    const table = await screen.findByRole('table', { name: 'Kiến nghị các năm trước chưa hoàn thành' });
    expect(within(table).getByText('Đợt năm 2025')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: `Chuyển tiếp kiến nghị: ${carried.text}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Chuyển tiếp kiến nghị' });
    await user.click(within(dialog).getByRole('button', { name: 'Chuyển tiếp' }));
    expect(await within(dialog).findByText('Hãy nhập hạn thực hiện')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'recommendations.update')).toBe(false);
    await user.type(within(dialog).getByRole('textbox', { name: 'Hạn thực hiện' }), '30/06/2027');
    await user.click(within(dialog).getByRole('button', { name: 'Chuyển tiếp' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'recommendations.update')?.input).toEqual({
        id: 9,
        version: 2,
        status: 'open',
        deadline: '2027-06-30',
        followUp: { date: '2026-07-10', text: 'Kiểm tra lại: đơn vị chưa hoàn thành, tiếp tục theo dõi với hạn mới.' },
      }),
    );

    await user.click(within(table).getByRole('button', { name: `Kết thúc kiến nghị tại lần kiểm tra này: ${carried.text}` }));
    const closing = await screen.findByRole('dialog', { name: 'Kết thúc kiến nghị tại lần kiểm tra này' });
    await user.click(within(closing).getByRole('button', { name: 'Kết thúc kiến nghị' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'recommendations.update').at(-1)?.input).toEqual({
        id: 9,
        version: 2,
        status: 'done',
        deadline: '2025-12-31',
        followUp: { date: '2026-07-10', text: 'Kiểm tra lại: đơn vị đã thực hiện xong kiến nghị.' },
        closedInVisitId: 5,
      }),
    );
  });
});
