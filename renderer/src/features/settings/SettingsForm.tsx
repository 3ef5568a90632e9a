import { Alert, Button, Fieldset, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Settings } from '@shared/domain/settings';
import { useState } from 'react';

import { ApiError, call } from '../../api/client';
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
  const [conflict, setConflict] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (values: DocumentSettingsValues) => {
    setSaving(true);
    try {
      const saved = await call('settings.update', {
        ...toDocumentSettings(values),
        operatorName: values.operatorName,
        signatureDefaults: values.signatureDefaults,
        version: settings.version,
      });
      notifications.show({ color: 'green', message: settingsText.saved });
      onSaved(saved);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === 'CONFLICT') {
        // The alert sits above the form; the notification is seen next to the save button too.
        setConflict(error.message);
        notifications.show({ color: 'orange', title: settingsText.conflictTitle, message: error.message });
      } else {
        form.setErrors(error.fieldMap());
        notifications.show({ color: 'red', title: settingsText.saveFailed, message: error.message });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
      <Stack gap="md">
        {conflict && (
          <Alert color="orange" title={settingsText.conflictTitle} role="alert">
            <Stack gap="xs" align="flex-start">
              {conflict}
              <Button size="xs" variant="white" color="orange" onClick={onReload}>
                {settingsText.reload}
              </Button>
            </Stack>
          </Alert>
        )}
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
        <Group>
          <Button type="submit" loading={saving} disabled={conflict !== null}>
            {settingsText.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
