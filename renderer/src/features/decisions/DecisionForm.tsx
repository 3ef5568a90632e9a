import { Checkbox, Group, ScrollArea, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import type { Decision } from '@shared/domain/council';
import { formatDate, todayIso } from '@shared/format/date';
import { formatNumber } from '@shared/format/number';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { DateField } from '../../components/DateField';
import { LoadError } from '../../components/LoadError';
import { SaveForm } from '../../components/SaveForm';
import { useSaveForm } from '../../components/use-save-form';
import { type DecisionFormValues, decisionRules, newDecisionValues, toDecisionInput } from './decision-form-values';
import { decisionsText } from './text';

const text = decisionsText.form;
const SHOWN = 200;

interface Props {
  onSaved: (decision: Decision) => void;
  onCancel: () => void;
}

/** "Tạo quyết định": number, date, signer and authority, and the nominations the council passed that no decision grants yet. */
export function DecisionForm({ onSaved, onCancel }: Props) {
  const form = useForm<DecisionFormValues>({ mode: 'controlled', initialValues: newDecisionValues(todayIso()), validate: decisionRules });
  const state = useSaveForm(form, {
    save: (values) => call('decisions.create', toDecisionInput(values)),
    success: (saved) => text.created(saved.number),
    onSaved,
  });
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const candidates = useCall('decisions.candidates', { query, page: 1, pageSize: SHOWN });
  const rows = candidates.data?.rows ?? [];
  const chosen = form.values.nominationIds;
  const toggle = (id: number, on: boolean) =>
    form.setFieldValue('nominationIds', on ? [...chosen, id] : chosen.filter((value) => value !== id));
  const nominationsError = form.errors.nominationIds;

  return (
    <SaveForm state={state} conflictTitle={text.conflictTitle} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={text.number} placeholder={text.numberHint} withAsterisk data-autofocus {...form.getInputProps('number')} />
        <DateField label={text.date} withAsterisk {...form.getInputProps('date')} />
        <TextInput label={text.signerName} withAsterisk {...form.getInputProps('signerName')} />
        <TextInput
          label={text.signerAuthority}
          placeholder={text.signerAuthorityHint}
          withAsterisk
          {...form.getInputProps('signerAuthority')}
        />
      </SimpleGrid>
      <Stack gap={6} data-path="nominationIds">
        <Group justify="space-between" align="flex-end">
          <div>
            <Text fw={600} size="sm">
              {text.nominations}
            </Text>
            <Text size="xs" c="dimmed">
              {text.nominationsHint}
            </Text>
          </div>
          <TextInput
            aria-label={text.search}
            placeholder={text.searchHint}
            leftSection={<IconSearch size={16} />}
            w={300}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
        </Group>
        {candidates.error ? (
          <LoadError title={text.candidatesFailed} message={candidates.error.message} onRetry={candidates.reload} />
        ) : candidates.data && rows.length === 0 && chosen.length === 0 ? (
          <Text c="dimmed" size="sm">
            {text.noCandidates}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={320} type="auto">
            <Table striped verticalSpacing={6} aria-label={text.candidatesLabel} miw={720}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={50}>{text.columns.pick}</Table.Th>
                  <Table.Th>{text.columns.nominee}</Table.Th>
                  <Table.Th>{text.columns.award}</Table.Th>
                  <Table.Th>{text.columns.unit}</Table.Th>
                  <Table.Th w={100}>{text.columns.session}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>
                      <Checkbox
                        aria-label={text.pickLabel(row.nomineeName, row.awardName)}
                        checked={chosen.includes(row.id)}
                        onChange={(event) => toggle(row.id, event.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {row.nomineeName}
                      </Text>
                      <Text size="xs" c="dimmed" title={row.explanation}>
                        {row.explanation}
                      </Text>
                    </Table.Td>
                    <Table.Td>{row.awardName}</Table.Td>
                    <Table.Td>{row.proposingUnitName}</Table.Td>
                    <Table.Td>{formatDate(row.sessionDate)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        <Group justify="space-between">
          <Text size="sm" c={nominationsError ? 'red' : undefined} role={nominationsError ? 'alert' : undefined}>
            {nominationsError ?? text.chosen(chosen.length)}
          </Text>
          {candidates.data && candidates.data.total > rows.length && (
            <Text size="xs" c="dimmed">
              {text.moreThanShown(rows.length, formatNumber(candidates.data.total))}
            </Text>
          )}
        </Group>
      </Stack>
    </SaveForm>
  );
}
