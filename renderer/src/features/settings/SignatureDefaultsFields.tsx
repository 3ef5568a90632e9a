import { ActionIcon, Button, Fieldset, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { SignatureBlock } from '@shared/domain/signature';
import { IconPlus, IconTrash } from '@tabler/icons-react';

import { SignatureFields } from '../documents/SignatureFields';
import type { DocumentSettingsValues } from './document-settings-form';
import { settingsText } from './text';

const KEYS: (keyof SignatureBlock)[] = ['prefix', 'authority', 'position', 'signer'];

/** One signature block per issuer abbreviation (the council's "TM. ... / CHỦ TỊCH", a Ban's "TRƯỞNG BAN"). */
export function SignatureDefaultsFields({ form }: { form: UseFormReturnType<DocumentSettingsValues> }) {
  const entries = form.values.signatureDefaults ?? [];
  const errorsOf = (index: number) =>
    Object.fromEntries(KEYS.map((key) => [key, form.errors[`signatureDefaults.${index}.${key}`] as string | undefined]));
  return (
    <Fieldset legend={settingsText.signatureLegend}>
      <Stack gap="sm">
        <Text size="xs">{settingsText.signatureHint}</Text>
        {entries.map((entry, index) => (
          <Paper key={index} withBorder p="sm">
            <Stack gap="xs">
              <Group align="flex-end" justify="space-between">
                <TextInput label={settingsText.signatureIssuer} maw={260} {...form.getInputProps(`signatureDefaults.${index}.issuer`)} />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={settingsText.signatureRemove(entry.issuer)}
                  onClick={() => form.removeListItem('signatureDefaults', index)}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
              <SignatureFields
                value={entry}
                onChange={(block) => form.setFieldValue(`signatureDefaults.${index}`, { ...entry, ...block })}
                errors={errorsOf(index)}
              />
            </Stack>
          </Paper>
        ))}
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => form.insertListItem('signatureDefaults', { issuer: '', prefix: '', authority: '', position: '', signer: '' })}
        >
          {settingsText.signatureAdd}
        </Button>
      </Stack>
    </Fieldset>
  );
}
