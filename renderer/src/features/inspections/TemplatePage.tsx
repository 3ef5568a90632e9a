import {
  ActionIcon,
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  NumberInput,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ChecklistTemplate } from '@shared/domain/inspections';
import type { UnitKind } from '@shared/domain/units';
import { formatNumber } from '@shared/format/number';
import { UNIT_KIND_LABELS } from '@shared/text/units-text';
import { IconLock, IconPlus, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';

import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { bandRow, type TemplateFormValues, templateValues, toTemplateInput, validateTemplate } from './template-form-values';
import { inspectionsText } from './text';

const text = inspectionsText.templateEditor;

function appliesTo(value: string): string {
  return value === 'all' ? text.appliesToAll : (UNIT_KIND_LABELS[value as UnitKind] ?? value);
}

function TemplateForm({ template, onSaved }: { template: ChecklistTemplate; onSaved: () => void }) {
  const form = useForm<TemplateFormValues>({ mode: 'controlled', initialValues: templateValues(template), validate: validateTemplate });
  const state = useSaveForm(form, {
    save: (values) => call('inspections.updateTemplate', toTemplateInput(template, values)),
    success: (saved) => text.saved(saved.revision),
    onSaved,
  });
  const values = form.getValues();
  const indexOf = new Map(values.items.map((item, index) => [item.itemId, index]));
  const total = values.items.reduce((sum, item) => sum + (item.maxPoints === '' ? 0 : Number(item.maxPoints) || 0), 0);

  return (
    <SaveForm
      state={state}
      conflictTitle={text.conflictTitle}
      onReload={onSaved}
      onCancel={() => form.reset()}
      footerJustify="flex-start"
      gap="md"
    >
      <TextInput label={text.name} withAsterisk {...form.getInputProps('title')} />
      {template.sections.map((section) => (
        <Paper key={section.id} withBorder p="sm">
          <Title order={3} size="h5" mb="xs">
            {section.code}. {section.title}
          </Title>
          <ScrollArea type="auto" offsetScrollbars="x">
            <Table verticalSpacing={4} miw={760} aria-label={text.tableLabel(`${section.code}. ${section.title}`)}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={60}>{text.columns.code}</Table.Th>
                  <Table.Th>{text.columns.text}</Table.Th>
                  <Table.Th w={150}>{text.columns.appliesTo}</Table.Th>
                  <Table.Th w={80} ta="center">
                    {text.columns.required}
                  </Table.Th>
                  <Table.Th w={120}>{text.columns.maxPoints}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {section.items.map((item) => {
                  const index = indexOf.get(item.id) ?? 0;
                  return (
                    <Table.Tr key={item.id}>
                      <Table.Td>{item.code}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{item.text}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{appliesTo(item.appliesTo)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Center>
                          <Checkbox
                            aria-label={text.requiredLabel(item.code)}
                            {...form.getInputProps(`items.${index}.required`, { type: 'checkbox' })}
                          />
                        </Center>
                      </Table.Td>
                      <Table.Td>
                        <NumberInput
                          aria-label={text.maxPointsLabel(item.code)}
                          min={0}
                          max={1000}
                          decimalScale={2}
                          decimalSeparator=","
                          size="xs"
                          {...form.getInputProps(`items.${index}.maxPoints`)}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Paper>
      ))}
      <Text size="sm" fw={600}>
        {text.totalPoints(formatNumber(total))}
      </Text>
      <Paper withBorder p="sm">
        <Title order={3} size="h5">
          {text.bands}
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          {text.bandsHint}
        </Text>
        <Stack gap="xs">
          {values.bands.length === 0 && (
            <Text size="sm" c="dimmed">
              {text.noBands}
            </Text>
          )}
          {values.bands.map((band, index) => (
            <Group key={band.key} gap="sm" align="flex-start" wrap="nowrap">
              <TextInput style={{ flex: 1 }} label={text.bandLabelN(index + 1)} {...form.getInputProps(`bands.${index}.label`)} />
              <NumberInput
                w={180}
                label={text.bandMinN(index + 1)}
                min={0}
                max={1000}
                decimalScale={2}
                decimalSeparator=","
                {...form.getInputProps(`bands.${index}.minPoints`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={26}
                aria-label={text.removeBand(index + 1)}
                title={text.removeBand(index + 1)}
                onClick={() => form.removeListItem('bands', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('bands', bandRow())}>
              {text.addBand}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </SaveForm>
  );
}

/** The default checklist template: required items, maximum points and score bands; a used template is revised, not changed. */
export function TemplatePage() {
  const template = useCall('inspections.template', {});
  const current = template.data;
  return (
    <Stack gap="md">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to="/inspections" size="sm">
          {text.back}
        </Anchor>
        <Text size="sm">{text.title}</Text>
      </Breadcrumbs>
      <div>
        <Title order={2}>{text.title}</Title>
        <Text c="dimmed" size="sm">
          {text.intro}
        </Text>
      </div>
      {template.error && (
        <Alert color="red" title={text.loadFailed}>
          {template.error.message}
        </Alert>
      )}
      {!current && !template.error && (
        <Center p="xl">
          <Loader aria-label={text.title} />
        </Center>
      )}
      {current && (
        <>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {text.revision(current.revision)}
            </Text>
          </Group>
          {current.locked ? (
            <Alert color="yellow" icon={<IconLock size={18} />} title={text.locked}>
              {text.lockedHint}
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              {text.unlockedHint}
            </Text>
          )}
          {/* Keyed by id and version: after a save (perhaps a new revision) the form starts from what is stored. */}
          <TemplateForm key={`${current.id}-${current.version}`} template={current} onSaved={template.reload} />
        </>
      )}
    </Stack>
  );
}
