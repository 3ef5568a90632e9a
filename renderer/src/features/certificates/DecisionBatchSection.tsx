import { Fieldset, Group, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { formatDate } from '@shared/format/date';
import { useState } from 'react';

import { useCall } from '../../api/use-call';
import { PrintCertificatesButton } from './PrintCertificatesButton';
import { certificatesText as text } from './text';

/**
 * Picks an issued decision from the award register (searched by decision number or awardee, in SQL, one
 * page) and prints its certificates.
 */
export function DecisionBatchSection() {
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 300);
  const register = useCall('awards.register', { query: debounced, pageSize: 200 });
  const [picked, setPicked] = useState<string | null>(null);
  const decisions = [
    ...new Map(
      (register.data?.rows ?? []).map((row) => [
        String(row.decisionId),
        text.decisionOption(row.decisionNumber, formatDate(row.decisionDate)),
      ]),
    ).entries(),
  ].map(([value, label]) => ({ value, label }));
  const chosen = picked && decisions.some((option) => option.value === picked) ? picked : (decisions[0]?.value ?? null);

  return (
    <Fieldset legend={text.batchLegend}>
      <Text size="sm" c="dimmed" mb="xs">
        {text.batchHint}
      </Text>
      <Group align="flex-end">
        <TextInput label={text.decisionFind} value={query} onChange={(event) => setQuery(event.currentTarget.value)} w={260} />
        <Select
          label={text.decisionSearch}
          data={decisions}
          value={chosen}
          onChange={setPicked}
          allowDeselect={false}
          placeholder={text.noDecisions}
          w={320}
        />
        {chosen && <PrintCertificatesButton decisionId={Number(chosen)} />}
      </Group>
    </Fieldset>
  );
}
