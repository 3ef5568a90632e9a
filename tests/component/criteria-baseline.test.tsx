import type { EthnicFlagImport, EthnicFlagList, Recognition, RecognitionGrid, RecognitionGridRow } from '@shared/domain/criteria';
import { AppError } from '@shared/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { CriteriaPage } from '../../renderer/src/features/criteria/CriteriaPage';
import { fakeBackend, renderInApp, resetBackend } from '../support/render';
import { listItem, unitPages } from '../support/unit-fixtures';

afterEach(resetBackend);

const dakHa = listItem({ id: 10, name: 'Huyện Đắk Hà', kind: 'district', adminType: 'Huyện' });

function recognition(unitId: number, name: string, extra: Partial<Recognition> = {}): Recognition {
  return {
    id: unitId * 10,
    unitId,
    year: 2022,
    level: 'ntm',
    decision: { number: '50/QĐ-UBND', date: '2022-05-10', signerAuthority: '' },
    unitNameAt: name,
    districtNameAt: 'Huyện Đắk Hà',
    note: '',
    version: 4,
    ...extra,
  };
}

function row(unitId: number, name: string, extra: Partial<RecognitionGridRow> = {}): RecognitionGridRow {
  return {
    unitId,
    code: String(unitId),
    name,
    heldBefore: 'none',
    heldBeforeYear: null,
    recognition: null,
    count: null,
    criteriaTotal: null,
    ...extra,
  };
}

const rows = (): RecognitionGridRow[] => [
  row(21, 'Xã Đắk Mar', { count: 19, criteriaTotal: 19 }),
  row(22, 'Xã Đắk Hring', { count: 17, criteriaTotal: 19 }),
  row(23, 'Xã Ngọk Wang', { recognition: recognition(23, 'Xã Ngọk Wang') }),
  row(24, 'Xã Hà Mòn', { heldBefore: 'ntm', heldBeforeYear: 2020 }),
];

const gridOf = (list: RecognitionGridRow[]): RecognitionGrid => ({ district: { id: 10, name: 'Huyện Đắk Hà' }, year: 2022, rows: list });

async function openRecognitions(extra: Parameters<typeof fakeBackend>[0] = {}) {
  const calls = fakeBackend({
    'units.list': unitPages([dakHa]),
    'recognitions.forDistrictYear': () => gridOf(rows()),
    // Main answers the decisions it changed (null: removed); the screen keeps the other rows as loaded.
    'recognitions.setDistrictYear': (input) => ({
      district: { id: 10, name: 'Huyện Đắk Hà' },
      year: 2022,
      saved: input.rows.map((sent) => ({
        unitId: sent.unitId,
        recognition:
          sent.level === null
            ? null
            : recognition(sent.unitId, `Xã ${sent.unitId}`, {
                level: sent.level,
                decision: {
                  number: sent.decision?.number ?? '',
                  date: sent.decision?.date ?? null,
                  signerAuthority: sent.decision?.signerAuthority ?? '',
                },
                version: (sent.version ?? 0) + 1,
              }),
      })),
    }),
    ...extra,
  });
  renderInApp(<CriteriaPage />, '/criteria?district=10&year=2022&tab=recognitions');
  const table = await screen.findByRole('table', { name: 'Mức công nhận năm 2022 - Huyện Đắk Hà' });
  return { calls, table };
}

const levelOf = (name: string) => screen.getByRole('combobox', { name: `Mức công nhận năm 2022 của ${name}` });

describe('bulk entry of past recognitions', () => {
  it('applies one decision to the selected communes, removes one, and saves only the changes in one call', async () => {
    const { calls, table } = await openRecognitions();
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(levelOf('Xã Ngọk Wang')).toHaveValue('ntm');
    expect(within(table).getByText('Số 50/QĐ-UBND ngày 10/05/2022')).toBeInTheDocument();
    expect(within(within(table).getByRole('row', { name: /Xã Hà Mòn/ })).getByText('Đạt chuẩn NTM (2020)')).toBeInTheDocument();
    expect(within(within(table).getByRole('row', { name: /Xã Đắk Mar/ })).getByText('Chưa có quyết định')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Chọn Xã Đắk Mar' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Chọn Xã Hà Mòn' }));
    await userEvent.type(screen.getByLabelText('Số quyết định'), '1234/QĐ-UBND');
    await userEvent.type(screen.getByLabelText('Thẩm quyền ký'), 'Chủ tịch UBND tỉnh');
    await userEvent.click(screen.getByRole('button', { name: 'Áp dụng cho 2 xã đã chọn' }));
    expect(levelOf('Xã Đắk Mar')).toHaveValue('ntm');
    expect(levelOf('Xã Hà Mòn')).toHaveValue('ntm');
    expect(levelOf('Xã Đắk Hring')).toHaveValue('');
    expect(within(table).getAllByText('Số 1234/QĐ-UBND (Chủ tịch UBND tỉnh)')).toHaveLength(2);

    await userEvent.selectOptions(levelOf('Xã Ngọk Wang'), 'Không có quyết định năm này');
    expect(screen.getByText('3 xã có thay đổi chưa lưu')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await screen.findByText('Đã lưu mức công nhận năm 2022 của 3 xã thuộc Huyện Đắk Hà');
    const decision = { number: '1234/QĐ-UBND', date: null, signerAuthority: 'Chủ tịch UBND tỉnh' };
    expect(calls.filter((c) => c.channel === 'recognitions.setDistrictYear').map((c) => c.input)).toEqual([
      {
        districtId: 10,
        year: 2022,
        rows: [
          { unitId: 21, level: 'ntm', decision, version: null },
          { unitId: 23, level: null, version: 4 },
          { unitId: 24, level: 'ntm', decision, version: null },
        ],
      },
    ]);
    // The saved decisions are shown in place, nothing left unsaved.
    expect(screen.queryByText('3 xã có thay đổi chưa lưu')).not.toBeInTheDocument();
    expect(levelOf('Xã Ngọk Wang')).toHaveValue('');
    expect(levelOf('Xã Đắk Mar')).toHaveValue('ntm');
    expect(levelOf('Xã Đắk Hring')).toHaveValue('');
    expect(within(table).getAllByText('Số 1234/QĐ-UBND (Chủ tịch UBND tỉnh)')).toHaveLength(2);
  });

  it('warns about unlikely levels before saving and saves only after "Vẫn lưu"', async () => {
    const { calls } = await openRecognitions();
    await userEvent.selectOptions(levelOf('Xã Đắk Hring'), 'ntm');
    await userEvent.selectOptions(levelOf('Xã Đắk Mar'), 'ntm-advanced');
    expect(screen.getByText('Mới đạt 17/19 tiêu chí năm này.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    const dialog = await screen.findByRole('dialog', { name: 'Một số mức công nhận có vẻ chưa hợp lý' });
    expect(within(dialog).getByText('Xã Đắk Hring: Mới đạt 17/19 tiêu chí năm này.')).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'Xã Đắk Mar: Mức "Đạt chuẩn nông thôn mới nâng cao" nhưng chưa có quyết định "Đạt chuẩn nông thôn mới" năm trước đó.',
      ),
    ).toBeInTheDocument();
    expect(calls.some((c) => c.channel === 'recognitions.setDistrictYear')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Vẫn lưu' }));
    await waitFor(() => expect(calls.filter((c) => c.channel === 'recognitions.setDistrictYear')).toHaveLength(1));
  });

  it('keeps the edits and offers a reload when someone else saved first', async () => {
    await openRecognitions({
      'recognitions.setDistrictYear': () => {
        throw new AppError('CONFLICT', 'Kết quả công nhận năm 2022 của "Xã Ngọk Wang" vừa được thay đổi ở nơi khác. Hãy tải lại.');
      },
    });
    await userEvent.selectOptions(levelOf('Xã Ngọk Wang'), 'ntm-advanced');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Vẫn lưu' }));
    expect(await screen.findByText(/vừa được thay đổi ở nơi khác/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải lại' })).toBeInTheDocument();
    expect(levelOf('Xã Ngọk Wang')).toHaveValue('ntm-advanced');
  });
});

describe('bulk entry of the ethnic-minority-area flag', () => {
  const list = (): EthnicFlagList => ({
    district: { id: 10, name: 'Huyện Đắk Hà' },
    rows: [
      {
        unitId: 21,
        code: '21',
        name: 'Xã Đắk Mar',
        kind: 'commune',
        adminType: 'Xã',
        communeName: null,
        ethnicMinorityArea: false,
        version: 2,
      },
      {
        unitId: 31,
        code: null,
        name: 'Thôn 1',
        kind: 'village',
        adminType: 'Thôn',
        communeName: 'Xã Đắk Mar',
        ethnicMinorityArea: true,
        version: 5,
      },
      {
        unitId: 32,
        code: null,
        name: 'Thôn Kon Gung',
        kind: 'village',
        adminType: 'Thôn',
        communeName: 'Xã Đắk Mar',
        ethnicMinorityArea: false,
        version: 1,
      },
    ],
  });

  it('ticks several units, saves only the changes with their versions', async () => {
    const calls = fakeBackend({
      'units.list': unitPages([dakHa]),
      'baseline.ethnicFlags': () => list(),
      'baseline.setEthnicFlags': () => list(),
    });
    renderInApp(<CriteriaPage />, '/criteria?district=10&tab=ethnic');
    await screen.findByRole('table', { name: 'Vùng đồng bào dân tộc thiểu số - Huyện Đắk Hà' });
    expect(screen.queryByRole('combobox', { name: 'Năm' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Thôn 1 thuộc vùng đồng bào DTTS' })).toBeChecked();

    await userEvent.click(screen.getByRole('radio', { name: 'Thôn, làng' }));
    await userEvent.click(screen.getByRole('button', { name: 'Đánh dấu tất cả đang hiển thị' }));
    expect(screen.queryByRole('checkbox', { name: 'Xã Đắk Mar thuộc vùng đồng bào DTTS' })).not.toBeInTheDocument();
    expect(screen.getByText('1 đơn vị có thay đổi chưa lưu')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Tất cả' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Xã Đắk Mar thuộc vùng đồng bào DTTS' }));
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await screen.findByText('Đã lưu vùng đồng bào DTTS của 2 đơn vị');
    expect(calls.filter((c) => c.channel === 'baseline.setEthnicFlags').map((c) => c.input)).toEqual([
      {
        districtId: 10,
        changes: [
          { unitId: 21, ethnicMinorityArea: true, version: 2 },
          { unitId: 32, ethnicMinorityArea: true, version: 1 },
        ],
      },
    ]);
  });

  it('ticks the units an XLSX list names, for review before saving; a list with bad rows ticks none', async () => {
    let answer: EthnicFlagImport = {
      rows: [{ rowNumber: 3, name: 'Thôn Kon Gung', unitId: 32, ethnicMinorityArea: true, errors: [] }],
      errorCount: 0,
    };
    const calls = fakeBackend({
      'units.list': unitPages([dakHa]),
      'baseline.ethnicFlags': () => list(),
      'baseline.readEthnicList': () => answer,
    });
    renderInApp(<CriteriaPage />, '/criteria?district=10&tab=ethnic');
    await screen.findByRole('table', { name: 'Vùng đồng bào dân tộc thiểu số - Huyện Đắk Hà' });
    const input = () => document.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input(), new File([new Uint8Array([80, 75, 3, 4])], 'vung-dtts.xlsx'));

    expect(await screen.findByText(/Đã đánh dấu theo tệp \(1 dòng, 1 đơn vị thay đổi\)/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Thôn Kon Gung thuộc vùng đồng bào DTTS' })).toBeChecked();
    expect(screen.getByText('1 đơn vị có thay đổi chưa lưu')).toBeInTheDocument();
    expect(calls.filter((c) => c.channel === 'baseline.readEthnicList').map((c) => c.input)).toEqual([
      { districtId: 10, base64: btoa(String.fromCharCode(80, 75, 3, 4)) },
    ]);
    expect(calls.some((c) => c.channel === 'baseline.setEthnicFlags')).toBe(false);

    answer = {
      rows: [
        { rowNumber: 3, name: 'Xã Đắk Mar', unitId: 21, ethnicMinorityArea: true, errors: [] },
        {
          rowNumber: 4,
          name: 'Thôn 9',
          unitId: null,
          ethnicMinorityArea: true,
          errors: ['Dòng 4: không tìm thấy xã, thôn "Thôn 9" trong huyện đã chọn.'],
        },
      ],
      errorCount: 1,
    };
    await userEvent.upload(input(), new File([new Uint8Array([80, 75, 3, 4, 5])], 'vung-dtts-2.xlsx'));
    expect(await screen.findByText('Dòng 4: không tìm thấy xã, thôn "Thôn 9" trong huyện đã chọn.')).toBeInTheDocument();
    expect(screen.getByText(/Tệp có 1 dòng lỗi nên chưa đánh dấu đơn vị nào/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Xã Đắk Mar thuộc vùng đồng bào DTTS' })).not.toBeChecked();
  });
});
