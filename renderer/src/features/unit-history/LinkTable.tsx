import { ActionIcon, Anchor, Badge, Table, Text, Tooltip } from '@mantine/core';
import type { SuccessorLink, UnitRef } from '@shared/domain/unit-history';
import { formatDate } from '@shared/format/date';
import { IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';

import { linkSentence } from './lineage';
import { unitHistoryText } from './text';

const text = unitHistoryText.lineage;

/** The unit itself in bold, any other unit as a link to its page. */
function UnitName({ unit, selfId }: { unit: UnitRef; selfId: number }) {
  if (unit.id === selfId) {
    return (
      <Text span fw={600} fz="inherit">
        {unit.name}
      </Text>
    );
  }
  return (
    <Anchor component={Link} to={`/units/${unit.id}`} fz="inherit">
      {unit.name}
    </Anchor>
  );
}

interface Props {
  links: SuccessorLink[];
  selfId: number;
  label: string;
  onRemove: (link: SuccessorLink) => void;
}

/** Links as sentences ("Xã A – Sáp nhập vào – Xã B") with their effective date and legal document. */
export function LinkTable({ links, selfId, label, onRemove }: Props) {
  return (
    <Table withTableBorder verticalSpacing="xs" aria-label={label}>
      <Table.Tbody>
        {links.map((link) => {
          const sentence = linkSentence(link);
          const decision = text.decision(link.decision.number, formatDate(link.decision.date), link.decision.issuer);
          return (
            <Table.Tr key={link.id}>
              <Table.Td w="42%">
                <Text size="sm" lh={1.9}>
                  <UnitName unit={sentence.subject} selfId={selfId} />{' '}
                  <Badge
                    variant="light"
                    color={link.relation === 'split_from' ? 'orange' : 'blue'}
                    tt="none"
                    mx={4}
                    style={{ verticalAlign: 'middle' }}
                  >
                    {sentence.relation}
                  </Badge>{' '}
                  <UnitName unit={sentence.object} selfId={selfId} />
                </Text>
                {link.note && (
                  <Text size="xs" c="dimmed" mt={2} style={{ whiteSpace: 'pre-line' }}>
                    {link.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td w={180}>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {text.effective(formatDate(link.effectiveDate))}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={decision ? undefined : 'dimmed'}>
                  {decision || text.noDecision}
                </Text>
              </Table.Td>
              <Table.Td w={48}>
                <Tooltip label={text.remove}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={text.removeLabel(sentence.subject.name, sentence.relation, sentence.object.name)}
                    onClick={() => onRemove(link)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
