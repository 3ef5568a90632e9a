import { Anchor, Fieldset, Group, NumberInput, Text, TextInput } from '@mantine/core';
import { type FormValidateInput, useForm, type UseFormReturnType } from '@mantine/form';
import { PRINTER_OFFSET_LIMIT_MM, type Settings } from '@shared/domain/settings';
import { Link } from 'react-router';

import { call } from '../../api/client';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { documentSettingsRules, type DocumentSettingsValues, toDocumentSettings } from './document-settings-form';
import { DocumentSettingsFields } from './DocumentSettingsFields';
import { settingsText } from './text';

interface Props {
  settings: Settings;
  /** Called with the stored settings after a successful save. */
  onSaved: (settings: Settings) => void;
  /** Reads the settings again (after someone else changed them). */
  onReload: () => void;
}

/** The settings screen's values: the document settings, and the printer's offset on certificate blanks. */
interface SettingsValues extends DocumentSettingsValues {
  offsetXMm: number | string;
  offsetYMm: number | string;
}

function offsetRule(name: string) {
  return (value: number | string) => {
    if (typeof value !== 'number' || Number.isNaN(value)) return settingsText.errors.notNumber(name);
    if (value < -PRINTER_OFFSET_LIMIT_MM) return settingsText.errors.min(name, -PRINTER_OFFSET_LIMIT_MM);
    if (value > PRINTER_OFFSET_LIMIT_MM) return settingsText.errors.max(name, PRINTER_OFFSET_LIMIT_MM);
    return null;
  };
}

const rules: FormValidateInput<SettingsValues> = {
  ...(documentSettingsRules as FormValidateInput<SettingsValues>),
  offsetXMm: offsetRule(settingsText.offsetNames.x),
  offsetYMm: offsetRule(settingsText.offsetNames.y),
};

function valuesOf(settings: Settings): SettingsValues {
  return {
    offsetXMm: settings.certificateOffsetMm.x,
    offsetYMm: settings.certificateOffsetMm.y,
    parentAgency: settings.parentAgency,
    issuingBody: settings.issuingBody,
    issuerAbbreviation: settings.issuerAbbreviation,
    placeName: settings.placeName,
    marginTopMm: settings.marginTopMm,
    marginBottomMm: settings.marginBottomMm,
    marginLeftMm: settings.marginLeftMm,
    marginRightMm: settings.marginRightMm,
    bodyFontSize: settings.bodyFontSize,
    operatorName: settings.operatorName,
    signatureDefaults: settings.signatureDefaults,
  };
}

/** Edits the settings; carries the version it was loaded with so a stale save is refused. */
export function SettingsForm({ settings, onSaved, onReload }: Props) {
  const form = useForm<SettingsValues>({ mode: 'controlled', initialValues: valuesOf(settings), validate: rules });

  const state = useSaveForm(form, {
    save: (values) =>
      call('settings.update', {
        ...toDocumentSettings(values),
        operatorName: values.operatorName,
        signatureDefaults: values.signatureDefaults,
        certificateOffsetMm: { x: Number(values.offsetXMm), y: Number(values.offsetYMm) },
        version: settings.version,
      }),
    success: () => settingsText.saved,
    onSaved,
    failedTitle: settingsText.saveFailed,
  });

  return (
    <SaveForm
      state={state}
      conflictTitle={settingsText.conflictTitle}
      onReload={onReload}
      submitLabel={settingsText.save}
      gap="md"
      footerJustify="flex-start"
    >
      {/* The document fields read and write only their own keys of this larger form. */}
      <DocumentSettingsFields form={form as unknown as UseFormReturnType<DocumentSettingsValues>} />
      <Fieldset legend={settingsText.offsetLegend}>
        <Text size="sm" c="dimmed" mb="xs">
          {settingsText.offsetHint}
        </Text>
        <Group align="flex-start">
          <NumberInput
            label={settingsText.offsetX}
            step={0.5}
            decimalScale={1}
            decimalSeparator=","
            maw={200}
            {...form.getInputProps('offsetXMm')}
          />
          <NumberInput
            label={settingsText.offsetY}
            step={0.5}
            decimalScale={1}
            decimalSeparator=","
            maw={200}
            {...form.getInputProps('offsetYMm')}
          />
        </Group>
        <Anchor component={Link} to="/certificates/layouts" size="sm" mt="xs" display="inline-block">
          {settingsText.layoutsLink}
        </Anchor>
      </Fieldset>
      <Fieldset legend={settingsText.operatorLegend}>
        <TextInput
          label={settingsText.labels.operatorName}
          description={settingsText.descriptions.operatorName}
          withAsterisk
          maw={420}
          {...form.getInputProps('operatorName')}
        />
      </Fieldset>
    </SaveForm>
  );
}
