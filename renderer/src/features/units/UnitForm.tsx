import { Autocomplete, Checkbox, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
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
import { useMemo, useState } from 'react';

import { call } from '../../api/client';
import { foldFilter } from '../../components/fold-filter';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { parentLabel } from './parent-options';
import { unitsText } from './text';
import { newUnitValues, toUnitInput, type UnitFormValues, unitRules, unitValues } from './unit-form-values';
import { UnitSelect } from './UnitSelect';

const { fields, fieldHints, form: formText } = unitsText;
const KIND_OPTIONS = UNIT_KINDS.map((kind) => ({ value: kind, label: UNIT_KIND_LABELS[kind] }));

interface Props {
  /** The unit being edited; absent when creating. */
  unit?: UnitListItem;
  /** Starting values of a new unit (e.g. its parent). */
  preset?: Partial<UnitFormValues>;
  onSaved: (unit: Unit) => void;
  onCancel: () => void;
  /** Reads the unit again after someone else changed it. */
  onReload?: () => void;
}

/** Create or edit a unit. Server field errors land on their fields (a taken code too); a stale edit shows a reload prompt. */
export function UnitForm({ unit, preset, onSaved, onCancel, onReload }: Props) {
  const form = useForm<UnitFormValues>({
    mode: 'controlled',
    initialValues: unit ? unitValues(unit) : newUnitValues(preset),
    validate: unitRules,
  });
  const { kind } = form.values;
  const parentAllowed = !(PARENT_KINDS[kind].length === 1 && PARENT_KINDS[kind][0] === null);
  const parentOptional = PARENT_KINDS[kind].includes(null);
  const parentKinds = useMemo(() => PARENT_KINDS[kind].filter((k): k is UnitKind => k !== null), [kind]);
  const self = useMemo(() => (unit ? [unit.id] : []), [unit]);
  // The chosen parent's kind, once known (picked here); an unknown one was valid for the kind the form opened with.
  const [parentKind, setParentKind] = useState<UnitKind | null>(null);

  const changeKind = (value: string | null) => {
    if (!value) return;
    const next = value as UnitKind;
    form.setFieldValue('kind', next);
    // Keep the other fields consistent with the new kind instead of letting the server refuse them.
    const types = ADMIN_TYPES_BY_KIND[next];
    if (!types.includes(form.values.adminType)) form.setFieldValue('adminType', types[0]);
    if (!KINDS_WITH_EM_FLAG.includes(next)) form.setFieldValue('ethnicMinorityArea', false);
    const before = PARENT_KINDS[form.values.kind];
    const stillAllowed = parentKind ? PARENT_KINDS[next].includes(parentKind) : before.every((k) => PARENT_KINDS[next].includes(k));
    if (form.values.parentId && !stillAllowed) form.setFieldValue('parentId', null);
  };

  const state = useSaveForm(form, {
    save: (values) => {
      const input = toUnitInput(values);
      return unit ? call('units.update', { ...input, id: unit.id, version: unit.version }) : call('units.create', input);
    },
    success: (saved) => (unit ? formText.saved(saved.name) : formText.created(saved.name)),
    onSaved,
  });

  return (
    <SaveForm state={state} conflictTitle={formText.conflictTitle} onReload={onReload} onCancel={onCancel}>
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
        <UnitSelect
          label={fields.parentId}
          placeholder={parentAllowed ? fieldHints.parentPlaceholder : fieldHints.parentNone}
          kinds={parentKinds.length > 0 ? parentKinds : undefined}
          excludeIds={self}
          labelOf={parentLabel}
          selectedLabel={unit && form.values.parentId === String(unit.parentId) ? unit.parentName : null}
          clearable={parentOptional}
          disabled={!parentAllowed}
          withAsterisk={!parentOptional}
          value={form.values.parentId}
          error={form.errors.parentId}
          onChange={(value, picked) => {
            form.setFieldValue('parentId', value);
            setParentKind(picked?.kind ?? null);
          }}
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
    </SaveForm>
  );
}
