import { Alert, Anchor, Button, Divider, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import type { NomineeCreated } from '@shared/contract/nominees';
import {
  type Award,
  type NominationDetail,
  type Nominee,
  NOMINEE_KIND_LABELS,
  NOMINEE_KINDS,
  type NomineeKind,
} from '@shared/domain/nominations';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';

import { call } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { SaveForm } from '../../components/SaveForm';
import { SearchableSelect } from '../../components/SearchableSelect';
import { useSaveForm } from '../../components/use-save-form';
import { UnitPicker } from '../inspections/UnitPicker';
import { newNominationValues, type NominationFormValues, nominationRules, toNominationInput } from './nomination-form-values';
import { NomineeForm } from './NomineeForm';
import { nomineeHint, NomineePicker } from './NomineePicker';
import { nominationsText } from './text';

const text = nominationsText.add;

interface Props {
  roundId: number;
  catalogue: Award[];
  onSaved: (nomination: NominationDetail) => void;
  onCancel: () => void;
}

/**
 * A new dossier: the nominee (picked from the register or created, with its possible duplicates shown),
 * the form the catalogue allows for that kind of nominee, the proposing unit, summary and contribution figures.
 */
export function NominationForm({ roundId, catalogue, onSaved, onCancel }: Props) {
  const form = useForm<NominationFormValues>({ mode: 'controlled', initialValues: newNominationValues(), validate: nominationRules });
  const [creating, create] = useDisclosure(false);
  const [known, setKnown] = useState<Nominee | null>(null);
  const [duplicates, setDuplicates] = useState<Nominee[]>([]);
  const kind = form.values.nomineeKind;
  const awards = catalogue.filter((award) => award.nomineeKinds.includes(kind));
  const state = useSaveForm(form, {
    save: (values) => call('nominations.create', toNominationInput(roundId, values)),
    success: (saved) => text.created(saved.nomineeName),
    onSaved,
  });

  const changeKind = (next: NomineeKind) => {
    form.setFieldValue('nomineeKind', next);
    form.setFieldValue('nomineeId', null);
    if (!catalogue.some((award) => award.code === form.values.awardCode && award.nomineeKinds.includes(next)))
      form.setFieldValue('awardCode', null);
    setDuplicates([]);
  };
  const created = (nominee: NomineeCreated) => {
    setKnown(nominee);
    form.setFieldValue('nomineeId', String(nominee.id));
    setDuplicates(nominee.duplicateWarning ? nominee.possibleDuplicates : []);
    create.close();
  };

  return (
    <>
      <SaveForm state={state} conflictTitle={text.conflictTitle} onCancel={onCancel}>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {text.nomineeKind}
          </Text>
          <SegmentedControl
            aria-label={text.nomineeKind}
            value={kind}
            onChange={(value) => changeKind(value as NomineeKind)}
            data={NOMINEE_KINDS.map((value) => ({ value, label: NOMINEE_KIND_LABELS[value] }))}
          />
        </Stack>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <div style={{ flex: 1 }}>
            <NomineePicker
              key={kind}
              kind={kind}
              known={known}
              {...form.getInputProps('nomineeId')}
              onChange={(value) => {
                form.setFieldValue('nomineeId', value);
                setDuplicates([]);
              }}
            />
          </div>
          <Button variant="default" leftSection={<IconUserPlus size={16} />} onClick={create.open}>
            {text.newNominee}
          </Button>
        </Group>
        {duplicates.length > 0 && (
          <Alert color="orange" title={text.duplicatesTitle}>
            <Text size="sm">{text.duplicatesMessage}</Text>
            <Stack gap={4} mt="xs">
              {duplicates.map((nominee) => (
                <Group key={nominee.id} gap="sm" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {nominee.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {nomineeHint(nominee)}
                  </Text>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => {
                      setKnown(nominee);
                      form.setFieldValue('nomineeId', String(nominee.id));
                      setDuplicates([]);
                    }}
                  >
                    {text.useDuplicate}
                  </Anchor>
                </Group>
              ))}
            </Stack>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <SearchableSelect
            label={text.award}
            placeholder={text.awardHint}
            withAsterisk
            data={awards.map((award) => ({ value: award.code, label: award.name }))}
            {...form.getInputProps('awardCode')}
          />
          <UnitPicker label={text.unit} withAsterisk {...form.getInputProps('proposingUnitId')} />
        </SimpleGrid>
        <Textarea label={text.summary} autosize minRows={3} maxRows={8} {...form.getInputProps('summary')} />
        <Divider label={text.contribution} labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberInput label={text.landM2} min={0} thousandSeparator="." decimalSeparator="," {...form.getInputProps('landM2')} />
          <NumberInput
            label={text.moneyVnd}
            min={0}
            allowDecimal={false}
            thousandSeparator="."
            decimalSeparator=","
            {...form.getInputProps('moneyVnd')}
          />
          <NumberInput label={text.workdays} min={0} thousandSeparator="." decimalSeparator="," {...form.getInputProps('workdays')} />
        </SimpleGrid>
      </SaveForm>
      <FormModal
        opened={creating}
        onClose={create.close}
        title={`${nominationsText.nomineeForm.title}: ${NOMINEE_KIND_LABELS[kind].toLowerCase()}`}
        size="lg"
      >
        <NomineeForm kind={kind} onSaved={created} onCancel={create.close} />
      </FormModal>
    </>
  );
}
