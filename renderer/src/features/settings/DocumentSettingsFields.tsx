import { Button, Collapse, Fieldset, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';

import type { DocumentSettingsValues } from './document-settings-form';
import { SignatureDefaultsFields } from './SignatureDefaultsFields';
import { settingsText } from './text';

const { labels, descriptions } = settingsText;
const PAGE_FIELDS = ['marginTopMm', 'marginBottomMm', 'marginLeftMm', 'marginRightMm', 'bodyFontSize'] as const;

interface Props {
  form: UseFormReturnType<DocumentSettingsValues>;
  /** On set-up the page settings hide behind a button: the defaults follow the decree. */
  collapsibleAdvanced?: boolean;
}

/** How the header of a printed document will look with these settings. */
function HeaderPreview({ values }: { values: DocumentSettingsValues }) {
  return (
    <Paper withBorder p="sm" bg="gray.0" aria-label={settingsText.previewTitle}>
      <Text size="xs" c="dimmed" mb={6}>
        {settingsText.previewTitle}
      </Text>
      <SimpleGrid cols={2} spacing="xs" style={{ fontFamily: "'Times New Roman', Tinos, 'Liberation Serif', serif" }}>
        <Stack gap={0} align="center">
          <Text size="sm" tt="uppercase" ta="center">
            {values.parentAgency}
          </Text>
          <Text size="sm" fw={700} tt="uppercase" ta="center">
            {values.issuingBody}
          </Text>
        </Stack>
        <Stack gap={0} align="center">
          <Text size="sm" fw={700} ta="center">
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
          </Text>
          <Text size="sm" fw={700} ta="center">
            Độc lập - Tự do - Hạnh phúc
          </Text>
          <Text size="sm" fs="italic" ta="center" mt={4}>
            {settingsText.previewDate(values.placeName)}
          </Text>
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}

/** The document-settings fields, used by the set-up screen and the settings screen. */
export function DocumentSettingsFields({ form, collapsibleAdvanced = false }: Props) {
  const [toggledOpen, { toggle }] = useDisclosure(!collapsibleAdvanced);
  // A mistake in a hidden field must be seen: open the section whenever one of its fields has an error.
  const advancedOpen = toggledOpen || PAGE_FIELDS.some((field) => form.errors[field]);
  const number = (field: (typeof PAGE_FIELDS)[number]) => (
    <NumberInput label={labels[field]} allowDecimal={field !== 'bodyFontSize'} decimalSeparator="," {...form.getInputProps(field)} />
  );

  return (
    <Stack gap="md">
      <Fieldset legend={settingsText.documentLegend}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={labels.parentAgency}
              description={descriptions.parentAgency}
              withAsterisk
              {...form.getInputProps('parentAgency')}
            />
            <TextInput
              label={labels.issuingBody}
              description={descriptions.issuingBody}
              withAsterisk
              {...form.getInputProps('issuingBody')}
            />
            <TextInput
              label={labels.issuerAbbreviation}
              description={descriptions.issuerAbbreviation}
              withAsterisk
              {...form.getInputProps('issuerAbbreviation')}
            />
            <TextInput label={labels.placeName} description={descriptions.placeName} withAsterisk {...form.getInputProps('placeName')} />
          </SimpleGrid>
          <HeaderPreview values={form.values} />
        </Stack>
      </Fieldset>
      {form.values.signatureDefaults && <SignatureDefaultsFields form={form} />}
      {collapsibleAdvanced && (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={toggle}
          rightSection={advancedOpen ? <IconChevronUp size={16} /> : <IconChevronDown size={16} />}
          style={{ alignSelf: 'flex-start' }}
          aria-expanded={advancedOpen}
        >
          {advancedOpen ? settingsText.advancedHide : settingsText.advancedShow}
        </Button>
      )}
      <Collapse expanded={advancedOpen}>
        <Fieldset legend={settingsText.pageLegend}>
          <Text size="xs" c="dimmed" mb="xs">
            {settingsText.pageHint}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
            {PAGE_FIELDS.map((field) => (
              <div key={field}>{number(field)}</div>
            ))}
          </SimpleGrid>
        </Fieldset>
      </Collapse>
    </Stack>
  );
}
