import { Fieldset, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Settings } from '@shared/domain/settings';

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

function valuesOf(settings: Settings): DocumentSettingsValues {
  return {
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
  const form = useForm<DocumentSettingsValues>({ mode: 'controlled', initialValues: valuesOf(settings), validate: documentSettingsRules });

  const state = useSaveForm(form, {
    save: (values) =>
      call('settings.update', {
        ...toDocumentSettings(values),
        operatorName: values.operatorName,
        signatureDefaults: values.signatureDefaults,
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
      <DocumentSettingsFields form={form} />
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
