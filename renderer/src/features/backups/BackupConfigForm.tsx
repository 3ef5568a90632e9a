import { NumberInput, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { BackupConfig } from '@shared/domain/backups';

import { call } from '../../api/client';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { backupsText } from './text';

const text = backupsText.config;

const keepRule = (max: number) => (value: number | string) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max ? null : `Từ 1 đến ${max}`;

/** Where backups are also copied and how many are kept. */
export function BackupConfigForm({ config, onSaved }: { config: BackupConfig; onSaved: () => void }) {
  const form = useForm<BackupConfig>({
    mode: 'controlled',
    initialValues: config,
    validate: { keepDaily: keepRule(90), keepWeekly: keepRule(52), keepMonthly: keepRule(120) },
  });
  const state = useSaveForm(form, {
    save: (values) => call('backups.setConfig', values),
    success: () => text.saved,
    onSaved,
    failedTitle: text.failed,
  });
  return (
    <SaveForm state={state} conflictTitle={text.conflictTitle} submitLabel={text.save} footerJustify="flex-start">
      <Title order={4}>{text.title}</Title>
      <TextInput label={text.mirrorDir} description={text.mirrorHint} {...form.getInputProps('mirrorDir')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput label={text.keepDaily} min={1} max={90} allowDecimal={false} {...form.getInputProps('keepDaily')} />
        <NumberInput label={text.keepWeekly} min={1} max={52} allowDecimal={false} {...form.getInputProps('keepWeekly')} />
        <NumberInput label={text.keepMonthly} min={1} max={120} allowDecimal={false} {...form.getInputProps('keepMonthly')} />
      </SimpleGrid>
    </SaveForm>
  );
}
