import { Alert, Button, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import type { SignatureBlock } from '@shared/domain/signature';
import { todayIso } from '@shared/format/date';
import { useEffect, useState } from 'react';

import { DateField } from '../../components/DateField';
import { signatureText } from './signature-text';
import { signatureErrors, SignatureFields } from './SignatureFields';
import { documentsText } from './text';
import { useDefaultSignature } from './use-default-signature';

const text = documentsText.issue;

export interface IssueValues {
  /** yyyy-MM-dd. */
  date: string;
  signer: string;
  title: string;
  /** The signature block to print, chosen here from the issuer's default. */
  signature: SignatureBlock;
}

interface Props {
  defaultTitle?: string;
  submitting: boolean;
  /** Field errors from main (ApiError.fieldMap()), keyed by field path. */
  errors?: Record<string, string>;
  onSubmit: (values: IssueValues) => void;
  onBack: () => void;
}

/** Server field paths "signature.position" -> the block's own keys. */
function blockErrors(errors: Record<string, string>): Partial<Record<keyof SignatureBlock, string>> {
  const entries = Object.entries(errors).filter(([path]) => path.startsWith('signature.'));
  return Object.fromEntries(entries.map(([path, message]) => [path.slice('signature.'.length), message]));
}

/** Date, signature block (from the issuer's default, editable) and register title before a document is numbered. */
export function IssueForm({ defaultTitle = '', submitting, errors = {}, onSubmit, onBack }: Props) {
  const [date, setDate] = useState<string | null>(todayIso());
  const defaults = useDefaultSignature();
  const [signature, setSignature] = useState<SignatureBlock | null>(null);
  const [title, setTitle] = useState(defaultTitle);
  const [missingDate, setMissingDate] = useState(false);
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    if (defaults) setSignature((current) => current ?? defaults);
  }, [defaults]);
  const block = signature ?? defaults;
  const localErrors = checked && block ? signatureErrors(block) : {};

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (!date) setMissingDate(true);
        if (!date || !block || Object.keys(signatureErrors(block)).length > 0) return;
        onSubmit({ date, signer: block.signer, title, signature: block });
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
        </Group>
        {block && (
          <Fieldset legend={signatureText.legend}>
            <SignatureFields
              value={block}
              onChange={setSignature}
              errors={{ ...blockErrors(errors), ...localErrors, signer: errors.signer ?? blockErrors(errors).signer }}
            />
          </Fieldset>
        )}
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
          <Button type="submit" loading={submitting} disabled={!block}>
            {text.confirm}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
