import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useState } from 'react';

import { useCall } from '../../api/use-call';
import { certificatesText as text } from './text';
import { usePrintPositioned } from './use-print-positioned';

/**
 * Prints the certificates of an issued decision on pre-printed blanks: pick the blank's layout (and the
 * form, when the decision grants several), then the batch PDF (one sheet per award) in the preview.
 */
export function PrintCertificatesButton({ decisionId }: { decisionId: number }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button leftSection={<IconCertificate size={16} />} variant="light" onClick={() => setOpened(true)}>
        {text.print}
      </Button>
      {opened && <PrintDialog decisionId={decisionId} onClose={() => setOpened(false)} />}
    </>
  );
}

function PrintDialog({ decisionId, onClose }: { decisionId: number; onClose: () => void }) {
  const layouts = useCall('certificates.layouts', {});
  const decision = useCall('decisions.get', { id: decisionId });
  const [layoutId, setLayoutId] = useState<string | null>(null);
  const [awardCode, setAwardCode] = useState<string | null>(null);
  const print = usePrintPositioned();

  const chosenLayout = layoutId ?? (layouts.data?.[0] ? String(layouts.data[0].id) : null);
  const awards = [...new Map((decision.data?.items ?? []).map((item) => [item.awardCode, item.awardName])).entries()];
  const error = layouts.error ?? decision.error;

  const show = () => {
    if (!chosenLayout || !decision.data) return;
    print.open({
      template: 'certificates',
      params: { decisionId, layoutId: Number(chosenLayout), ...(awardCode ? { awardCode } : {}) },
      title: text.batchTitle(decision.data.number),
      note: text.batchNote,
    });
  };

  return (
    <Modal opened onClose={onClose} title={text.printTitle}>
      <Stack>
        {error && <Alert color="red">{error.message}</Alert>}
        {layouts.data && layouts.data.length === 0 && <Text size="sm">{text.noLayouts}</Text>}
        <Select
          label={text.layout}
          data={(layouts.data ?? []).map((layout) => ({ value: String(layout.id), label: layout.name }))}
          value={chosenLayout}
          onChange={setLayoutId}
          allowDeselect={false}
        />
        {awards.length > 1 && (
          <Select
            label={text.award}
            data={[{ value: '', label: text.allAwards }, ...awards.map(([code, name]) => ({ value: code, label: name }))]}
            value={awardCode ?? ''}
            onChange={(value) => setAwardCode(value || null)}
            allowDeselect={false}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {text.cancel}
          </Button>
          <Button onClick={show} disabled={!chosenLayout || !decision.data}>
            {text.show}
          </Button>
        </Group>
      </Stack>
      {print.modal}
    </Modal>
  );
}
