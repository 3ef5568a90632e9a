import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { todayIso } from '@shared/format/date';
import { useState } from 'react';

import { DateField } from '../../components/DateField';
import { documentsText } from './text';

const text = documentsText.issue;

export interface IssueValues {
  /** yyyy-MM-dd. */
  date: string;
  signer: string;
  title: string;
}

interface Props {
  defaultTitle?: string;
  submitting: boolean;
  /** Field errors from main (ApiError.fieldMap()), keyed by field path. */
  errors?: Record<string, string>;
  onSubmit: (values: IssueValues) => void;
  onBack: () => void;
}

/** Date, signer and register title before a document is numbered. */
export function IssueForm({ defaultTitle = '', submitting, errors = {}, onSubmit, onBack }: Props) {
  const [date, setDate] = useState<string | null>(todayIso());
  const [signer, setSigner] = useState('');
  const [title, setTitle] = useState(defaultTitle);
  const [missingDate, setMissingDate] = useState(false);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!date) {
          setMissingDate(true);
          return;
        }
        onSubmit({ date, signer, title });
      }}
    >
      <Stack gap="sm">
        <Alert color="blue" variant="light">
          {text.note}
        </Alert>
        <Group grow align="flex-start">
          <DateField
            clearable={false}
            label={text.date}
            value={date}
            onChange={(value) => {
              setDate(value);
              setMissingDate(false);
            }}
            error={missingDate ? text.dateRequired : errors.date}
            required
          />
          <TextInput
            label={text.signer}
            placeholder={text.signerPlaceholder}
            value={signer}
            onChange={(event) => setSigner(event.currentTarget.value)}
            error={errors.signer}
          />
        </Group>
        <TextInput
          label={text.docTitle}
          placeholder={text.docTitlePlaceholder}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={errors.title}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onBack} disabled={submitting}>
            {text.back}
          </Button>
          <Button type="submit" loading={submitting}>
            {text.confirm}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
