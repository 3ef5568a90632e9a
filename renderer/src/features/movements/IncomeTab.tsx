import { ActionIcon, Button, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { Income } from '@shared/domain/criteria';
import type { MovementDetail } from '@shared/domain/movements';
import { formatFigure } from '@shared/format/number';
import { compareVietnamese } from '@shared/text/collate';
import { IconPencil } from '@tabler/icons-react';
import { useMemo, useState } from 'react';

import { useCall } from '../../api/use-call';
import { FormModal } from '../../components/FormModal';
import { ListExportButton } from '../../components/ListExportButton';
import { ListSection } from '../../components/ListSection';
import { IncomeForm } from './IncomeForm';
import { movementsText } from './text';

const text = movementsText.income;

/** The units income is recorded for: the movement's area (province) first, then participating districts. */
function incomeUnits(movement: MovementDetail): { id: number; name: string }[] {
  const scope = movement.scopeUnit && ['province', 'district'].includes(movement.scopeUnit.kind) ? [movement.scopeUnit] : [];
  const districts = movement.participants
    .filter((unit) => unit.kind === 'district' && unit.id !== movement.scopeUnit?.id)
    .sort((a, b) => compareVietnamese(a.name, b.name));
  return [...scope, ...districts];
}

function IncomeTable({ unit, years, baseYear }: { unit: { id: number; name: string }; years: number[]; baseYear: number }) {
  const list = useCall('income.list', { unitId: unit.id });
  const [open, setOpen] = useState<number | null>(null);
  const byYear = new Map((list.data ?? []).map((income) => [income.year, income]));
  const allYears = [...new Set([...years, ...byYear.keys()])].sort((a, b) => a - b);
  const base = byYear.get(baseYear);
  const current: Income | undefined = open === null ? undefined : byYear.get(open);
  const saved = () => {
    setOpen(null);
    list.reload();
  };

  return (
    <>
      <ListSection
        list={list}
        tableProps={{ verticalSpacing: 6, miw: undefined, maw: 900 }}
        texts={{ loadFailed: text.loadFailed, tableLabel: text.title }}
        toolbar={<ListExportButton size="sm" input={{ list: 'income', filters: { unitId: unit.id } }} />}
        empty={false}
        columns={[
          { label: text.columns.year, w: 80 },
          { label: text.columns.amount, w: 290, ta: 'right' },
          { label: text.columns.ratio(baseYear), w: 140, ta: 'right' },
          { label: text.columns.note },
          { w: 90 },
        ]}
      >
        {allYears.map((year) => {
          const income = byYear.get(year);
          return (
            <Table.Tr key={year}>
              <Table.Td fw={year === baseYear ? 700 : undefined}>{year}</Table.Td>
              <Table.Td ta="right">
                {income ? (
                  formatFigure(income.amount)
                ) : (
                  <Text span size="sm" c="dimmed">
                    {text.notEntered}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                {income && base && year !== baseYear ? text.ratio(formatFigure(income.amount / base.amount)) : ''}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {income?.note}
                </Text>
              </Table.Td>
              <Table.Td>
                {income ? (
                  <ActionIcon variant="subtle" aria-label={text.setLabel(year)} title={text.setLabel(year)} onClick={() => setOpen(year)}>
                    <IconPencil size={16} />
                  </ActionIcon>
                ) : (
                  <Button size="compact-xs" variant="light" aria-label={text.setLabel(year)} onClick={() => setOpen(year)}>
                    {text.set}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </ListSection>
      <FormModal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open === null ? '' : text.modalTitle(unit.name, open)}
        size="md"
      >
        {open !== null && (
          <IncomeForm unitId={unit.id} year={open} current={current} onSaved={saved} onCancel={() => setOpen(null)} onReload={saved} />
        )}
      </FormModal>
    </>
  );
}

/** Rural income per capita per year for the movement's province and, optionally, its districts. */
export function IncomeTab({ movement }: { movement: MovementDetail }) {
  const units = useMemo(() => incomeUnits(movement), [movement]);
  const targets = useCall('targets.list', { movementId: movement.id });
  const [chosen, setChosen] = useState<string | null>(null);
  const unit = units.find((candidate) => String(candidate.id) === chosen) ?? units[0];
  const incomeTarget = (targets.data ?? []).find((target) => target.definition.metric === 'income-ratio');
  const baseYear = incomeTarget?.baseYear ?? movement.startYear - 1;
  const years = useMemo(() => {
    const first = Math.min(baseYear, movement.startYear);
    return Array.from({ length: movement.endYear - first + 1 }, (_, i) => first + i);
  }, [baseYear, movement.startYear, movement.endYear]);

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {text.title}
      </Title>
      <Text size="sm" c="dimmed">
        {text.intro}
      </Text>
      {!unit ? (
        <Text c="dimmed">{text.noScope}</Text>
      ) : (
        <>
          <Select
            label={text.unit}
            data={units.map((u) => ({ value: String(u.id), label: u.name }))}
            value={String(unit.id)}
            onChange={setChosen}
            allowDeselect={false}
            maw={360}
          />
          <IncomeTable key={unit.id} unit={unit} years={years} baseYear={baseYear} />
        </>
      )}
    </Stack>
  );
}
