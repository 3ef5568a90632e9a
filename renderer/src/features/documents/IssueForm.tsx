import { Alert, Center, Fieldset, Group, Loader, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { DocumentEntry } from '@shared/domain/documents';
import type { SignatureBlock } from '@shared/domain/signature';
import { todayIso } from '@shared/format/date';

import { dateRule } from '../../components/date-value';
import { DateField } from '../../components/DateField';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { signatureText } from './signature-text';
import { signatureErrors, SignatureFields } from './SignatureFields';
import { documentsText } from './text';
import { useDefaultSignature } from './use-default-signature';

const text = documentsText.issue;

export interface IssueValues {
  /** yyyy-MM-dd. */
  date: string;
  title: string;
  /** The signature block to print, chosen here from the issuer's default. */
  signature: SignatureBlock;
}

interface Props {
  defaultTitle?: string;
  /** Numbers and stores the document; resolves with the register's entry or throws its ApiError. */
  onIssue: (values: IssueValues) => Promise<DocumentEntry>;
  onIssued?: (entry: DocumentEntry) => void;
  onBack: () => void;
}

interface Values {
  date: string | null;
  title: string;
  signature: SignatureBlock;
}

const KEYS: (keyof SignatureBlock)[] = ['prefix', 'authority', 'position', 'signer'];

/** Date, signature block (from the issuer's default, editable) and register title before a document is numbered. */
export function IssueForm(props: Props) {
  const defaults = useDefaultSignature();
  // The form starts from the issuer's block, so it waits for settings.
  if (!defaults) {
    return (
      <Center py="md">
        <Loader size="sm" />
      </Center>
    );
  }
  return <IssueFields {...props} defaults={defaults} />;
}

function IssueFields({ defaultTitle = '', onIssue, onIssued, onBack, defaults }: Props & { defaults: SignatureBlock }) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { date: todayIso(), title: defaultTitle, signature: defaults },
    validate: {
      date: dateRule((value) => (value ? null : text.dateRequired)),
      signature: {
        authority: (_value, values) => signatureErrors(values.signature).authority ?? null,
        position: (_value, values) => signatureErrors(values.signature).position ?? null,
      },
    },
  });
  const state = useSaveForm(form, {
    // The date rule has refused an empty or impossible date before this runs.
    save: (values) => onIssue({ date: values.date ?? '', title: values.title, signature: values.signature }),
    success: (entry) => text.done(entry.numberSymbol),
    onSaved: onIssued,
    // The signer was once sent on its own; its message belongs to the block's field.
    fieldErrors: ({ signer, ...errors }) => (signer ? { ...errors, 'signature.signer': signer } : errors),
    failedTitle: text.failed,
  });
  const blockErrors = Object.fromEntries(KEYS.map((key) => [key, form.errors[`signature.${key}`] as string | undefined]));

  return (
    <SaveForm state={state} onCancel={onBack} cancelLabel={text.back} submitLabel={text.confirm}>
      <Alert color="blue" variant="light">
        {text.note}
      </Alert>
      <Group grow align="flex-start">
        <DateField clearable={false} label={text.date} required {...form.getInputProps('date')} />
      </Group>
      <Fieldset legend={signatureText.legend}>
        <SignatureFields
          value={form.values.signature}
          onChange={(block) => {
            form.setFieldValue('signature', block);
            // A changed block is checked again on the next submit.
            form.clearFieldError('signature.authority');
            form.clearFieldError('signature.position');
          }}
          errors={blockErrors}
        />
      </Fieldset>
      <TextInput label={text.docTitle} placeholder={text.docTitlePlaceholder} {...form.getInputProps('title')} />
    </SaveForm>
  );
}
