import { Alert, Autocomplete, Button, Checkbox, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  ADMIN_TYPES_BY_KIND,
  KINDS_WITH_EM_FLAG,
  PARENT_KINDS,
  type Unit,
  UNIT_KINDS,
  type UnitKind,
  type UnitListItem,
} from '@shared/domain/units';
import { UNIT_KIND_LABELS } from '@shared/text/units-text';
import { useState } from 'react';

import { ApiError, call } from '../../api/client';
import { foldFilter } from '../../components/fold-filter';
import { SearchableSelect } from '../../components/SearchableSelect';
import { parentOptions } from './parent-options';
import { unitsText } from './text';
import { newUnitValues, toUnitInput, type UnitFormValues, unitRules, unitValues } from './unit-form-values';

const { fields, fieldHints, form: formText } = unitsText;
const KIND_OPTIONS = UNIT_KINDS.map((kind) => ({ value: kind, label: UNIT_KIND_LABELS[kind] }));

interface Props {
  /** The unit being edited; absent when creating. */
  unit?: UnitListItem;
  /** Starting values of a new unit (e.g. its parent). */
  preset?: Partial<UnitFormValues>;
  /** Active units, to choose the parent from. */
  units: UnitListItem[];
  onSaved: (unit: Unit) => void;
  onCancel: () => void;
  /** Reads the unit again after someone else changed it. */
  onReload?: () => void;
}

/** Create or edit a unit. Server field errors land on their fields; a stale edit shows a reload prompt. */
export function UnitForm({ unit, preset, units, onSaved, onCancel, onReload }: Props) {
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const form = useForm<UnitFormValues>({
    mode: 'controlled',
    initialValues: unit ? unitValues(unit) : newUnitValues(preset),
    validate: unitRules,
  });
  const { kind } = form.values;
  const parentAllowed = !(PARENT_KINDS[kind].length === 1 && PARENT_KINDS[kind][0] === null);
  const parentOptional = PARENT_KINDS[kind].includes(null);
  const options = parentOptions(units, kind, unit ?? null);

  const changeKind = (value: string | null) => {
    if (!value) return;
    const next = value as UnitKind;
    form.setFieldValue('kind', next);
    // Keep the other fields consistent with the new kind instead of letting the server refuse them.
    const types = ADMIN_TYPES_BY_KIND[next];
    if (!types.includes(form.values.adminType)) form.setFieldValue('adminType', types[0]);
    if (!KINDS_WITH_EM_FLAG.includes(next)) form.setFieldValue('ethnicMinorityArea', false);
    const parent = units.find((u) => String(u.id) === form.values.parentId);
    if (form.values.parentId && (!parent || !PARENT_KINDS[next].includes(parent.kind))) form.setFieldValue('parentId', null);
  };

  const save = async (values: UnitFormValues) => {
    setSaving(true);
    setConflict(null);
    try {
      const input = toUnitInput(values);
      const saved = unit ? await call('units.update', { ...input, id: unit.id, version: unit.version }) : await call('units.create', input);
      notifications.show({ color: 'green', message: unit ? formText.saved(saved.name) : formText.created(saved.name) });
      onSaved(saved);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // A stale version comes without fields; a taken code is also CONFLICT but names its field.
      if (error.code === 'CONFLICT' && error.fields.length === 0) {
        setConflict(error.message);
      } else {
        form.setErrors(error.fieldMap());
        notifications.show({ color: 'red', title: formText.saveFailed, message: error.message });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void save(values))} noValidate>
      <Stack gap="sm">
        {conflict && (
          <Alert color="orange" title={formText.conflictTitle} role="alert">
            <Stack gap="xs" align="flex-start">
              {conflict}
              {onReload && (
                <Button size="xs" color="orange" onClick={onReload}>
                  {formText.reload}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        <TextInput label={fields.name} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={fields.kind}
            data={KIND_OPTIONS}
            allowDeselect={false}
            withAsterisk
            {...form.getInputProps('kind')}
            onChange={changeKind}
          />
          <Autocomplete
            label={fields.adminType}
            placeholder={fieldHints.adminTypePlaceholder}
            data={[...ADMIN_TYPES_BY_KIND[kind]]}
            filter={foldFilter}
            withAsterisk
            {...form.getInputProps('adminType')}
          />
          <SearchableSelect
            label={fields.parentId}
            placeholder={parentAllowed ? fieldHints.parentPlaceholder : fieldHints.parentNone}
            data={options}
            clearable={parentOptional}
            disabled={!parentAllowed}
            withAsterisk={!parentOptional}
            nothingFoundMessage={fieldHints.parentNothing}
            limit={200}
            {...form.getInputProps('parentId')}
          />
          <TextInput label={fields.code} description={fieldHints.code} {...form.getInputProps('code')} />
        </SimpleGrid>
        {KINDS_WITH_EM_FLAG.includes(kind) && (
          <Checkbox
            label={fields.ethnicMinorityArea}
            description={fieldHints.emHint}
            {...form.getInputProps('ethnicMinorityArea', { type: 'checkbox' })}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={fields.headName} {...form.getInputProps('headName')} />
          <TextInput label={fields.phone} type="tel" {...form.getInputProps('phone')} />
          <TextInput label={fields.email} type="email" {...form.getInputProps('email')} />
          <TextInput label={fields.address} {...form.getInputProps('address')} />
        </SimpleGrid>
        <Textarea label={fields.notes} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {formText.cancel}
          </Button>
          <Button type="submit" loading={saving} disabled={conflict !== null}>
            {formText.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
