import type {
  ChecklistTemplate,
  InspectionDetail,
  Person,
  ScheduleWarning,
  VisitSummary,
  VisitWithWarnings,
} from '@shared/domain/inspections';
import { AppError } from '@shared/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';

import { InspectionPage } from '../../renderer/src/features/inspections/InspectionPage';
import { InspectionsPage } from '../../renderer/src/features/inspections/InspectionsPage';
import { TemplatePage } from '../../renderer/src/features/inspections/TemplatePage';
import { PeoplePage } from '../../renderer/src/features/people/PeoplePage';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

afterEach(resetBackend);

const an: Person = { id: 1, fullName: 'Nguyễn Văn An', position: 'Phó Trưởng ban', agency: 'Sở Nội vụ', phone: '', version: 1 };
const binh: Person = {
  id: 2,
  fullName: 'Trần Thị Bình',
  position: 'Chuyên viên',
  agency: 'Ban Thi đua - Khen thưởng',
  phone: '',
  version: 3,
};

function visit(
  id: number,
  unitId: number,
  unitName: string,
  teamId: number,
  teamName: string,
  extra: Partial<VisitSummary> = {},
): VisitSummary {
  return {
    id,
    inspectionId: 7,
    unitId,
    unitName,
    unitKind: 'commune',
    date: '2026-07-15',
    teamId,
    teamName,
    place: '',
    status: 'planned',
    selfAssessmentDate: null,
    unitRepresentatives: [],
    score: { total: 0, max: 100, band: null },
    missingRequired: [],
    carried: [],
    version: 1,
    ...extra,
  };
}

const doubleBooked: ScheduleWarning = {
  kind: 'member-double-booked',
  message: 'Trần Thị Bình có lịch kiểm tra ở 2 nơi trong ngày 15/07/2026: Xã Đắk Mar, Xã Hà Mòn.',
  visitIds: [11, 12],
};

function round(extra: Partial<InspectionDetail> = {}): InspectionDetail {
  return {
    id: 7,
    year: 2026,
    title: 'Kiểm tra công tác thi đua, khen thưởng năm 2026',
    purpose: '',
    scope: '',
    legalBasis: '',
    templateId: 1,
    teamDecisionNumber: '45/QĐ-HĐTĐKT',
    teamDecisionDate: '2026-05-20',
    periodFrom: '2026-06-01',
    periodTo: '2026-11-30',
    commonStrengths: '',
    commonShortcomings: '',
    proposals: '',
    status: 'planned',
    movementIds: [],
    movements: [],
    teams: [
      {
        id: 3,
        inspectionId: 7,
        name: 'Đoàn kiểm tra số 1',
        members: [{ personId: 1, fullName: an.fullName, position: an.position, agency: an.agency, role: 'leader' }],
        version: 1,
      },
      {
        id: 4,
        inspectionId: 7,
        name: 'Đoàn kiểm tra số 2',
        members: [{ personId: 2, fullName: binh.fullName, position: binh.position, agency: binh.agency, role: 'leader' }],
        version: 2,
      },
    ],
    visits: [],
    warnings: [],
    version: 5,
    ...extra,
  };
}

/** The options of one combobox (other pickers' lists may stay in the document, hidden). */
async function optionOf(combobox: HTMLElement, name: string | RegExp): Promise<HTMLElement> {
  await waitFor(() => expect(combobox.getAttribute('aria-controls')).toBeTruthy());
  const listbox = document.getElementById(combobox.getAttribute('aria-controls') ?? '') as HTMLElement;
  return within(listbox).findByRole('option', { name, hidden: true });
}

function renderRoute(path: string, element: React.ReactElement, route: string) {
  renderInApp(
    <Routes>
      <Route path={path} element={element} />
    </Routes>,
    route,
  );
  return userEvent.setup();
}

describe('people directory', () => {
  it('searches on the server as typed, refuses a person without a name and adds one', async () => {
    const calls = fakeBackend({
      'people.list': (input) => [an, binh].filter((p) => !input?.query || p.fullName.includes('Bình')),
      'people.create': (input) => ({ ...input, id: 9, version: 1 }) as Person,
    });
    const user = renderRoute('/people', <PeoplePage />, '/people');
    const table = await screen.findByRole('table', { name: 'Danh bạ cán bộ, thành viên' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    await user.type(screen.getByRole('textbox', { name: 'Tìm theo họ tên' }), 'tran thi');
    await waitFor(() =>
      expect(calls.some((c) => c.channel === 'people.list' && (c.input as { query: string }).query === 'tran thi')).toBe(true),
    );
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));

    await user.click(screen.getByRole('button', { name: 'Thêm người' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm người vào danh bạ' });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Họ và tên không được để trống')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'people.create')).toBe(false);
    await user.type(within(dialog).getByRole('textbox', { name: /Họ và tên/ }), 'Lê Văn Cường');
    await user.type(within(dialog).getByRole('textbox', { name: 'Chức vụ' }), 'Trưởng phòng');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(calls.find((c) => c.channel === 'people.create')?.input).toEqual({
      fullName: 'Lê Văn Cường',
      position: 'Trưởng phòng',
      agency: '',
      phone: '',
    });
  });

  it('edits a person at the version read and turns a stale version into the reload prompt', async () => {
    const stale = 'Thông tin của "Trần Thị Bình" vừa được thay đổi ở nơi khác. Hãy tải lại.';
    const calls = fakeBackend({
      'people.list': () => [an, binh],
      'people.update': () => {
        throw new AppError('CONFLICT', stale);
      },
    });
    const user = renderRoute('/people', <PeoplePage />, '/people');
    await user.click(await screen.findByRole('button', { name: 'Sửa thông tin Trần Thị Bình' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa thông tin: Trần Thị Bình' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Số điện thoại' }), '0912 345 678');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const alert = await within(dialog).findByRole('alert', { name: 'Thông tin người này đã được thay đổi ở nơi khác' });
    expect(alert).toHaveTextContent(stale);
    expect(calls.find((c) => c.channel === 'people.update')?.input).toMatchObject({ id: 2, version: 3, phone: '0912 345 678' });
  });
});

describe('round form', () => {
  it('asks for the period and refuses an end before the start before sending; then creates the round', async () => {
    const calls = fakeBackend({
      'inspections.list': () => [],
      'movements.list': () => [],
      'inspections.create': (input) => ({ ...round(), ...input, id: 7, templateId: 1, status: 'planned', version: 1 }),
    });
    const user = renderRoute('/inspections', <InspectionsPage />, '/inspections?year=2026');
    await user.click(await screen.findByRole('button', { name: 'Tạo đợt kiểm tra' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo đợt kiểm tra' });
    const year = within(dialog).getByRole('textbox', { name: /Năm kiểm tra/ });
    await user.clear(year);
    await user.type(year, '2026');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Chọn từ ngày')).toBeInTheDocument();
    expect(within(dialog).getByText('Chọn đến ngày')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: /Từ ngày/ }), '01/09/2026');
    await user.type(within(dialog).getByRole('textbox', { name: /Đến ngày/ }), '31/08/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Đến ngày phải từ ngày bắt đầu trở đi')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'inspections.create')).toBe(false);

    const to = within(dialog).getByRole('textbox', { name: /Đến ngày/ });
    await user.clear(to);
    await user.type(to, '30/11/2026');
    await user.type(within(dialog).getByRole('textbox', { name: 'Số quyết định thành lập đoàn' }), '45/QĐ-HĐTĐKT');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'inspections.create')).toBe(true));
    expect(calls.find((c) => c.channel === 'inspections.create')?.input).toMatchObject({
      year: 2026,
      periodFrom: '2026-09-01',
      periodTo: '2026-11-30',
      movementIds: [],
      teamDecisionNumber: '45/QĐ-HĐTĐKT',
      teamDecisionDate: null,
    });
  });
});

describe('team form', () => {
  it('refuses a team with two leaders or a member without a person, then sends the members with their roles', async () => {
    const calls = fakeBackend({
      'inspections.get': () => round(),
      'people.list': () => [an, binh],
      'inspections.saveTeam': (input) => ({ id: 3, inspectionId: 7, name: input.name, members: [], version: 2 }),
    });
    const user = renderRoute('/inspections/:id', <InspectionPage />, '/inspections/7?tab=teams');
    await user.click(await screen.findByRole('button', { name: 'Sửa Đoàn kiểm tra số 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa Đoàn kiểm tra số 1' });
    expect(within(dialog).getByRole('combobox', { name: 'Thành viên 1: Họ và tên' })).toHaveValue('Nguyễn Văn An');

    await user.click(within(dialog).getByRole('button', { name: 'Thêm thành viên' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Chọn người trong danh bạ')).toBeInTheDocument();

    const person = within(dialog).getByRole('combobox', { name: 'Thành viên 2: Họ và tên' });
    await user.click(person);
    await user.type(person, 'binh');
    await user.click(await optionOf(person, /^Trần Thị Bình/));
    const role = within(dialog).getByRole('combobox', { name: 'Thành viên 2: Vai trò' });
    await user.click(role);
    await user.click(await optionOf(role, 'Trưởng đoàn'));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Mỗi đoàn có đúng một Trưởng đoàn.')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'inspections.saveTeam')).toBe(false);

    await user.click(role);
    await user.click(await optionOf(role, 'Thư ký'));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'inspections.saveTeam')).toBe(true));
    expect(calls.find((c) => c.channel === 'inspections.saveTeam')?.input).toEqual({
      inspectionId: 7,
      id: 3,
      version: 1,
      name: 'Đoàn kiểm tra số 1',
      members: [
        { personId: 1, role: 'leader' },
        { personId: 2, role: 'secretary' },
      ],
    });
  });
});

describe('schedule', () => {
  it('shows the warnings above the schedule and marks exactly the rows they concern', async () => {
    fakeBackend({
      'inspections.get': () =>
        round({
          visits: [
            visit(11, 101, 'Xã Đắk Mar', 3, 'Đoàn kiểm tra số 1'),
            visit(12, 102, 'Xã Hà Mòn', 4, 'Đoàn kiểm tra số 2', { selfAssessmentDate: '2026-07-10' }),
            visit(13, 103, 'Xã Ngọk Wang', 3, 'Đoàn kiểm tra số 1', { date: '2026-07-16' }),
          ],
          warnings: [doubleBooked],
        }),
    });
    renderRoute('/inspections/:id', <InspectionPage />, '/inspections/7?tab=schedule');
    const alert = await screen.findByRole('alert', { name: 'Lịch kiểm tra có 1 điểm cần xem lại' });
    expect(alert).toHaveTextContent(doubleBooked.message);
    const table = screen.getByRole('table', { name: 'Lịch kiểm tra' });
    const row = (unit: string) =>
      within(table)
        .getByRole('link', { name: `Mở biên bản kiểm tra ${unit}` })
        .closest('tr') as HTMLElement;
    expect(within(row('Xã Đắk Mar')).getByLabelText(doubleBooked.message)).toHaveTextContent('Trùng lịch thành viên');
    expect(within(row('Xã Hà Mòn')).getByLabelText(doubleBooked.message)).toBeInTheDocument();
    expect(row('Xã Ngọk Wang')).not.toHaveTextContent('Trùng lịch thành viên');
    expect(row('Xã Hà Mòn')).toHaveTextContent('Đã nhận 10/07/2026');
    expect(row('Xã Ngọk Wang')).toHaveTextContent('16/07/2026');
    expect(row('Xã Ngọk Wang')).toHaveTextContent('Chưa nhận');
  });

  it('adds a unit and says the warnings the save raised in its notification', async () => {
    let detail = round({ visits: [visit(11, 101, 'Xã Đắk Mar', 3, 'Đoàn kiểm tra số 1')] });
    const calls = fakeBackend({
      'inspections.get': () => detail,
      'units.search': () => [
        {
          id: 102,
          code: '23521',
          name: 'Xã Hà Mòn',
          kind: 'commune',
          adminType: 'Xã',
          parentId: 5,
          archived: false,
          version: 1,
          parentName: 'Huyện Đắk Hà',
          districtId: 5,
          districtName: 'Huyện Đắk Hà',
          childCount: 0,
        } as never,
      ],
      'inspections.addVisit': () => {
        detail = round({ visits: [...detail.visits, visit(12, 102, 'Xã Hà Mòn', 4, 'Đoàn kiểm tra số 2')], warnings: [doubleBooked] });
        return { ...detail.visits[1], warnings: [doubleBooked] } as unknown as VisitWithWarnings;
      },
    });
    const user = renderRoute('/inspections/:id', <InspectionPage />, '/inspections/7?tab=schedule');
    await user.click(await screen.findByRole('button', { name: 'Thêm đơn vị' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm đơn vị vào lịch kiểm tra' });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Chọn đơn vị được kiểm tra')).toBeInTheDocument();
    expect(within(dialog).getByText('Chọn ngày kiểm tra')).toBeInTheDocument();

    const unit = within(dialog).getByRole('combobox', { name: /Đơn vị được kiểm tra/ });
    await user.click(unit);
    await user.type(unit, 'ha mon');
    await user.click(await screen.findByRole('option', { name: /^Xã Hà Mòn/, hidden: true }));
    expect(within(dialog).getByRole('textbox', { name: 'Địa điểm' })).toHaveValue('Xã Hà Mòn');
    await user.type(within(dialog).getByRole('textbox', { name: /Ngày kiểm tra/ }), '15/07/2026');
    await user.click(within(dialog).getByRole('combobox', { name: 'Đoàn kiểm tra' }));
    await user.click(await screen.findByRole('option', { name: 'Đoàn kiểm tra số 2', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'inspections.addVisit')).toBe(true));
    expect(calls.find((c) => c.channel === 'inspections.addVisit')?.input).toEqual({
      inspectionId: 7,
      unitId: 102,
      date: '2026-07-15',
      teamId: 4,
      place: 'Xã Hà Mòn',
    });
    expect(await screen.findByText('Đã lưu, nhưng lịch có điểm cần xem lại')).toBeInTheDocument();
    expect(screen.getByText(`Đã thêm Xã Hà Mòn vào lịch kiểm tra. ${doubleBooked.message}`)).toBeInTheDocument();
    expect(await screen.findByRole('alert', { name: 'Lịch kiểm tra có 1 điểm cần xem lại' })).toBeInTheDocument();
  });

  it('records the self-assessment received and the unit representatives at the version read', async () => {
    const calls = fakeBackend({
      'inspections.get': () => round({ visits: [visit(12, 102, 'Xã Hà Mòn', 4, 'Đoàn kiểm tra số 2', { version: 4 })] }),
      'attachments.list': () => [],
      'inspections.updateVisit': () =>
        ({ ...visit(12, 102, 'Xã Hà Mòn', 4, 'Đoàn kiểm tra số 2'), warnings: [] }) as unknown as VisitWithWarnings,
    });
    const user = renderRoute('/inspections/:id', <InspectionPage />, '/inspections/7?tab=schedule');
    await user.click(await screen.findByRole('button', { name: 'Sửa lịch kiểm tra Xã Hà Mòn' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lịch kiểm tra: Xã Hà Mòn' });
    await user.type(within(dialog).getByRole('textbox', { name: /Ngày nhận báo cáo tự kiểm tra/ }), '31/02/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Ngày không hợp lệ')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'inspections.updateVisit')).toBe(false);

    const received = within(dialog).getByRole('textbox', { name: /Ngày nhận báo cáo tự kiểm tra/ });
    await user.clear(received);
    await user.type(received, '10/07/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm người dự' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Chức vụ (1)' }), 'Chủ tịch UBND xã');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Họ và tên không được để trống')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Họ và tên (1)' }), 'Y Đức');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'inspections.updateVisit')).toBe(true));
    expect(calls.find((c) => c.channel === 'inspections.updateVisit')?.input).toEqual({
      id: 12,
      version: 4,
      date: '2026-07-15',
      teamId: 4,
      place: '',
      selfAssessmentDate: '2026-07-10',
      unitRepresentatives: [{ fullName: 'Y Đức', position: 'Chủ tịch UBND xã' }],
    });
  });
});

describe('round page', () => {
  it('prints the plan and the report of the round through their templates', async () => {
    const calls = fakeBackend({
      'inspections.get': () => round(),
      'documents.preview': () => {
        throw new AppError('NOT_FOUND', 'Chưa có mẫu văn bản này.');
      },
    });
    const user = renderRoute('/inspections/:id', <InspectionPage />, '/inspections/7');
    await user.click(await screen.findByRole('button', { name: 'In kế hoạch kiểm tra' }));
    await waitFor(() => expect(calls.filter((c) => c.channel === 'documents.preview')).toHaveLength(1));
    expect(calls.find((c) => c.channel === 'documents.preview')?.input).toEqual({
      template: 'inspection-plan',
      params: { inspectionId: 7 },
    });
    expect(await screen.findByText('Chưa có mẫu văn bản này.')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByText('Chưa có mẫu văn bản này.')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'In báo cáo kết quả' }));
    await waitFor(() => expect(calls.filter((c) => c.channel === 'documents.preview')).toHaveLength(2));
    expect(calls.filter((c) => c.channel === 'documents.preview')[1].input).toEqual({
      template: 'inspection-report',
      params: { inspectionId: 7 },
    });
  });
});

describe('checklist template', () => {
  const template: ChecklistTemplate = {
    id: 1,
    code: 'default',
    revision: 1,
    title: 'Kiểm tra việc tổ chức phong trào thi đua',
    locked: true,
    sections: [
      {
        id: 1,
        ordinal: 1,
        code: 'I',
        title: 'Việc tổ chức thực hiện phong trào thi đua',
        items: [
          { id: 1, sectionId: 1, ordinal: 1, code: 'I.1', text: 'Ban hành kế hoạch', required: true, maxPoints: 10, appliesTo: 'all' },
          { id: 2, sectionId: 1, ordinal: 2, code: 'I.2', text: 'Tuyên truyền', required: false, maxPoints: null, appliesTo: 'commune' },
        ],
      },
    ],
    bands: [
      { id: 1, ordinal: 1, label: 'Tốt', minPoints: 8 },
      { id: 2, ordinal: 2, label: 'Khá', minPoints: 5 },
    ],
    version: 2,
  };

  it('says a used template is revised, refuses two bands with the same minimum, and sends points and flags', async () => {
    const calls = fakeBackend({
      'inspections.template': () => template,
      'inspections.updateTemplate': () => ({ ...template, id: 2, revision: 2, locked: false, version: 1 }),
    });
    const user = renderRoute('/inspections/template', <TemplatePage />, '/inspections/template');
    expect(await screen.findByText('Mẫu này đã được dùng để kiểm tra')).toBeInTheDocument();
    expect(screen.getByText(/thay đổi được ghi thành lần sửa đổi mới/)).toBeInTheDocument();
    expect(screen.getByText('Tổng điểm tối đa: 10')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Mục I.2 bắt buộc' }));
    await user.type(screen.getByRole('textbox', { name: 'Điểm tối đa mục I.2' }), '5');
    expect(screen.getByText('Tổng điểm tối đa: 15')).toBeInTheDocument();
    const min2 = screen.getByRole('textbox', { name: 'Điểm tối thiểu mức 2' });
    await user.clear(min2);
    await user.type(min2, '8');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Hai mức xếp loại trùng tên hoặc trùng điểm tối thiểu')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'inspections.updateTemplate')).toBe(false);

    await user.clear(min2);
    await user.type(min2, '6');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'inspections.updateTemplate')).toBe(true));
    expect(calls.find((c) => c.channel === 'inspections.updateTemplate')?.input).toEqual({
      id: 1,
      version: 2,
      title: template.title,
      items: [
        { itemId: 1, required: true, maxPoints: 10 },
        { itemId: 2, required: true, maxPoints: 5 },
      ],
      bands: [
        { label: 'Tốt', minPoints: 8 },
        { label: 'Khá', minPoints: 6 },
      ],
    });
    expect(await screen.findByText('Đã lưu mẫu nội dung kiểm tra (lần sửa đổi 2).')).toBeInTheDocument();
  });
});
