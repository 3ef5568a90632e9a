import { Alert, Anchor, Breadcrumbs, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  COLLECTIVE_CLASS_LABELS,
  type CollectiveClass,
  COMMENDATION_KIND_LABELS,
  GENDER_LABELS,
  INDIVIDUAL_CLASS_LABELS,
  type IndividualClass,
  INITIATIVE_SCOPE_LABELS,
  type Nominee,
  NOMINEE_KIND_LABELS,
  type NomineeHistoryEntry,
  TASK_RATING_LABELS,
} from '@shared/domain/nominations';
import { formatDate } from '@shared/format/date';
import { IconPlus } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';

import { useCall } from '../../api/use-call';
import { FormModal } from '../../components/FormModal';
import { AddAwardForm, AddRecordForm } from './HistoryForms';
import { nomineeHint } from './NomineePicker';
import { nominationsText } from './text';

const text = nominationsText.nominee;
const none = nominationsText.none;

function classificationLabel(nominee: Nominee): string {
  if (!nominee.classification) return none;
  if (nominee.kind === 'collective') return COLLECTIVE_CLASS_LABELS[nominee.classification as CollectiveClass] ?? nominee.classification;
  return INDIVIDUAL_CLASS_LABELS[nominee.classification as IndividualClass] ?? nominee.classification;
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || none}</Text>
    </div>
  );
}

function decision(entry: NomineeHistoryEntry): string {
  return text.decision(entry.decisionNumber, entry.decisionDate ? formatDate(entry.decisionDate) : '') || none;
}

function recordDetail(entry: NomineeHistoryEntry): string {
  if (entry.kind === 'rating') return entry.rating ? TASK_RATING_LABELS[entry.rating] : none;
  if (entry.kind === 'initiative')
    return [entry.detail, entry.scope ? `(${INITIATIVE_SCOPE_LABELS[entry.scope]})` : ''].filter(Boolean).join(' ');
  return entry.detail;
}

/** One nominee of the register: details, possible duplicates, awards held, ratings, initiatives and discipline. */
export function NomineePage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const detail = useCall('nominees.get', { id: valid ? id : 1 }, valid);
  const catalogue = useCall('awards.catalogue', {});
  const [addingAward, addAward] = useDisclosure(false);
  const [addingRecord, addRecord] = useDisclosure(false);

  if (!valid || detail.error) {
    return (
      <Alert color="red" title={text.loadFailed}>
        <Stack gap="xs" align="flex-start">
          {detail.error?.message}
          <Anchor component={Link} to="/nominations">
            {text.back}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  const nominee = detail.data && detail.data.id === id ? detail.data : undefined;
  if (!nominee) {
    return (
      <Center p="xl">
        <Loader aria-label={text.loading} />
      </Center>
    );
  }
  const awards = nominee.history.filter((entry) => entry.kind === 'award');
  const records = nominee.history.filter((entry) => entry.kind !== 'award');
  const birth = nominee.birthDate ? formatDate(nominee.birthDate) : nominee.birthYear ? String(nominee.birthYear) : '';
  const address = [nominee.village, nominee.commune].filter(Boolean).join(', ');

  return (
    <Stack gap="md">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to="/nominations" size="sm">
          {text.back}
        </Anchor>
        <Text size="sm">{NOMINEE_KIND_LABELS[nominee.kind]}</Text>
      </Breadcrumbs>
      <div>
        <Title order={2}>
          {nominee.formOfAddress ? `${nominee.formOfAddress} ` : ''}
          {nominee.name}
        </Title>
        <Text c="dimmed" size="sm">
          {NOMINEE_KIND_LABELS[nominee.kind]}
        </Text>
      </div>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          {text.details}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          {nominee.kind === 'individual' && (
            <>
              <Field label={text.info.birth} value={birth} />
              <Field label={text.info.gender} value={nominee.gender ? GENDER_LABELS[nominee.gender] : ''} />
              <Field label={text.info.ethnicity} value={nominee.ethnicity} />
              <Field label={text.info.position} value={nominee.position} />
              <Field label={text.info.workplace} value={nominee.workplace} />
            </>
          )}
          {nominee.kind === 'collective' && <Field label={nominationsText.nomineeForm.superior} value={nominee.workplace} />}
          {nominee.kind === 'household' && <Field label={text.info.address} value={address} />}
          {nominee.kind !== 'household' && <Field label={text.info.classification} value={classificationLabel(nominee)} />}
          <Field label={text.info.unit} value={nominee.unitName ?? ''} />
        </SimpleGrid>
        {nominee.possibleDuplicates.length > 0 && (
          <Alert color="orange" title={text.duplicates} mt="md">
            <Stack gap={2}>
              {nominee.possibleDuplicates.map((other) => (
                <Group key={other.id} gap="sm">
                  <Anchor component={Link} to={`/nominees/${other.id}`} size="sm" fw={600}>
                    {other.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {nomineeHint(other)}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Alert>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h4">
            {text.awards}
          </Title>
          <Button size="sm" leftSection={<IconPlus size={16} />} onClick={addAward.open}>
            {text.addAward}
          </Button>
        </Group>
        {awards.length === 0 ? (
          <Text size="sm" c="dimmed">
            {text.awardsEmpty}
          </Text>
        ) : (
          <Table aria-label={text.awardsLabel} striped miw={700}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{text.columns.year}</Table.Th>
                <Table.Th>{text.columns.award}</Table.Th>
                <Table.Th w={210}>{text.columns.kind}</Table.Th>
                <Table.Th w={220}>{text.columns.decision}</Table.Th>
                <Table.Th w={180}>{text.columns.issuer}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {awards.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{entry.year}</Table.Td>
                  <Table.Td>{entry.awardName ?? entry.awardCode}</Table.Td>
                  <Table.Td>{entry.commendationKind ? COMMENDATION_KIND_LABELS[entry.commendationKind] : none}</Table.Td>
                  <Table.Td>{decision(entry)}</Table.Td>
                  <Table.Td>{entry.issuer || none}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h4">
            {text.records}
          </Title>
          <Button size="sm" variant="default" leftSection={<IconPlus size={16} />} onClick={addRecord.open}>
            {text.addRecord}
          </Button>
        </Group>
        {records.length === 0 ? (
          <Text size="sm" c="dimmed">
            {text.recordsEmpty}
          </Text>
        ) : (
          <Table aria-label={text.recordsLabel} striped miw={700}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{text.columns.year}</Table.Th>
                <Table.Th w={110}>{text.columns.recordKind}</Table.Th>
                <Table.Th>{text.columns.detail}</Table.Th>
                <Table.Th w={220}>{text.columns.decision}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{entry.year}</Table.Td>
                  <Table.Td>{entry.kind === 'award' ? '' : text.recordKinds[entry.kind]}</Table.Td>
                  <Table.Td>{recordDetail(entry)}</Table.Td>
                  <Table.Td>{decision(entry)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <FormModal opened={addingAward} onClose={addAward.close} title={text.addAward} size="lg">
        <AddAwardForm
          nomineeId={nominee.id}
          catalogue={(catalogue.data ?? []).filter((award) => award.nomineeKinds.includes(nominee.kind))}
          onSaved={() => {
            addAward.close();
            detail.reload();
          }}
          onCancel={addAward.close}
        />
      </FormModal>
      <FormModal opened={addingRecord} onClose={addRecord.close} title={text.addRecord} size="lg">
        <AddRecordForm
          nomineeId={nominee.id}
          onSaved={() => {
            addRecord.close();
            detail.reload();
          }}
          onCancel={addRecord.close}
        />
      </FormModal>
    </Stack>
  );
}
