import { Alert, Button, Group, List, Paper, Stack, Stepper, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { VISIT_STATUS_LABELS, VISIT_STATUSES, type VisitDetail } from '@shared/domain/inspections';
import { IconArrowBackUp, IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';

import { ApiError, call } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { FormModal } from '../../components/FormModal';
import { ReopenForm } from './ReopenForm';
import { visitText } from './text';

const text = visitText.workflow;

interface Props {
  visit: VisitDetail;
  onChanged: (visit: VisitDetail) => void;
  onReload: () => void;
}

/**
 * Kế hoạch -> Đang kiểm tra -> Đã có kết quả -> Đã ký biên bản -> Hoàn thành: where the visit is, the button to the
 * next step, "Mở lại" (with a reason) to an earlier one, and the service's refusal in words when it says no.
 */
export function WorkflowBar({ visit, onChanged, onReload }: Props) {
  const index = VISIT_STATUSES.indexOf(visit.status);
  const next = VISIT_STATUSES[index + 1];
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ conflict: boolean; message: string } | null>(null);
  const [reopening, reopen] = useDisclosure(false);

  const forward = async () => {
    if (!next) return;
    setBusy(true);
    setRefusal(null);
    try {
      const moved = await call('inspections.transition', { visitId: visit.id, to: next, reason: '', version: visit.version });
      notifications.show({ color: 'green', message: text.moved(VISIT_STATUS_LABELS[moved.status]) });
      onChanged(moved);
    } catch (error) {
      setRefusal({
        conflict: error instanceof ApiError && error.code === 'CONFLICT',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={text.steps}>
      <Stack gap="sm">
        <Stepper active={visit.status === 'done' ? VISIT_STATUSES.length : index} size="sm" allowNextStepsSelect={false} iconSize={28}>
          {VISIT_STATUSES.map((status) => (
            <Stepper.Step key={status} label={VISIT_STATUS_LABELS[status]} aria-current={status === visit.status ? 'step' : undefined} />
          ))}
        </Stepper>
        <Group gap="sm">
          {next && (
            <Button leftSection={<IconArrowRight size={16} />} onClick={() => void forward()} loading={busy}>
              {text.next(VISIT_STATUS_LABELS[next])}
            </Button>
          )}
          {index > 0 && (
            <Button variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={reopen.open} disabled={busy}>
              {text.reopen}
            </Button>
          )}
        </Group>
        {refusal &&
          (refusal.conflict ? (
            <ConflictAlert title={text.conflictTitle} message={refusal.message} onReload={onReload} />
          ) : (
            <Alert color="red" title={text.refused} withCloseButton closeButtonLabel={text.dismiss} onClose={() => setRefusal(null)}>
              {refusal.message}
            </Alert>
          ))}
        {visit.status === 'results' && visit.missingRequired.length > 0 && !refusal && (
          <Alert color="yellow" title={text.missingTitle}>
            <Text size="sm">{text.missingHint}</Text>
            <List size="sm" mt={4}>
              {visit.missingRequired.map((item) => (
                <List.Item key={item.itemId}>{`${item.code}. ${item.text}`}</List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
      <FormModal opened={reopening} onClose={reopen.close} title={text.reopenTitle} size="md">
        <ReopenForm
          visit={visit}
          onCancel={reopen.close}
          onReload={() => {
            reopen.close();
            onReload();
          }}
          onSaved={(moved) => {
            reopen.close();
            setRefusal(null);
            onChanged(moved);
          }}
        />
      </FormModal>
    </Paper>
  );
}
