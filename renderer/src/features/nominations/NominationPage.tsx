import { Alert, Anchor, Breadcrumbs, Button, Center, Grid, Group, List, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { isDossierOpen, NOMINATION_STATUS_LABELS, NOMINEE_KIND_LABELS } from '@shared/domain/nominations';
import { formatDate, formatDateTime } from '@shared/format/date';
import { formatFigure, formatNumber } from '@shared/format/number';
import { IconAlertTriangle, IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';

import { useCall } from '../../api/use-call';
import { FormModal } from '../../components/FormModal';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { CouncilResultBadge, useCouncilResults } from '../council/CouncilResultBadge';
import { EligibilityBadge, NominationStatusBadge } from './Badges';
import { DossierChecklist } from './DossierChecklist';
import { NominationEditForm } from './NominationEditForm';
import { StatusActions } from './StatusActions';
import { nominationsText } from './text';

const text = nominationsText.dossier;
const none = nominationsText.none;

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** One dossier: what is proposed, its status and moves with their history, the checklist with files, eligibility and flags. */
export function NominationPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const detail = useCall('nominations.get', { id: valid ? id : 1 }, valid);
  const catalogue = useCall('awards.catalogue', {});
  const [editing, edit] = useDisclosure(false);
  const eligibility = useCall('nominations.eligibility', { id: valid ? id : 1 }, valid);
  const files = useCall('attachments.list', { ownerKind: 'nomination', ownerId: valid ? id : 1 }, valid);
  // The round's name for the way back; rounds are few (a handful a year), there is no single-round channel.
  const rounds = useCall('rounds.list', {});
  const councilResults = useCouncilResults([valid ? id : 1], valid);

  if (!valid || detail.error) {
    return (
      <Alert color="red" title={text.loadFailed}>
        <Stack gap="xs" align="flex-start">
          {detail.error?.message}
          <Anchor component={Link} to="/nominations">
            {nominationsText.round.back}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  const nomination = detail.data && detail.data.id === id ? detail.data : undefined;
  if (!nomination) {
    return (
      <Center p="xl">
        <Loader aria-label={text.loading} />
      </Center>
    );
  }
  const reload = () => {
    detail.reload();
    eligibility.reload();
  };
  const saved = () => {
    edit.close();
    reload();
  };
  const contributions = [
    nomination.landM2 !== null ? text.land(formatFigure(nomination.landM2)) : null,
    nomination.moneyVnd !== null ? text.money(formatNumber(nomination.moneyVnd)) : null,
    nomination.workdays !== null ? text.workdays(formatFigure(nomination.workdays)) : null,
  ].filter((line): line is string => line !== null);
  const result = eligibility.data && eligibility.data.id === id ? eligibility.data : null;

  return (
    <Stack gap="md">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to="/nominations" size="sm">
          {nominationsText.round.back}
        </Anchor>
        <Anchor component={Link} to={`/nominations/rounds/${nomination.roundId}`} size="sm">
          {rounds.data?.find((round) => round.id === nomination.roundId)?.name ?? text.back}
        </Anchor>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm" align="center">
            <Title order={2}>{nomination.nomineeName}</Title>
            <NominationStatusBadge status={nomination.status} />
            <CouncilResultBadge result={councilResults.get(nomination.id)} />
          </Group>
          <Text c="dimmed" size="sm">
            {NOMINEE_KIND_LABELS[nomination.nomineeKind]} · {nomination.awardName}
          </Text>
        </div>
        <Group gap="sm" align="flex-start">
          {isDossierOpen(nomination.status) && (
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={edit.open}>
              {text.edit}
            </Button>
          )}
          <StatusActions nomination={nomination} onChanged={reload} onConflict={reload} />
        </Group>
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Group grow align="flex-start">
                  <Field label={text.nominee}>
                    <Anchor component={Link} to={`/nominees/${nomination.nomineeId}`} size="sm" fw={600}>
                      {nomination.nomineeName}
                    </Anchor>
                  </Field>
                  <Field label={text.award}>{nomination.awardName}</Field>
                </Group>
                <Group grow align="flex-start">
                  <Field label={text.unit}>{nomination.proposingUnitName}</Field>
                  <Field label={text.received}>{nomination.receivedOn ? formatDate(nomination.receivedOn) : none}</Field>
                </Group>
                <Field label={text.summary}>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{nomination.summary || none}</span>
                </Field>
                {contributions.length > 0 && <Field label={text.contribution}>{contributions.join(' · ')}</Field>}
              </Stack>
            </Paper>
            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="sm">
                {text.checklist}
              </Title>
              <DossierChecklist nomination={nomination} files={files.data ?? []} onChanged={reload} onConflict={reload} />
              <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
                <AttachmentsPanel ownerKind="nomination" ownerId={nomination.id} onChanged={files.reload} />
              </div>
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <Paper withBorder p="md" aria-label={text.eligibility} component="section">
              <Group justify="space-between" mb="xs">
                <Title order={3} size="h4">
                  {text.eligibility}
                </Title>
                <EligibilityBadge status={result?.status ?? nomination.eligibility} />
              </Group>
              {eligibility.error && (
                <Text size="sm" c="red">
                  {text.eligibilityFailed}: {eligibility.error.message}
                </Text>
              )}
              <List size="sm" spacing={4}>
                {(result?.reasons ?? nomination.eligibilityReasons).map((reason) => (
                  <List.Item key={reason}>{reason}</List.Item>
                ))}
              </List>
              {result && (
                <Text size="xs" c="dimmed" mt="sm">
                  {result.legalBasis ? text.legalBasis(result.legalBasis) : text.noRule}
                </Text>
              )}
            </Paper>
            {nomination.flags.length > 0 && (
              <Alert color="orange" title={text.flags} icon={<IconAlertTriangle size={18} />}>
                <List size="sm" spacing={4}>
                  {nomination.flags.map((flag) => (
                    <List.Item key={flag}>{flag}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="sm">
                {text.history}
              </Title>
              <Table aria-label={text.historyLabel} striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={140}>{text.historyColumns.at}</Table.Th>
                    <Table.Th>{text.historyColumns.to}</Table.Th>
                    <Table.Th>{text.historyColumns.who}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {nomination.transitions.map((step, index) => (
                    <Table.Tr key={`${step.at}-${index}`}>
                      <Table.Td>{formatDateTime(step.at)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {NOMINATION_STATUS_LABELS[step.to]}
                        </Text>
                        {step.reason && (
                          <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                            {text.historyColumns.reason}: {step.reason}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{step.operator || none}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <FormModal opened={editing} onClose={edit.close} title={text.editTitle} size="lg">
        <NominationEditForm
          nomination={nomination}
          catalogue={catalogue.data ?? []}
          onSaved={saved}
          onCancel={edit.close}
          onReload={saved}
        />
      </FormModal>
    </Stack>
  );
}
