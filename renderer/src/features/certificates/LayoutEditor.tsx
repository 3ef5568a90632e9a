import {
  ActionIcon,
  Alert,
  Box,
  Button,
  Checkbox,
  Fieldset,
  FileButton,
  Group,
  NumberInput,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  CERTIFICATE_ALIGNS,
  CERTIFICATE_FIELD_KEYS,
  CERTIFICATE_ORIENTATIONS,
  CERTIFICATE_PAPERS,
  type CertificateAlign,
  type CertificateFieldKey,
  type CertificateLayout,
  type CertificateLayoutFields,
  type CertificateOrientation,
  type CertificatePaper,
  DEFAULT_CERTIFICATE_LAYOUT,
} from '@shared/domain/certificates';
import { IconPhoto, IconPlus, IconPrinter, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

import { call } from '../../api/client';
import { fileToBase64 } from '../../components/file-bytes';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { fieldLabel, layoutRules, type LayoutValues, NUMBER_COLUMNS, toInput, valuesOf } from './layout-form';
import { LayoutPreview } from './LayoutPreview';
import { RemoveLayoutButton } from './RemoveLayoutButton';
import { certificatesText as text } from './text';
import { usePrintPositioned } from './use-print-positioned';

interface Props {
  /** The stored layout, or null for a new one started from `initial`. */
  layout: CertificateLayout | null;
  initial: CertificateLayoutFields;
  onSaved: (layout: CertificateLayout) => void;
  onReload: () => void;
  onRemoved: () => void;
}

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((value) => ({ value, label: labels[value] }));

/** The blank's picture as a data: URL, read when the layout has one. */
function useImageUrl(layout: CertificateLayout | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  const key = layout?.image ? `${layout.id}-${layout.version}` : null;
  useEffect(() => {
    let live = true;
    setUrl(null);
    if (!key || !layout) return;
    call('certificates.image', { id: layout.id })
      .then((image) => live && setUrl(image ? `data:image/${image.type === 'jpg' ? 'jpeg' : 'png'};base64,${image.base64}` : null))
      .catch(() => live && setUrl(null));
    return () => {
      live = false;
    };
    // The key names the stored picture: a new version may carry another one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return url;
}

/** Edits one layout: paper, the fields' positions in a table of numbers, a preview to scale, the calibration page. */
export function LayoutEditor({ layout, initial, onSaved, onReload, onRemoved }: Props) {
  const form = useForm<LayoutValues>({ mode: 'controlled', initialValues: valuesOf(initial), validate: layoutRules });
  const imageUrl = useImageUrl(layout);
  const print = usePrintPositioned();
  const [imageBusy, setImageBusy] = useState(false);

  const state = useSaveForm(form, {
    save: (values) => call('certificates.saveLayout', toInput(values, layout)),
    success: (saved) => text.saved(saved.name),
    onSaved,
    failedTitle: text.saveFailed,
  });

  const values = form.getValues();
  const missing = CERTIFICATE_FIELD_KEYS.filter((key) => !values.fields.some((field) => field.key === key));

  const addField = (key: CertificateFieldKey) => {
    const template = DEFAULT_CERTIFICATE_LAYOUT.fields.find((field) => field.key === key);
    if (template) form.insertListItem('fields', { ...template, xMm: 20, yMm: 20 });
  };

  const setImage = (base64: string | null) => {
    if (!layout) return;
    setImageBusy(true);
    call('certificates.setImage', { id: layout.id, version: layout.version, base64 })
      .then((saved) => {
        notifications.show({ color: 'green', message: text.imageSaved });
        onSaved(saved);
      })
      .catch((error: unknown) =>
        notifications.show({ color: 'red', title: text.imageFailed, message: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => setImageBusy(false));
  };

  const chooseImage = (file: File | null) => {
    if (file) void fileToBase64(file).then(setImage);
  };

  const calibrate = () => {
    if (!layout) return;
    print.open({
      template: 'certificate-calibration',
      params: { layoutId: layout.id },
      title: text.calibrationTitle(layout.name),
      note: text.calibrationNote,
    });
  };

  return (
    <Stack gap="md">
      <SaveForm
        state={state}
        conflictTitle={text.conflictTitle}
        onReload={onReload}
        submitLabel={text.save}
        gap="md"
        footerJustify="flex-start"
      >
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput label={text.labels.name} withAsterisk {...form.getInputProps('name')} />
          <TextInput
            label={text.labels.blankKind}
            description={text.descriptions.blankKind}
            withAsterisk
            {...form.getInputProps('blankKind')}
          />
        </SimpleGrid>
        <Group align="flex-start">
          <Select
            label={text.labels.paper}
            data={options(CERTIFICATE_PAPERS, text.paperLabels)}
            allowDeselect={false}
            w={160}
            {...form.getInputProps('paper')}
            onChange={(value) => {
              const paper = (value ?? 'A4') as CertificatePaper;
              form.setFieldValue('paper', paper);
              if (paper !== 'custom') {
                form.setFieldValue('widthMm', paper === 'A3' ? 297 : 210);
                form.setFieldValue('heightMm', paper === 'A3' ? 420 : 297);
              }
            }}
          />
          {values.paper === 'custom' && (
            <>
              <NumberInput label={text.labels.widthMm} decimalSeparator="," w={180} {...form.getInputProps('widthMm')} />
              <NumberInput label={text.labels.heightMm} decimalSeparator="," w={180} {...form.getInputProps('heightMm')} />
            </>
          )}
          <Select
            label={text.labels.orientation}
            data={options(CERTIFICATE_ORIENTATIONS, text.orientationLabels)}
            allowDeselect={false}
            w={140}
            {...form.getInputProps('orientation')}
            onChange={(value) => form.setFieldValue('orientation', (value ?? 'landscape') as CertificateOrientation)}
          />
        </Group>
        <Fieldset legend={text.fieldsLegend}>
          {form.errors.fields && (
            <Alert color="red" mb="xs">
              {form.errors.fields}
            </Alert>
          )}
          <ScrollArea type="auto">
            <Table aria-label={text.fieldsTable} withTableBorder striped miw={880} verticalSpacing={4} horizontalSpacing={6}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{text.columns.key}</Table.Th>
                  <Table.Th>{text.columns.prefix}</Table.Th>
                  {NUMBER_COLUMNS.map((column) => (
                    <Table.Th key={column}>{text.columns[column]}</Table.Th>
                  ))}
                  <Table.Th>{text.columns.bold}</Table.Th>
                  <Table.Th>{text.columns.italics}</Table.Th>
                  <Table.Th>{text.columns.align}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{text.columns.remove}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {values.fields.map((field, index) => {
                  const name = fieldLabel(field.key);
                  return (
                    <Table.Tr key={field.key}>
                      <Table.Th scope="row" fw={500} fz="sm" w={130}>
                        {name}
                        {form.errors[`fields.${index}.key`] && (
                          <Text size="xs" c="red">
                            {form.errors[`fields.${index}.key`]}
                          </Text>
                        )}
                      </Table.Th>
                      <Table.Td>
                        <TextInput
                          size="xs"
                          w={110}
                          aria-label={text.cell(text.columns.prefix, name)}
                          {...form.getInputProps(`fields.${index}.prefix`)}
                        />
                      </Table.Td>
                      {NUMBER_COLUMNS.map((column) => (
                        <Table.Td key={column}>
                          <NumberInput
                            size="xs"
                            w={58}
                            decimalSeparator=","
                            hideControls
                            aria-label={text.cell(text.columns[column], name)}
                            {...form.getInputProps(`fields.${index}.${column}`)}
                          />
                        </Table.Td>
                      ))}
                      <Table.Td>
                        <Checkbox
                          aria-label={text.cell(text.columns.bold, name)}
                          {...form.getInputProps(`fields.${index}.bold`, { type: 'checkbox' })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Checkbox
                          aria-label={text.cell(text.columns.italics, name)}
                          {...form.getInputProps(`fields.${index}.italics`, { type: 'checkbox' })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Select
                          size="xs"
                          w={76}
                          aria-label={text.cell(text.columns.align, name)}
                          data={options(CERTIFICATE_ALIGNS, text.alignLabels)}
                          allowDeselect={false}
                          {...form.getInputProps(`fields.${index}.align`)}
                          onChange={(value) => form.setFieldValue(`fields.${index}.align`, (value ?? 'left') as CertificateAlign)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={text.removeField(name)}
                          onClick={() => form.removeListItem('fields', index)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          {missing.length > 0 && (
            <Group mt="xs">
              <Select
                aria-label={text.addField}
                placeholder={text.addField}
                leftSection={<IconPlus size={14} />}
                data={missing.map((key) => ({ value: key, label: fieldLabel(key) }))}
                value={null}
                onChange={(value) => value && addField(value as CertificateFieldKey)}
                w={280}
              />
            </Group>
          )}
        </Fieldset>
      </SaveForm>
      <Box maw={760}>
        <LayoutPreview values={values} imageUrl={imageUrl} />
      </Box>
      {form.isDirty() && layout && (
        <Text size="sm" c="orange.9">
          {text.unsavedNote}
        </Text>
      )}
      <Group>
        <Button leftSection={<IconPrinter size={16} />} variant="light" onClick={calibrate} disabled={!layout}>
          {text.calibration}
        </Button>
        <FileButton onChange={chooseImage} accept="image/png,image/jpeg">
          {(props) => (
            <Button {...props} leftSection={<IconPhoto size={16} />} variant="default" loading={imageBusy} disabled={!layout}>
              {text.imageChoose}
            </Button>
          )}
        </FileButton>
        {layout?.image && (
          <Button variant="subtle" color="gray" onClick={() => setImage(null)} loading={imageBusy}>
            {text.imageRemove}
          </Button>
        )}
        {layout && <RemoveLayoutButton layout={layout} onRemoved={onRemoved} />}
      </Group>
      {!layout && (
        <Text size="sm" c="dimmed">
          {text.imageNeedsSave}
        </Text>
      )}
      {print.modal}
    </Stack>
  );
}
