import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { type Target, TARGET_DIRECTIONS, TARGET_METRICS, type TargetMetric } from '@shared/domain/targets';
import { ADMIN_TYPES_BY_KIND } from '@shared/domain/units';
import { LEVEL_LABELS } from '@shared/text/movements-text';
import { IconPlus, IconTrash } from '@tabler/icons-react';

import { call } from '../../api/client';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { explainDefinition } from './format';
import {
  type EmChoice,
  levelsFor,
  targetFieldErrors,
  type TargetFormValues,
  targetRules,
  toDefinition,
  toTargetFields,
  type UnitKindChoice,
} from './target-form-values';
import { movementsText } from './text';

const text = movementsText.targets;
const { fields, hints } = text;
const METRIC_OPTIONS = TARGET_METRICS.map((metric) => ({ value: metric, label: text.metrics[metric] }));
const DIRECTION_OPTIONS = TARGET_DIRECTIONS.map((direction) => ({ value: direction, label: text.directions[direction] }));
const KIND_OPTIONS = (['commune', 'village', 'district'] as const).map((kind) => ({ value: kind, label: text.unitKinds[kind] }));
const EM_OPTIONS = (['all', 'yes', 'no'] as const).map((value) => ({ value, label: text.emOptions[value] }));

interface Props {
  movementId: number;
  /** The target being edited; absent when creating. */
  target?: Target;
  initialValues: TargetFormValues;
  onSaved: (target: Target) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/** Create or edit a target; the definition fields shown depend on the metric (what the target counts). */
export function TargetForm({ movementId, target, initialValues, onSaved, onCancel, onReload }: Props) {
  const form = useForm<TargetFormValues>({ mode: 'controlled', initialValues, validate: targetRules });
  const state = useSaveForm(form, {
    save: (next) => {
      const input = toTargetFields(next);
      return target
        ? call('targets.update', { ...input, id: target.id, version: target.version })
        : call('targets.create', { ...input, movementId });
    },
    success: (saved) => (target ? text.saved(saved.code) : text.created(saved.code)),
    onSaved,
    fieldErrors: targetFieldErrors,
  });
  const { values } = form;
  const levelOptions = levelsFor(values.unitKind).map((level) => ({ value: level, label: LEVEL_LABELS[level] }));
  const countsUnits = values.metric !== 'income-ratio';
  const usesLevel = values.metric === 'level-count' || values.metric === 'level-share';

  const changeKind = (value: string | null) => {
    if (!value) return;
    const kind = value as UnitKindChoice;
    form.setFieldValue('unitKind', kind);
    // Keep levels and types consistent with the new kind instead of letting the server refuse them.
    const first = levelsFor(kind)[0];
    if (!values.level || !levelsFor(kind).includes(values.level)) form.setFieldValue('level', first);
    form.setFieldValue(
      'parts',
      values.parts.map((part) => (part.level && levelsFor(kind).includes(part.level) ? part : { ...part, level: first })),
    );
    form.setFieldValue(
      'adminTypes',
      values.adminTypes.filter((type) => ADMIN_TYPES_BY_KIND[kind].includes(type)),
    );
  };

  const explained =
    form.isValid('level') && form.isValid('minGain') ? explainDefinition(toDefinition(values), Number(values.baseYear)) : '';

  return (
    <SaveForm state={state} conflictTitle={text.conflictTitle} onReload={onReload} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
        <TextInput label={fields.code} withAsterisk {...form.getInputProps('code')} />
        <NumberInput label={fields.ordinal} min={0} max={999} allowDecimal={false} withAsterisk {...form.getInputProps('ordinal')} />
        <Select label={fields.direction} data={DIRECTION_OPTIONS} allowDeselect={false} {...form.getInputProps('direction')} />
        <NumberInput
          label={fields.goal}
          decimalSeparator=","
          thousandSeparator="."
          allowNegative={false}
          hideControls
          {...form.getInputProps('goal')}
        />
        <NumberInput label={fields.baseYear} min={1990} max={2100} allowDecimal={false} withAsterisk {...form.getInputProps('baseYear')} />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt={-6}>
        {hints.goal}
      </Text>
      <Textarea label={fields.label} withAsterisk autosize minRows={2} maxRows={4} {...form.getInputProps('label')} />
      <Select
        label={fields.metric}
        data={METRIC_OPTIONS}
        allowDeselect={false}
        {...form.getInputProps('metric')}
        onChange={(value) => value && form.setFieldValue('metric', value as TargetMetric)}
      />
      {countsUnits && (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={fields.unitKind}
            data={KIND_OPTIONS}
            allowDeselect={false}
            {...form.getInputProps('unitKind')}
            onChange={changeKind}
          />
          <TagsInput
            label={fields.adminTypes}
            description={hints.adminTypes}
            placeholder={hints.adminTypesPlaceholder}
            data={[...ADMIN_TYPES_BY_KIND[values.unitKind]]}
            clearable
            {...form.getInputProps('adminTypes')}
          />
          <Select
            label={fields.em}
            data={EM_OPTIONS}
            allowDeselect={false}
            {...form.getInputProps('em')}
            onChange={(value) => value && form.setFieldValue('em', value as EmChoice)}
          />
        </SimpleGrid>
      )}
      {usesLevel && <Select label={fields.level} data={levelOptions} allowDeselect={false} withAsterisk {...form.getInputProps('level')} />}
      {values.metric === 'criteria-gain' && (
        <NumberInput label={fields.minGain} min={1} max={19} allowDecimal={false} maw={280} {...form.getInputProps('minGain')} />
      )}
      {values.metric === 'level-count' && (
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {fields.parts}
          </Text>
          {values.parts.map((_, index) => (
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={`${fields.partLabel} ${index + 1}`}
                placeholder={fields.partLabel}
                style={{ flex: 1 }}
                {...form.getInputProps(`parts.${index}.label`)}
              />
              <Select
                aria-label={`${fields.partLevel} ${index + 1}`}
                data={levelOptions}
                allowDeselect={false}
                w={300}
                {...form.getInputProps(`parts.${index}.level`)}
              />
              <NumberInput
                aria-label={`${fields.partGoal} ${index + 1}`}
                placeholder={fields.partGoal}
                allowNegative={false}
                decimalSeparator=","
                thousandSeparator="."
                hideControls
                w={90}
                {...form.getInputProps(`parts.${index}.goal`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={6}
                aria-label={hints.removePart(index + 1)}
                onClick={() => form.removeListItem('parts', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => form.insertListItem('parts', { label: '', level: values.level, goal: '' })}
          >
            {hints.addPart}
          </Button>
        </Stack>
      )}
      {explained && (
        <Alert variant="light" color="blue" title={hints.explained} p="xs">
          {explained}
        </Alert>
      )}
      <Textarea label={fields.note} autosize minRows={2} maxRows={5} {...form.getInputProps('note')} />
    </SaveForm>
  );
}
