import { Anchor, Button, Group, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { criterionByDistrict, type CriterionResult, type DistrictRecorded } from '@shared/domain/agencies';
import { formatNumber } from '@shared/format/number';
import { Link } from 'react-router';

import { shareText } from './format';
import { agenciesText } from './text';

const text = agenciesText.results;

/** One criterion in a year: communes meeting it by district, and each commune short of it (a link to its page). */
export function ShortModal({
  criterion,
  districts,
  year,
  onClose,
}: {
  criterion: CriterionResult | null;
  /** The results' districts, which the criterion's met counts follow. */
  districts: DistrictRecorded[];
  year: number;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={criterion !== null}
      onClose={onClose}
      size="xl"
      title={criterion ? text.shortTitle(criterion.number, criterion.name, year) : ''}
    >
      {criterion && (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <div>
              <Title order={4} mb="xs">
                {text.byDistrict}
              </Title>
              <Table verticalSpacing={4} aria-label={text.byDistrict}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{text.districtColumns.district}</Table.Th>
                    <Table.Th ta="right">{text.districtColumns.met}</Table.Th>
                    <Table.Th ta="right">{text.districtColumns.share}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {criterionByDistrict(districts, criterion).map((d) => (
                    <Table.Tr key={d.districtId ?? 0}>
                      <Table.Td>{d.districtName}</Table.Td>
                      <Table.Td ta="right">{`${formatNumber(d.met)}/${formatNumber(d.recorded)}`}</Table.Td>
                      <Table.Td ta="right">{shareText(d.recorded === 0 ? null : Math.round((d.met / d.recorded) * 1000) / 10)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
            <div>
              <Title order={4} mb="xs">
                {`${text.shortList} (${formatNumber(criterion.notMetCount)})`}
              </Title>
              {criterion.notMet.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {text.allMet}
                </Text>
              ) : (
                <Stack gap={2} component="ol" style={{ paddingLeft: 24, margin: 0 }}>
                  {criterion.notMet.map((unit) => (
                    <li key={unit.unitId}>
                      <Anchor component={Link} to={`/units/${unit.unitId}`} size="sm">
                        {unit.name}
                      </Anchor>
                      {unit.districtName && (
                        <Text span size="sm" c="dimmed">
                          {` · ${unit.districtName}`}
                        </Text>
                      )}
                    </li>
                  ))}
                </Stack>
              )}
              {criterion.notMetCount > criterion.notMet.length && (
                <Text c="dimmed" size="sm" mt="xs">
                  {text.shortShown(formatNumber(criterion.notMet.length), formatNumber(criterion.notMetCount))}
                </Text>
              )}
            </div>
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {text.close}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
