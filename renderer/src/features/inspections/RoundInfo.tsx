import { Group, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Inspection, InspectionDetail } from '@shared/domain/inspections';
import { formatDate } from '@shared/format/date';
import type { ReactNode } from 'react';

import { call } from '../../api/client';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { commonRules, type RoundFormValues, roundValues, toRoundInput } from './round-form-values';
import { inspectionsText } from './text';

const { info, fields, hints, form: formText } = inspectionsText;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {children}
    </div>
  );
}

function Paragraphs({ value }: { value: string }) {
  return value ? (
    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
      {value}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      {info.notEntered}
    </Text>
  );
}

type CommonValues = Pick<RoundFormValues, 'commonStrengths' | 'commonShortcomings' | 'proposals'>;

/** The report's common findings, saved with the rest of the round as read (one version). */
function CommonFindingsForm({ round, onSaved, onReload }: { round: Inspection; onSaved: () => void; onReload: () => void }) {
  const form = useForm<CommonValues>({
    mode: 'controlled',
    initialValues: { commonStrengths: round.commonStrengths, commonShortcomings: round.commonShortcomings, proposals: round.proposals },
    validate: commonRules,
  });
  const state = useSaveForm(form, {
    save: (values) =>
      call('inspections.update', { ...toRoundInput({ ...roundValues(round), ...values }), id: round.id, version: round.version }),
    success: () => formText.savedCommon,
    onSaved: () => {
      form.resetDirty();
      onSaved();
    },
  });
  return (
    <SaveForm
      state={state}
      conflictTitle={formText.conflictTitle}
      onReload={onReload}
      onCancel={() => form.reset()}
      footerJustify="flex-start"
    >
      <Textarea label={fields.commonStrengths} autosize minRows={3} maxRows={10} {...form.getInputProps('commonStrengths')} />
      <Textarea label={fields.commonShortcomings} autosize minRows={3} maxRows={10} {...form.getInputProps('commonShortcomings')} />
      <Textarea label={fields.proposals} autosize minRows={3} maxRows={10} {...form.getInputProps('proposals')} />
    </SaveForm>
  );
}

/** The round's plan as recorded, and the common strengths, shortcomings and proposals for its report. */
export function RoundInfo({ round, onChanged }: { round: InspectionDetail; onChanged: () => void }) {
  const decision = info.decisionLine(round.teamDecisionNumber, formatDate(round.teamDecisionDate));
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Field label={info.period}>
          <Text size="sm">{inspectionsText.period(formatDate(round.periodFrom), formatDate(round.periodTo))}</Text>
        </Field>
        <Field label={info.decision}>
          <Text size="sm" c={decision ? undefined : 'dimmed'}>
            {decision || info.noDecision}
          </Text>
        </Field>
        <Field label={info.movements}>
          {round.movements.length === 0 ? (
            <Text size="sm" c="dimmed">
              {info.noMovements}
            </Text>
          ) : (
            round.movements.map((movement) => (
              <Text size="sm" key={movement.id}>
                {movement.name}
              </Text>
            ))
          )}
        </Field>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Field label={fields.legalBasis}>
          <Paragraphs value={round.legalBasis} />
        </Field>
        <Field label={fields.purpose}>
          <Paragraphs value={round.purpose} />
        </Field>
        <Field label={fields.scope}>
          <Paragraphs value={round.scope} />
        </Field>
      </SimpleGrid>
      <Stack gap="xs">
        <Group gap="xs" align="baseline">
          <Title order={3} size="h4">
            {info.commonTitle}
          </Title>
          <Text size="sm" c="dimmed">
            {hints.common}
          </Text>
        </Group>
        {/* Keyed by version: after a save or reload the form starts from what is stored. */}
        <CommonFindingsForm key={round.version} round={round} onSaved={onChanged} onReload={onChanged} />
      </Stack>
    </Stack>
  );
}
