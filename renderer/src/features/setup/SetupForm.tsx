import { Fieldset, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { SetupResult } from '@shared/contract/setup';
import { DEFAULT_DOCUMENT_SETTINGS, documentSettingsFor, type ProvinceOption } from '@shared/domain/settings';
import { formatNumber } from '@shared/format/number';

import { call } from '../../api/client';
import { SaveForm } from '../../components/SaveForm';
import { SearchableSelect } from '../../components/SearchableSelect';
import { useSaveForm } from '../../components/use-save-form';
import { documentSettingsRules, type DocumentSettingsValues, toDocumentSettings } from '../settings/document-settings-form';
import { DocumentSettingsFields } from '../settings/DocumentSettingsFields';
import { setupText } from './text';

/** Kon Tum, the province the app was made for. */
export const DEFAULT_PROVINCE_CODE = '62';

interface SetupValues extends DocumentSettingsValues {
  provinceCode: string | null;
}

interface Props {
  provinces: ProvinceOption[];
  onDone: (result: SetupResult) => void;
}

function initialValues(provinces: ProvinceOption[]): SetupValues {
  const province = provinces.find((p) => p.code === DEFAULT_PROVINCE_CODE) ?? null;
  const documentSettings = province ? documentSettingsFor(province.name) : DEFAULT_DOCUMENT_SETTINGS;
  return { ...documentSettings, provinceCode: province?.code ?? null, operatorName: '' };
}

/** Server paths are nested ("documentSettings.placeName"); the form's fields are flat. */
function flatFieldErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^documentSettings\./, ''), message]));
}

/** First run: province, document settings and operator name; seeds the province's units. */
export function SetupForm({ provinces, onDone }: Props) {
  const form = useForm<SetupValues>({
    mode: 'controlled',
    initialValues: initialValues(provinces),
    validate: { ...documentSettingsRules, provinceCode: (value) => (value ? null : setupText.provinceRequired) },
  });
  const byCode = new Map(provinces.map((p) => [p.code, p]));

  const chooseProvince = (code: string | null) => {
    form.setFieldValue('provinceCode', code);
    const province = code ? byCode.get(code) : undefined;
    if (!province) return;
    // The parent agency and place name follow the province; everything else stays as typed.
    const proposed = documentSettingsFor(province.name);
    form.setFieldValue('parentAgency', proposed.parentAgency);
    form.setFieldValue('placeName', proposed.placeName);
  };

  const state = useSaveForm(form, {
    save: (values) =>
      call('setup.initialize', {
        provinceCode: values.provinceCode ?? '',
        operatorName: values.operatorName,
        documentSettings: toDocumentSettings(values),
      }),
    success: (result) => ({
      title: setupText.doneTitle(formatNumber(result.unitsSeeded)),
      message: setupText.doneMessage(result.provinceName),
      autoClose: 10_000,
    }),
    onSaved: onDone,
    fieldErrors: flatFieldErrors,
    failedTitle: setupText.failed,
  });

  const selected = form.values.provinceCode ? byCode.get(form.values.provinceCode) : undefined;

  return (
    <SaveForm state={state} submitLabel={setupText.submit} gap="md">
      <div>
        <SearchableSelect
          label={setupText.provinceLabel}
          placeholder={setupText.provincePlaceholder}
          data={provinces.map((p) => ({ value: p.code, label: p.name }))}
          nothingFoundMessage={setupText.provinceNothing}
          allowDeselect={false}
          withAsterisk
          maxDropdownHeight={320}
          {...form.getInputProps('provinceCode')}
          onChange={chooseProvince}
        />
        {selected && (
          <Text size="sm" c="dimmed" mt={6}>
            {setupText.provinceCounts(selected.districtCount, selected.communeCount)}
          </Text>
        )}
      </div>
      <DocumentSettingsFields form={form} collapsibleAdvanced />
      <Fieldset legend={setupText.operatorLegend}>
        <TextInput
          label={setupText.operatorLabel}
          description={setupText.operatorDescription}
          placeholder={setupText.operatorPlaceholder}
          withAsterisk
          maw={420}
          {...form.getInputProps('operatorName')}
        />
      </Fieldset>
    </SaveForm>
  );
}
