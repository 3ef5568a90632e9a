import { Alert, Anchor, Breadcrumbs, Button, Center, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { DecisionItem } from '@shared/domain/council';
import { NOMINEE_KIND_LABELS } from '@shared/domain/nominations';
import { formatDate } from '@shared/format/date';
import { IconCircleCheck, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { call } from '../../api/client';
import { useCall } from '../../api/use-call';
import { ListSection } from '../../components/ListSection';
import { PrintCertificatesButton } from '../certificates';
import { usePrintDocument } from '../documents/use-print-document';
import { DecisionStatusBadge } from './DecisionsPage';
import { HandOverModal } from './HandOverForm';
import { decisionsText } from './text';

const text = decisionsText.page;
const dash = decisionsText.none;

/** A decision: its awards with awardees and register numbers, the draft to print, "Ban hành quyết định", and each award's handing-over. */
export function DecisionPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const decision = useCall('decisions.get', { id }, valid);
  const print = usePrintDocument('decision-draft', { decisionId: id }, { title: text.printTitle, entity: 'decision', entityId: id });
  const [issuing, setIssuing] = useState(false);
  const [handingOver, setHandingOver] = useState<DecisionItem | null>(null);

  if (!valid || decision.error) {
    return (
      <Alert color="red" title={text.loadFailed}>
        <Stack gap="xs" align="flex-start">
          {decision.error?.message}
          <Anchor component={Link} to="/decisions">
            {text.back}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  const d = decision.data;
  if (!d) {
    return (
      <Center p="xl">
        <Loader aria-label={text.loading} />
      </Center>
    );
  }
  const issued = d.status === 'issued';

  const issue = async () => {
    setIssuing(true);
    try {
      const done = await call('decisions.issue', { id: d.id, version: d.version });
      notifications.show({ color: 'green', message: text.issued(done.number) });
    } catch (caught) {
      notifications.show({ color: 'red', title: text.issueFailed, message: caught instanceof Error ? caught.message : String(caught) });
    } finally {
      setIssuing(false);
      decision.reload();
    }
  };
  const confirmIssue = () =>
    modals.openConfirmModal({
      title: text.issueTitle,
      children: <Text size="sm">{text.issueMessage(d.number, d.items.length)}</Text>,
      labels: { confirm: text.issueConfirm, cancel: text.cancel },
      confirmProps: { color: 'green' },
      onConfirm: () => void issue(),
    });

  return (
    <Stack gap="md">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to="/decisions" size="sm">
          {text.back}
        </Anchor>
        <Text size="sm">{d.number}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Group gap="sm" align="center">
            <Title order={2}>{text.heading(d.number)}</Title>
            <DecisionStatusBadge status={d.status} />
          </Group>
          <Text c="dimmed" size="sm">
            {text.dated(formatDate(d.date))} · {text.signer(d.signerAuthority, d.signerName)}
          </Text>
        </div>
        <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={print.open} loading={print.loading}>
            {text.print}
          </Button>
          {!issued && (
            <Button color="green" leftSection={<IconCircleCheck size={16} />} onClick={confirmIssue} loading={issuing}>
              {text.issue}
            </Button>
          )}
          {issued && <PrintCertificatesButton decisionId={d.id} />}
        </Group>
      </Group>
      <Paper withBorder p="md">
        <ListSection
          list={decision}
          texts={{ title: text.awards, loadFailed: text.loadFailed, tableLabel: text.awardsLabel }}
          toolbar={
            <Text size="sm" c="dimmed">
              {issued ? text.handOverNote : text.draftNote}
            </Text>
          }
          empty={false}
          columns={[
            { label: text.columns.index, w: 50 },
            { label: text.columns.nominee },
            { label: text.columns.award, w: 200 },
            { label: text.columns.unit, w: 160 },
            { label: text.columns.register, w: 90 },
            ...(issued ? [{ label: text.columns.action, w: 190 }] : []),
          ]}
          tableProps={{ miw: 940, striped: true }}
        >
          {d.items.map((item) => (
            <Table.Tr key={item.nominationId}>
              <Table.Td>{item.ordinal}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/nominees/${item.nomineeId}`} fw={600} fz="sm">
                  {item.nomineeName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {NOMINEE_KIND_LABELS[item.nomineeKind]}
                  {item.receivedBy ? ` · ${text.receivedBy(item.receivedBy)}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>{item.awardName}</Table.Td>
              <Table.Td>{item.proposingUnitName}</Table.Td>
              <Table.Td>
                {item.registerNumber !== null && item.registerYear !== null
                  ? text.registerNumber(item.registerNumber, item.registerYear)
                  : dash}
              </Table.Td>
              {issued && (
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Text size="sm">{text.printedOn(item.printedOn ? formatDate(item.printedOn) : dash)}</Text>
                    <Text size="sm">{text.handedOverOn(item.handedOverOn ? formatDate(item.handedOverOn) : dash)}</Text>
                    <Button
                      size="compact-xs"
                      variant="light"
                      aria-label={text.handOverFor(item.nomineeName)}
                      onClick={() => setHandingOver(item)}
                    >
                      {text.handOver}
                    </Button>
                  </Stack>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </ListSection>
      </Paper>
      <HandOverModal item={handingOver} decisionDate={d.date} onSaved={() => decision.reload()} onClose={() => setHandingOver(null)} />
      {print.modal}
    </Stack>
  );
}
