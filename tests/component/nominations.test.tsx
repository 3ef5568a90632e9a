import type { NomineeCreated } from '@shared/contract/nominees';
import type { Award, ImportPreview, NominationDetail, Nominee, NomineeKind } from '@shared/domain/nominations';
import { AppError } from '@shared/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';

import { NominationPage } from '../../renderer/src/features/nominations/NominationPage';
import { NominationsPage } from '../../renderer/src/features/nominations/NominationsPage';
import { RoundPage } from '../../renderer/src/features/nominations/RoundPage';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';

afterEach(resetBackend);

function award(code: string, name: string, nomineeKinds: NomineeKind[]): Award {
  return {
    id: code.length,
    code,
    name,
    category: 'form',
    level: 'province',
    authority: 'Chủ tịch UBND tỉnh',
    nomineeKinds,
    commendationKinds: ['merit'],
    legalBasis: 'Luật Thi đua, khen thưởng 2022',
    documents: [],
    voteRules: [],
    rules: [],
    note: '',
    version: 1,
  };
}
const catalogue = [
  award('BK_TINH', 'Bằng khen của Chủ tịch UBND tỉnh', ['individual', 'collective', 'household']),
  award('CSTD_CS', 'Chiến sĩ thi đua cơ sở', ['individual']),
  award('TT_LDXS', 'Tập thể lao động xuất sắc', ['collective']),
];

const round = {
  id: 5,
  name: 'Khen thưởng công trạng năm 2026',
  year: 2026,
  commendationKind: 'merit' as const,
  movementId: null,
  movementName: null,
  deadline: '2026-10-31',
  status: 'open' as const,
  note: '',
  nominationCount: 0,
  version: 1,
};

function nominee(id: number, name: string, extra: Partial<Nominee> = {}): Nominee {
  return {
    id,
    kind: 'individual',
    name,
    formOfAddress: '',
    gender: 'male',
    birthDate: null,
    birthYear: 1975,
    ethnicity: '',
    position: 'Chủ tịch UBND xã',
    workplace: 'UBND xã Đắk Mar',
    classification: '',
    unitId: null,
    unitName: null,
    village: '',
    commune: '',
    version: 1,
    ...extra,
  };
}

function dossier(extra: Partial<NominationDetail> = {}): NominationDetail {
  const an = nominee(3, 'Nguyễn Văn An');
  return {
    id: 9,
    roundId: 5,
    nomineeId: 3,
    nomineeKind: 'individual',
    nomineeName: an.name,
    awardCode: 'BK_TINH',
    awardName: 'Bằng khen của Chủ tịch UBND tỉnh',
    proposingUnitId: 20,
    proposingUnitName: 'Xã Đắk Mar',
    summary: 'Vận động nhân dân hiến đất.',
    status: 'received',
    receivedOn: '2026-10-01',
    eligibility: 'not-eligible',
    flags: ['Xã Đắk Mar còn 1 kiến nghị sau kiểm tra quá hạn'],
    landM2: 1200,
    moneyVnd: null,
    workdays: null,
    version: 4,
    nominee: an,
    transitions: [
      { from: null, to: 'draft', reason: '', at: '2026-09-30T08:00:00.000Z', operator: 'Cán bộ văn thư' },
      { from: 'draft', to: 'received', reason: '', at: '2026-10-01T08:00:00.000Z', operator: 'Cán bộ văn thư' },
    ],
    dossier: [
      {
        code: 'to-trinh',
        label: 'Tờ trình đề nghị khen thưởng',
        required: true,
        isDefault: false,
        received: false,
        attachmentId: null,
        attachmentName: null,
      },
    ],
    eligibilityReasons: ['Chưa đủ 2 năm liên tục Chiến sĩ thi đua cơ sở (có: 2025)'],
    ...extra,
  };
}

function renderRoute(path: string, element: React.ReactElement, route: string) {
  renderInApp(
    <Routes>
      <Route path={path} element={element} />
      <Route path="*" element={<p>Trang khác</p>} />
    </Routes>,
    route,
  );
  return userEvent.setup();
}

/** The options of one combobox (other pickers' lists may stay in the document, hidden). */
async function optionOf(combobox: HTMLElement, name: string | RegExp): Promise<HTMLElement> {
  await waitFor(() => expect(combobox.getAttribute('aria-controls')).toBeTruthy());
  const listbox = document.getElementById(combobox.getAttribute('aria-controls') ?? '') as HTMLElement;
  return within(listbox).findByRole('option', { name, hidden: true });
}

describe('rounds', () => {
  it('refuses a round without a name or deadline, then creates it with what was typed', async () => {
    const calls = fakeBackend({
      'rounds.list': () => [],
      'movements.list': () => [],
      'rounds.create': (input) => ({ ...round, ...input, movementName: null }),
    });
    const user = renderRoute('/nominations', <NominationsPage />, '/nominations');
    expect(await screen.findByText(/chưa có đợt xét nào/u)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tạo đợt xét' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tạo đợt xét khen thưởng' });
    await user.click(await within(dialog).findByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Tên đợt xét không được để trống')).toBeInTheDocument();
    expect(within(dialog).getByText('Nhập hạn nộp hồ sơ')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'rounds.create')).toBe(false);

    await user.type(within(dialog).getByRole('textbox', { name: /Tên đợt xét/u }), 'Khen thưởng công trạng năm 2026');
    await user.type(within(dialog).getByRole('textbox', { name: /Hạn nộp hồ sơ/u }), '31/10/2026');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'rounds.create')).toBe(true));
    expect(calls.find((c) => c.channel === 'rounds.create')?.input).toEqual({
      name: 'Khen thưởng công trạng năm 2026',
      year: new Date().getFullYear(),
      commendationKind: 'merit',
      movementId: null,
      deadline: '2026-10-31',
      note: '',
    });
    expect(await screen.findByText('Trang khác')).toBeInTheDocument();
  });
});

describe('adding a dossier', () => {
  it('offers only the forms of the nominee kind, shows the duplicates of a new nominee and lets one of them be used', async () => {
    const existing = nominee(3, 'Nguyễn Văn An');
    const calls = fakeBackend({
      'rounds.list': () => [round],
      'awards.catalogue': () => catalogue,
      'nominations.list': () => ({ rows: [], total: 0 }),
      'nominees.create': (input): NomineeCreated => ({
        ...nominee(8, input.name),
        history: [],
        possibleDuplicates: [existing],
        duplicateWarning: true,
      }),
    });
    const user = renderRoute('/nominations/rounds/:id', <RoundPage />, '/nominations/rounds/5');
    await user.click(await screen.findByRole('button', { name: 'Thêm hồ sơ' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm hồ sơ đề nghị khen thưởng' });

    const awardBox = within(dialog).getByRole('combobox', { name: /Hình thức khen thưởng/u });
    await user.click(awardBox);
    expect(await optionOf(awardBox, 'Chiến sĩ thi đua cơ sở')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'Tập thể' }));
    await user.click(awardBox);
    expect(await optionOf(awardBox, 'Tập thể lao động xuất sắc')).toBeInTheDocument();
    const listbox = document.getElementById(awardBox.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(within(listbox).queryByRole('option', { name: 'Chiến sĩ thi đua cơ sở', hidden: true })).toBeNull();
    await user.click(within(dialog).getByRole('radio', { name: 'Cá nhân' }));

    // A new nominee: saved, and the register's look-alike shown with a way to use it instead.
    await user.click(within(dialog).getByRole('button', { name: 'Thêm đối tượng mới' }));
    const create = await screen.findByRole('dialog', { name: 'Thêm đối tượng mới: cá nhân' });
    await user.type(within(create).getByRole('textbox', { name: /Họ và tên/u }), 'Nguyen Van An');
    await user.click(within(create).getByRole('button', { name: 'Lưu đối tượng' }));
    await waitFor(() => expect(create).not.toBeInTheDocument());
    expect(calls.find((c) => c.channel === 'nominees.create')?.input).toMatchObject({ kind: 'individual', name: 'Nguyen Van An' });
    const warning = await within(dialog).findByRole('alert', { name: 'Có thể trùng với đối tượng đã có' });
    expect(warning).toHaveTextContent('Nguyễn Văn An');
    expect(warning).toHaveTextContent('1975');
    expect(within(dialog).getByRole('combobox', { name: /Đối tượng được đề nghị/u })).toHaveValue('Nguyen Van An');
    await user.click(within(warning).getByRole('button', { name: 'Dùng đối tượng này' }));
    expect(within(dialog).getByRole('combobox', { name: /Đối tượng được đề nghị/u })).toHaveValue('Nguyễn Văn An');

    // Nothing sent while the form and unit are missing.
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Chọn hình thức khen thưởng')).toBeInTheDocument();
    expect(within(dialog).getByText('Chọn đơn vị đề nghị')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'nominations.create')).toBe(false);
  });
});

describe('dossier page', () => {
  it('asks for the reason before returning a dossier, sends it at the version read, and shows eligibility with its basis and the flags', async () => {
    const calls = fakeBackend({
      'nominations.get': () => dossier(),
      'nominations.eligibility': () => ({
        id: 9,
        version: 4,
        status: 'not-eligible',
        reasons: ['Chưa đủ 2 năm liên tục Chiến sĩ thi đua cơ sở (có: 2025)'],
        legalBasis: 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP',
      }),
      'attachments.list': () => [],
      'rounds.list': () => [round],
      'nominations.transition': (input) => dossier({ status: input.to, version: 5 }),
    });
    const user = renderRoute('/nominations/:id', <NominationPage />, '/nominations/9');
    const eligibility = await screen.findByRole('region', { name: 'Điều kiện khen thưởng' });
    await waitFor(() => expect(eligibility).toHaveTextContent('Căn cứ: Luật Thi đua, khen thưởng số 06/2022/QH15'));
    expect(eligibility).toHaveTextContent('Chưa đủ 2 năm liên tục Chiến sĩ thi đua cơ sở (có: 2025)');
    expect(screen.getByText('Xã Đắk Mar còn 1 kiến nghị sau kiểm tra quá hạn')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Khen thưởng công trạng năm 2026' })).toHaveAttribute('href', '/nominations/rounds/5');
    // Đủ hồ sơ and Cần bổ sung are the moves from Đã tiếp nhận.
    expect(screen.getByRole('button', { name: 'Đủ hồ sơ' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Cần bổ sung' }));
    const ask = await screen.findByRole('dialog', { name: 'Trả hồ sơ để bổ sung' });
    await user.click(within(ask).getByRole('button', { name: 'Trả hồ sơ' }));
    expect(await within(ask).findByText('Nhập lý do cần bổ sung')).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'nominations.transition')).toBe(false);
    await user.type(within(ask).getByRole('textbox', { name: /Lý do cần bổ sung/u }), 'Thiếu biên bản họp xét.');
    await user.click(within(ask).getByRole('button', { name: 'Trả hồ sơ' }));
    await waitFor(() => expect(ask).not.toBeInTheDocument());
    expect(calls.find((c) => c.channel === 'nominations.transition')?.input).toEqual({
      id: 9,
      to: 'needs-supplement',
      reason: 'Thiếu biên bản họp xét.',
      version: 4,
    });
  });
});

describe('correcting a dossier at intake', () => {
  it('edits the summary and a contribution figure at the version read, keeping the nominee and the proposing unit', async () => {
    const calls = fakeBackend({
      'nominations.get': () => dossier(),
      'nominations.eligibility': () => ({ id: 9, version: 4, status: 'unknown', reasons: [], legalBasis: '' }),
      'attachments.list': () => [],
      'rounds.list': () => [round],
      'awards.catalogue': () => catalogue,
      'nominations.update': (input) => dossier({ summary: String(input.summary), version: 5 }),
    });
    const user = renderRoute('/nominations/:id', <NominationPage />, '/nominations/9');
    await user.click(await screen.findByRole('button', { name: 'Sửa hồ sơ' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa hồ sơ đề nghị' });
    const summary = within(dialog).getByRole('textbox', { name: 'Tóm tắt thành tích' });
    await user.clear(summary);
    await user.type(summary, 'Hiến 500 m² đất làm đường liên thôn.');
    const land = within(dialog).getByRole('textbox', { name: 'Đất hiến (m²)' });
    await user.clear(land);
    await user.type(land, '500');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    const sent = calls.find((c) => c.channel === 'nominations.update')?.input as Record<string, unknown>;
    expect(sent).toMatchObject({ id: 9, version: 4, summary: 'Hiến 500 m² đất làm đường liên thôn.', landM2: 500 });
    expect(sent.proposingUnitId).toBe(dossier().proposingUnitId);
    expect(sent.awardCode).toBe(dossier().awardCode);
  });
});

describe('importing a list', () => {
  const row = (rowNumber: number, name: string, awardCode: string, errors: string[] = []) => ({
    rowNumber,
    nomineeKind: 'individual' as const,
    name,
    awardCode,
    gender: null,
    birthYear: null,
    birthDate: null,
    position: '',
    workplace: '',
    classification: '',
    errors,
  });
  const preview = (mapped: boolean): ImportPreview => ({
    sheets: ['Hướng dẫn', 'Danh sách'],
    sheet: 'Danh sách',
    headerRow: 4,
    columns: { name: 'Họ và tên', award: 'Hình thức khen thưởng' },
    rows: [
      row(5, 'Nguyễn Văn An', 'BK_TINH'),
      mapped ? row(6, 'Y Thị Hoa', 'CSTD_CS') : row(6, 'Y Thị Hoa', '', ['Không nhận ra hình thức khen thưởng "CSTĐ cơ sở"']),
    ],
    unknownAwards: mapped ? [] : ['CSTĐ cơ sở'],
  });
  const dakMar = {
    id: 20,
    code: '23500',
    name: 'Xã Đắk Mar',
    kind: 'commune',
    adminType: 'Xã',
    parentId: 5,
    archived: false,
    version: 1,
    parentName: 'Huyện Đắk Hà',
    districtId: 5,
    districtName: 'Huyện Đắk Hà',
    childCount: 0,
  } as never;

  it('maps an unknown form, needs the proposing unit, shows the all-or-nothing refusal and sends the mapping with the list', async () => {
    let refuse = true;
    const calls = fakeBackend({
      'rounds.list': () => [round],
      'awards.catalogue': () => catalogue,
      'nominations.list': () => ({ rows: [], total: 0 }),
      'units.search': () => [dakMar],
      'nominations.importPreview': (input) => preview(Boolean(input.awardMap)),
      'nominations.importCommit': () => {
        if (refuse) {
          refuse = false;
          throw new AppError('VALIDATION', 'Còn 1 dòng có lỗi; hãy sửa tệp rồi nhập lại. Chưa có dòng nào được ghi.');
        }
        return { created: 2, nominees: 1 };
      },
    });
    const user = renderRoute('/nominations/rounds/:id', <RoundPage />, '/nominations/rounds/5');
    await user.click(await screen.findByRole('button', { name: 'Nhập từ Excel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nhập danh sách đề nghị từ Excel' });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('Không thấy ô chọn tệp');
    await userEvent.upload(input, new File([new Uint8Array([80, 75, 3, 4])], 'de-nghi.xlsx'));
    expect(await within(dialog).findByText('2 dòng, 1 dòng có lỗi. Sửa lỗi trước khi nhập.')).toBeInTheDocument();
    expect(within(dialog).getByText(/Dòng tiêu đề: dòng 4 của trang "Danh sách"/u)).toBeInTheDocument();
    const commit = within(dialog).getByRole('button', { name: 'Nhập danh sách' });
    expect(commit).toBeDisabled();

    const mapping = within(dialog).getByRole('combobox', { name: '"CSTĐ cơ sở" là hình thức nào?' });
    await user.click(mapping);
    await user.click(await optionOf(mapping, 'Chiến sĩ thi đua cơ sở'));
    expect(await within(dialog).findByText('2 dòng, không có lỗi.')).toBeInTheDocument();
    expect(calls.filter((c) => c.channel === 'nominations.importPreview').at(-1)?.input).toMatchObject({
      roundId: 5,
      sheet: 'Danh sách',
      awardMap: { 'CSTĐ cơ sở': 'CSTD_CS' },
    });
    expect(commit).toBeDisabled();

    const unit = within(dialog).getByRole('combobox', { name: /Đơn vị đề nghị \(đơn vị gửi danh sách\)/u });
    await user.click(unit);
    await user.type(unit, 'dak mar');
    await user.click(await optionOf(unit, /^Xã Đắk Mar/u));
    await waitFor(() => expect(commit).toBeEnabled());
    await user.click(commit);
    expect(await within(dialog).findByText('Còn 1 dòng có lỗi; hãy sửa tệp rồi nhập lại. Chưa có dòng nào được ghi.')).toBeInTheDocument();
    await user.click(commit);
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(await screen.findByText('Đã nhập 2 hồ sơ (1 đối tượng mới).')).toBeInTheDocument();
    expect(calls.filter((c) => c.channel === 'nominations.importCommit').at(-1)?.input).toMatchObject({
      roundId: 5,
      sheet: 'Danh sách',
      proposingUnitId: 20,
      awardMap: { 'CSTĐ cơ sở': 'CSTD_CS' },
    });
  });
});
