import { Button, Group, Loader, Select } from '@mantine/core';
import { periodYears } from '@shared/domain/dashboard-year';
import type { MovementListItem } from '@shared/domain/movements';
import { IconPrinter } from '@tabler/icons-react';

import { dashboardText } from './text';

const { controls: text } = dashboardText;

interface Props {
  movements: MovementListItem[];
  movement: MovementListItem;
  year: number | null;
  loading: boolean;
  onMovement: (id: number) => void;
  onYear: (year: number) => void;
  onPrint: () => void;
  printing: boolean;
}

/** Movement and year selectors, and the report button. */
export function DashboardControls({ movements, movement, year, loading, onMovement, onYear, onPrint, printing }: Props) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      {loading && <Loader size="sm" mb={8} aria-hidden />}
      <Select
        label={text.movement}
        data={movements.map((m) => ({ value: String(m.id), label: m.name }))}
        value={String(movement.id)}
        onChange={(value) => value && onMovement(Number(value))}
        allowDeselect={false}
        w={{ base: '100%', sm: 380 }}
        comboboxProps={{ width: 'target' }}
      />
      <Select
        label={text.year}
        data={periodYears(movement).map((y) => ({ value: String(y), label: String(y) }))}
        value={year === null ? null : String(year)}
        onChange={(value) => value && onYear(Number(value))}
        allowDeselect={false}
        w={130}
      />
      <Button leftSection={<IconPrinter size={16} />} onClick={onPrint} loading={printing} disabled={year === null}>
        {text.print}
      </Button>
    </Group>
  );
}
