import { Table, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AppError } from '@shared/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ApiError } from '../../renderer/src/api/client';
import { FormModal } from '../../renderer/src/components/FormModal';
import { ListSection } from '../../renderer/src/components/ListSection';
import { SaveForm } from '../../renderer/src/components/SaveForm';
import { useSaveForm } from '../../renderer/src/components/use-save-form';
import { renderInApp, resetBackend } from '../support/render';

afterEach(resetBackend);

interface Values {
  name: string;
  code: string;
  phone: string;
  email: string;
}

const required = (label: string) => (value: string) => (value.trim() ? null : `${label} không được để trống`);

interface FormProps {
  save: (values: Values) => Promise<{ name: string }>;
  onSaved?: (result: { name: string }) => void;
  onReload?: () => void;
  onCancel?: () => void;
  fieldErrors?: (errors: Record<string, string>) => Record<string, string>;
  check?: (values: Values) => Promise<boolean>;
}

/** A form built the way every form of the app is: useForm, useSaveForm, SaveForm. */
function DemoForm({ save, onSaved, onReload, onCancel, fieldErrors, check }: FormProps) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: '', code: '', phone: '', email: '' },
    // Listed in another order than on screen: focus follows the screen.
    validate: { email: required('Thư điện tử'), code: required('Mã'), name: () => null, phone: () => null },
  });
  const state = useSaveForm(form, { save, success: (saved) => `Đã lưu "${saved.name}".`, onSaved, fieldErrors, check });
  return (
    <SaveForm state={state} conflictTitle="Bản ghi đã được thay đổi ở nơi khác" onReload={onReload} onCancel={onCancel}>
      <TextInput label="Tên" {...form.getInputProps('name')} />
      <TextInput label="Mã" {...form.getInputProps('code')} />
      <TextInput label="Điện thoại" {...form.getInputProps('phone')} />
      <TextInput label="Thư điện tử" {...form.getInputProps('email')} />
    </SaveForm>
  );
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Tên'), 'Xã Đắk Mar');
  await user.type(screen.getByLabelText('Mã'), '23456');
  await user.type(screen.getByLabelText('Thư điện tử'), 'dakmar@kontum.gov.vn');
}

function apiError(code: 'VALIDATION' | 'CONFLICT', message: string, fields?: { path: string; message: string }[]) {
  return new ApiError(new AppError(code, message, fields).toShape());
}

describe('useSaveForm with SaveForm', () => {
  it('runs the check step first: false stops without saving, true saves', async () => {
    const save = vi.fn(() => Promise.resolve({ name: 'Xã Đắk Mar' }));
    const answers = [false, true];
    const check = vi.fn(() => Promise.resolve(answers.shift() ?? true));
    renderInApp(<DemoForm save={save} check={check} />);
    const user = userEvent.setup();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(check).toHaveBeenCalledTimes(1));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Tên')).toHaveValue('Xã Đắk Mar');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu "Xã Đắk Mar".')).toBeInTheDocument();
    expect(check).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('sends the values, shows Lưu as busy meanwhile, then notifies and hands the result on', async () => {
    let finish: (value: { name: string }) => void = () => undefined;
    const save = vi.fn(() => new Promise<{ name: string }>((resolve) => (finish = resolve)));
    const onSaved = vi.fn();
    renderInApp(<DemoForm save={save} onSaved={onSaved} />);
    const user = userEvent.setup();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(save).toHaveBeenCalledWith({ name: 'Xã Đắk Mar', code: '23456', phone: '', email: 'dakmar@kontum.gov.vn' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Lưu' })).toHaveAttribute('data-loading', 'true'));
    finish({ name: 'Xã Đắk Mar' });
    expect(await screen.findByText('Đã lưu "Xã Đắk Mar".')).toBeInTheDocument();
    expect(onSaved).toHaveBeenCalledWith({ name: 'Xã Đắk Mar' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Lưu' })).not.toHaveAttribute('data-loading'));
  });

  it("puts the server's field errors under their fields, renamed where the form's paths differ, and says why", async () => {
    const save = vi.fn(() =>
      Promise.reject(apiError('VALIDATION', 'Mã đơn vị đã được dùng', [{ path: 'unit.code', message: 'Mã 23456 đã được dùng' }])),
    );
    const onSaved = vi.fn();
    const rename = (errors: Record<string, string>) =>
      Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^unit\./, ''), message]));
    renderInApp(<DemoForm save={save} onSaved={onSaved} fieldErrors={rename} />);
    const user = userEvent.setup();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Mã 23456 đã được dùng')).toBeInTheDocument();
    expect(screen.getByLabelText('Mã')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Chưa lưu được')).toBeInTheDocument();
    expect(screen.getByText('Mã đơn vị đã được dùng')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Lưu' })).toBeEnabled();
  });

  it('turns a stale version into a reload prompt and keeps Lưu off until then', async () => {
    const stale = 'Bản ghi vừa được người khác sửa. Hãy tải lại.';
    const save = vi.fn(() => Promise.reject(apiError('CONFLICT', stale)));
    const onReload = vi.fn();
    renderInApp(<DemoForm save={save} onReload={onReload} />);
    const user = userEvent.setup();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const alert = await screen.findByRole('alert', { name: 'Bản ghi đã được thay đổi ở nơi khác' });
    expect(alert).toHaveTextContent(stale);
    expect(screen.getByRole('button', { name: 'Lưu' })).toBeDisabled();
    await user.click(within(alert).getByRole('button', { name: 'Tải lại' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('on a refused submit, focuses the first invalid field on screen and sends nothing', async () => {
    const save = vi.fn(() => Promise.resolve({ name: '' }));
    renderInApp(<DemoForm save={save} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Mã không được để trống')).toBeInTheDocument();
    expect(screen.getByText('Thư điện tử không được để trống')).toBeInTheDocument();
    // "Mã" comes before "Thư điện tử" on screen although its rule is listed after.
    expect(screen.getByLabelText('Mã')).toHaveFocus();
    expect(save).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Mã'), '23456');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.getByLabelText('Thư điện tử')).toHaveFocus());
  });
});

function ModalHarness({ onClosed }: { onClosed: () => void }) {
  const [opened, setOpened] = useState(true);
  const close = () => {
    setOpened(false);
    onClosed();
  };
  return (
    <FormModal opened={opened} onClose={close} title="Sửa đơn vị">
      <DemoForm save={() => Promise.resolve({ name: 'x' })} onCancel={close} />
    </FormModal>
  );
}

describe('FormModal', () => {
  it('closes at once when nothing was changed', async () => {
    const onClosed = vi.fn();
    renderInApp(<ModalHarness onClosed={onClosed} />);
    const dialog = await screen.findByRole('dialog', { name: 'Sửa đơn vị' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(onClosed).toHaveBeenCalledTimes(1);
  });

  it('asks before throwing away what was typed', async () => {
    const onClosed = vi.fn();
    renderInApp(<ModalHarness onClosed={onClosed} />);
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Sửa đơn vị' });
    await user.type(within(dialog).getByLabelText('Tên'), 'Xã Đắk Mar');

    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    let confirm = await screen.findByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' });
    await user.click(within(confirm).getByRole('button', { name: 'Tiếp tục sửa' }));
    expect(onClosed).not.toHaveBeenCalled();
    expect(within(dialog).getByLabelText('Tên')).toHaveValue('Xã Đắk Mar');

    await user.keyboard('{Escape}');
    confirm = await screen.findByRole('dialog', { name: 'Bỏ các thay đổi chưa lưu?' });
    await user.click(within(confirm).getByRole('button', { name: 'Bỏ thay đổi' }));
    expect(onClosed).toHaveBeenCalledTimes(1);
  });
});

describe('ListSection', () => {
  const rows = (
    <Table.Tr>
      <Table.Td>Sơ kết</Table.Td>
    </Table.Tr>
  );
  const base = {
    texts: { title: 'Mốc thời gian', add: 'Thêm mốc', loadFailed: 'Không đọc được các mốc', empty: 'Chưa có mốc nào.' },
    columns: [{ label: 'Nội dung' }, { w: 50 }],
  };

  it('shows the title, the add button and the table once read', async () => {
    const onAdd = vi.fn();
    renderInApp(
      <ListSection {...base} onAdd={onAdd} list={{ data: [1], error: null, loading: false, reload: vi.fn() }} empty={false}>
        {rows}
      </ListSection>,
    );
    expect(screen.getByRole('heading', { name: 'Mốc thời gian' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Mốc thời gian' });
    expect(within(table).getByRole('columnheader', { name: 'Nội dung' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'Sơ kết' })).toBeInTheDocument();
    expect(screen.queryByText('Chưa có mốc nào.')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Thêm mốc' }));
    expect(onAdd).toHaveBeenCalledTimes(1);
  });

  it('says the list is empty instead of showing an empty table', () => {
    renderInApp(
      <ListSection {...base} list={{ data: [], error: null, loading: false, reload: vi.fn() }} empty>
        {rows}
      </ListSection>,
    );
    expect(screen.getByText('Chưa có mốc nào.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('veils the table while loading, and does not call a list empty before it was read', () => {
    const { container } = renderInApp(
      <ListSection {...base} list={{ data: undefined, error: null, loading: true, reload: vi.fn() }} empty>
        {rows}
      </ListSection>,
    );
    expect(container.ownerDocument.querySelector('.mantine-LoadingOverlay-root')).not.toBeNull();
    expect(screen.queryByText('Chưa có mốc nào.')).not.toBeInTheDocument();
  });

  it('shows a load error with the server message and retries', async () => {
    const reload = vi.fn();
    renderInApp(
      <ListSection
        {...base}
        list={{ data: undefined, error: apiError('VALIDATION', 'Không mở được cơ sở dữ liệu'), loading: false, reload }}
        empty
      >
        {rows}
      </ListSection>,
    );
    expect(screen.getByText('Không đọc được các mốc')).toBeInTheDocument();
    expect(screen.getByText('Không mở được cơ sở dữ liệu')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
