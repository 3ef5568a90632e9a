import { Button, Divider, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReminderLetter } from '@shared/domain/agencies';
import { todayIso } from '@shared/format/date';
import { useState } from 'react';

import { call } from '../../api/client';
import { invalidDateText } from '../../components/date-value';
import { DateField } from '../../components/DateField';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { agenciesText } from './text';

const text = agenciesText.reply;

/** The agency's reply to one letter: received date, its number, a note, and its file (attachments of the letter). */
export function ReplyModal({ letter, onClose, onSaved }: { letter: ReminderLetter | null; onClose: () => void; onSaved: () => void }) {
  return (
    <Modal opened={letter !== null} onClose={onClose} size="lg" title={letter ? text.title(letter.numberSymbol) : ''}>
      {letter && <ReplyForm key={letter.documentId} letter={letter} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function ReplyForm({ letter, onClose, onSaved }: { letter: ReminderLetter; onClose: () => void; onSaved: () => void }) {
  const [receivedDate, setReceivedDate] = useState<string | null>(letter.reply?.receivedDate ?? todayIso());
  const [number, setNumber] = useState(letter.reply?.number ?? '');
  const [note, setNote] = useState(letter.reply?.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    setErrors({});
    try {
      await call('agencies.recordReply', {
        documentId: letter.documentId,
        receivedDate: invalidDateText(receivedDate) || receivedDate || '',
        number,
        note,
        ...(letter.reply ? { version: letter.reply.version } : {}),
      });
      notifications.show({ color: 'green', message: text.saved(letter.numberSymbol) });
      onSaved();
    } catch (error) {
      const fields = (error as { fields?: { path: string; message: string }[] }).fields ?? [];
      const byPath = Object.fromEntries(fields.map((field) => [field.path, field.message]));
      setErrors(Object.keys(byPath).length > 0 ? byPath : { form: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
        <DateField label={text.receivedDate} value={receivedDate} onChange={setReceivedDate} error={errors.receivedDate} required />
        <TextInput label={text.number} value={number} onChange={(event) => setNumber(event.currentTarget.value)} error={errors.number} />
      </Group>
      <Textarea
        label={text.note}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        autosize
        minRows={2}
        error={errors.note}
      />
      {errors.form && (
        <Text c="red" size="sm" role="alert">
          {errors.form}
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {text.cancel}
        </Button>
        <Button onClick={() => void save()} loading={saving}>
          {text.save}
        </Button>
      </Group>
      <Divider label={text.files} labelPosition="left" />
      <AttachmentsPanel ownerKind="reminder-letter" ownerId={letter.documentId} />
    </Stack>
  );
}
