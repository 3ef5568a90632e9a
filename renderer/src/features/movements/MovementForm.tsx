import { Divider, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { MOVEMENT_KINDS, MOVEMENT_STATUSES, type MovementDetail } from '@shared/domain/movements';
import type { UnitKind } from '@shared/domain/units';
import { todayIso } from '@shared/format/date';
import { MOVEMENT_KIND_LABELS, MOVEMENT_STATUS_LABELS } from '@shared/text/movements-text';
import { useMemo } from 'react';

import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { UnitMultiSelect } from '../units/UnitMultiSelect';
import { UnitSelect } from '../units/UnitSelect';
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

interface Props {
  /** The movement being edited; absent when creating. */
  movement?: MovementDetail;
  /** The area a new movement starts with (the province of a one-province database), else none. */
  defaultScopeId: number | null;
  onSaved: (movement: MovementDetail) => void;
  onCancel: () => void;
  /** Reads the movement again after someone else changed it. */
  onReload?: () => void;
}

/** Create or edit a movement with its launching document and participants; a stale edit shows a reload prompt. */
export function MovementForm({ movement, defaultScopeId, onSaved, onCancel, onReload }: Props) {
  const form = useForm<MovementFormValues>({
    mode: 'controlled',
    initialValues: movement ? movementValues(movement) : newMovementValues(Number(todayIso().slice(0, 4)), defaultScopeId),
    validate: movementRules,
  });
  const participantLabels = useMemo(
    () => (movement?.participants ?? []).map((unit) => ({ value: String(unit.id), label: unit.name })),
    [movement],
  );
  const scope = form.getInputProps('scopeUnitId');

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
      <UnitSelect
        label={fields.scopeUnitId}
        description={hints.scope}
        placeholder={hints.scopeNone}
        kinds={SCOPE_KINDS}
        selectedLabel={movement?.scopeUnit?.name ?? null}
        clearable
        value={scope.value as string | null}
        error={scope.error}
        onChange={(value) => form.setFieldValue('scopeUnitId', value)}
      />
      <UnitMultiSelect
        label={fields.participantIds}
        placeholder={hints.participants}
        kinds={PARTICIPANT_KINDS}
        knownLabels={participantLabels}
        hidePickedOptions
        maxDropdownHeight={280}
        {...form.getInputProps('participantIds')}
      />
    </SaveForm>
  );
}
