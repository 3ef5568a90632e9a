import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTableImport } from '@tabler/icons-react';

import { unitHistoryText } from './text';
import { VillageImportModal } from './VillageImportModal';

/** "Nhập thôn" on the units screen: opens the paste-and-check village import. */
export function VillageImportButton({ onImported }: { onImported?: (created: number) => void }) {
  const [opened, modal] = useDisclosure(false);
  return (
    <>
      <Button variant="default" leftSection={<IconTableImport size={18} />} onClick={modal.open}>
        {unitHistoryText.villages.button}
      </Button>
      <VillageImportModal opened={opened} onClose={modal.close} onImported={(created) => onImported?.(created)} />
    </>
  );
}
