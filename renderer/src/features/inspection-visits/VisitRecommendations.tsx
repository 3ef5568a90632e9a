import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { isVisitEditable, type Recommendation, type VisitDetail } from '@shared/domain/inspections';
import { formatDate } from '@shared/format/date';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

import { FormModal } from '../../components/FormModal';
import { RecommendationCreateForm } from '../recommendations/RecommendationCreateForm';
import { RecommendationStatusBadge } from '../recommendations/RecommendationStatusBadge';
import { recommendationsText } from '../recommendations/text';
import { useRecommendationDialog } from '../recommendations/use-recommendation-dialog';
import { visitText } from './text';

const text = visitText.recommendations;
const columns = recommendationsText.columns;

interface Props {
  visit: VisitDetail;
  onChanged: () => void;
}

/** The recommendations made at this visit, and the open ones of earlier rounds at the same unit, to close or carry over. */
export function VisitRecommendations({ visit, onChanged }: Props) {
  const [adding, add] = useDisclosure(false);
  const dialog = useRecommendationDialog(onChanged, { id: visit.id, date: visit.date });
  const editable = isVisitEditable(visit.status);

  return (
    <Stack gap="lg">
      <Stack gap="xs" component="section" aria-label={text.title}>
        <Group justify="space-between">
          <Title order={3} size="h5">
            {text.title}
          </Title>
          {editable && (
            <Button size="sm" leftSection={<IconPlus size={16} />} onClick={add.open}>
              {recommendationsText.create.button}
            </Button>
          )}
        </Group>
        {!editable && (
          <Text size="sm" c="gray.7">
            {text.locked}
          </Text>
        )}
        {visit.recommendations.length === 0 ? (
          <Text size="sm" c="gray.7">
            {text.empty}
          </Text>
        ) : (
          <RecommendationTable
            label={text.title}
            rows={visit.recommendations}
            actions={(r) => (
              <Button
                size="xs"
                variant="light"
                onClick={() => dialog.open(r, 'update')}
                aria-label={recommendationsText.update.label(r.text)}
              >
                {recommendationsText.update.button}
              </Button>
            )}
          />
        )}
      </Stack>

      <Stack gap="xs" component="section" aria-label={text.carriedTitle}>
        <Title order={3} size="h5">
          {text.carriedTitle}
        </Title>
        <Text size="sm" c="gray.7">
          {text.carriedHint}
        </Text>
        {visit.carried.length === 0 ? (
          <Text size="sm" c="gray.7">
            {text.carriedEmpty}
          </Text>
        ) : (
          <RecommendationTable
            label={text.carriedTitle}
            rows={visit.carried}
            from
            actions={(r) =>
              r.closedInVisitId === visit.id ? (
                <Text size="sm" c="green.9" fw={600}>
                  {text.closedHere}
                </Text>
              ) : (
                <Group gap={6} wrap="nowrap">
                  <Button
                    size="xs"
                    color="green"
                    onClick={() => dialog.open(r, 'close')}
                    aria-label={recommendationsText.close.label(r.text)}
                  >
                    {recommendationsText.close.button}
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => dialog.open(r, 'carry')}
                    aria-label={recommendationsText.carry.label(r.text)}
                  >
                    {recommendationsText.carry.button}
                  </Button>
                </Group>
              )
            }
          />
        )}
      </Stack>
      <FormModal opened={adding} onClose={add.close} title={recommendationsText.create.title} size="lg">
        <RecommendationCreateForm
          visit={visit}
          onCancel={add.close}
          onSaved={() => {
            add.close();
            onChanged();
          }}
        />
      </FormModal>
      {dialog.modal}
    </Stack>
  );
}

interface TableProps {
  label: string;
  rows: Recommendation[];
  /** Shows the round each came from. */
  from?: boolean;
  actions: (r: Recommendation) => ReactNode;
}

function RecommendationTable({ label, rows, from, actions }: TableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table fz="sm" verticalSpacing={6} striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{columns.text}</Table.Th>
            <Table.Th w={170}>{columns.responsible}</Table.Th>
            <Table.Th w={100}>{columns.deadline}</Table.Th>
            <Table.Th w={130}>{columns.status}</Table.Th>
            <Table.Th w={from ? 230 : 110}>{columns.actions}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const last = r.notes.at(-1);
            return (
              <Table.Tr key={r.id} data-overdue={r.overdue || undefined}>
                <Table.Td>
                  {from && (
                    <Text size="xs" c="gray.7">
                      {text.from(r.inspectionYear)}
                    </Text>
                  )}
                  <Text size="sm">{r.text}</Text>
                  {last && (
                    <Text size="xs" c="gray.7">
                      {recommendationsText.lastNote(formatDate(last.date), last.text)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{r.responsibleUnitName}</Table.Td>
                <Table.Td c={r.overdue ? 'red.9' : undefined} fw={r.overdue ? 700 : undefined}>
                  {formatDate(r.deadline)}
                </Table.Td>
                <Table.Td>
                  <RecommendationStatusBadge recommendation={r} />
                </Table.Td>
                <Table.Td>{actions(r)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
