import { Divider, MultiSelect, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { MOVEMENT_KINDS, MOVEMENT_STATUSES, type MovementDetail } from '@shared/domain/movements';
import type { UnitKind, UnitListItem } from '@shared/domain/units';
import { todayIso } from '@shared/format/date';
import { compareVietnamese } from '@shared/text/collate';
import { MOVEMENT_KIND_LABELS, MOVEMENT_STATUS_LABELS } from '@shared/text/movements-text';
import { UNIT_KIND_LABELS } from '@shared/text/units-text';
import { useMemo } from 'react';

import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { foldFilter } from '../../components/fold-filter';
import { SaveForm } from '../../components/SaveForm';
import { SearchableSelect } from '../../components/SearchableSelect';
import { useSaveForm } from '../../components/use-save-form';
import {
  movementFieldErrors,
  type MovementFormValues,
  movementRules,
  movementValues,
  newMovementValues,
  toMovementInput,
} from './movement-form-values';
import { movementsText } from './text';

const { fields, hints, form: formText } = movementsText;
const KIND_OPTIONS = MOVEMENT_KINDS.map((kind) => ({ value: kind, label: MOVEMENT_KIND_LABELS[kind] }));
const STATUS_OPTIONS = MOVEMENT_STATUSES.map((status) => ({ value: status, label: MOVEMENT_STATUS_LABELS[status] }));
const SCOPE_KINDS: UnitKind[] = ['province', 'district', 'commune'];
// Villages take part through their commune; offering 1.000 villages would bury the useful choices.
const PARTICIPANT_KINDS: UnitKind[] = ['province', 'district', 'agency', 'commune'];

function grouped(units: UnitListItem[], kinds: UnitKind[]) {
  return kinds
    .map((kind) => ({
      group: UNIT_KIND_LABELS[kind],
      items: units
        .filter((unit) => unit.kind === kind)
        .sort((a, b) => compareVietnamese(a.name, b.name))
        .map((unit) => ({ value: String(unit.id), label: unit.name })),
    }))
    .filter((group) => group.items.length > 0);
}

interface Props {
  /** The movement being edited; absent when creating. */
  movement?: MovementDetail;
  /** Active units, for the area and the participants. */
  units: UnitListItem[];
  onSaved: (movement: MovementDetail) => void;
  onCancel: () => void;
  /** Reads the movement again after someone else changed it. */
  onReload?: () => void;
}

/** Create or edit a movement with its launching document and participants; a stale edit shows a reload prompt. */
export function MovementForm({ movement, units, onSaved, onCancel, onReload }: Props) {
  const province = units.find((unit) => unit.kind === 'province');
  const form = useForm<MovementFormValues>({
    mode: 'controlled',
    initialValues: movement ? movementValues(movement) : newMovementValues(Number(todayIso().slice(0, 4)), province?.id ?? null),
    validate: movementRules,
  });
  const scopeOptions = useMemo(() => grouped(units, SCOPE_KINDS), [units]);
  const participantOptions = useMemo(() => grouped(units, PARTICIPANT_KINDS), [units]);

  const state = useSaveForm(form, {
    save: (values) => {
      const input = toMovementInput(values);
      return movement
        ? call('movements.update', { id: movement.id, version: movement.version, fields: input })
        : call('movements.create', input);
    },
    success: (saved) => (movement ? formText.saved(saved.name) : formText.created(saved.name)),
    onSaved,
    fieldErrors: movementFieldErrors,
  });

  return (
    <SaveForm state={state} conflictTitle={formText.conflictTitle} onReload={onReload} onCancel={onCancel}>
      <TextInput label={fields.name} withAsterisk data-autofocus {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
        <Select label={fields.kind} data={KIND_OPTIONS} allowDeselect={false} withAsterisk {...form.getInputProps('kind')} />
        <NumberInput
          label={fields.startYear}
          min={1990}
          max={2100}
          allowDecimal={false}
          withAsterisk
          {...form.getInputProps('startYear')}
        />
        <NumberInput label={fields.endYear} min={1990} max={2100} allowDecimal={false} withAsterisk {...form.getInputProps('endYear')} />
        <Select label={fields.status} data={STATUS_OPTIONS} allowDeselect={false} withAsterisk {...form.getInputProps('status')} />
      </SimpleGrid>
      <Divider label={formText.documentSection} labelPosition="left" />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput label={fields.documentNumber} placeholder={hints.documentNumber} {...form.getInputProps('documentNumber')} />
        <DateField label={fields.documentDate} {...form.getInputProps('documentDate')} />
        <TextInput label={fields.documentIssuer} placeholder={hints.issuer} {...form.getInputProps('documentIssuer')} />
      </SimpleGrid>
      <Textarea label={fields.documentTitle} autosize minRows={1} maxRows={3} {...form.getInputProps('documentTitle')} />
      <TextInput
        label={fields.attachmentPath}
        description={hints.attachmentPath}
        placeholder={hints.attachmentPlaceholder}
        {...form.getInputProps('attachmentPath')}
      />
      <Divider />
      <Textarea label={fields.description} autosize minRows={2} maxRows={6} {...form.getInputProps('description')} />
      <SearchableSelect
        label={fields.scopeUnitId}
        description={hints.scope}
        placeholder={hints.scopeNone}
        data={scopeOptions}
        clearable
        limit={200}
        nothingFoundMessage={hints.participantsNothing}
        {...form.getInputProps('scopeUnitId')}
      />
      <MultiSelect
        label={fields.participantIds}
        placeholder={hints.participants}
        data={participantOptions}
        searchable
        filter={foldFilter}
        limit={200}
        hidePickedOptions
        nothingFoundMessage={hints.participantsNothing}
        maxDropdownHeight={280}
        {...form.getInputProps('participantIds')}
      />
    </SaveForm>
  );
}
