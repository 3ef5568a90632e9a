import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { NOMINATION_STATUS_LABELS, NOMINATION_TRANSITIONS, type NominationDetail, type NominationStatus } from '@shared/domain/nominations';
import { useState } from 'react';

import { ApiError, call } from '../../api/client';
import { nominationsText } from './text';

const text = nominationsText.dossier;

interface Props {
  nomination: NominationDetail;
  onChanged: (saved: NominationDetail) => void;
  onConflict: () => void;
}

/** The moves the dossier's status allows; "Cần bổ sung" asks for the reason first. */
export function StatusActions({ nomination, onChanged, onConflict }: Props) {
  const [busy, setBusy] = useState<NominationStatus | null>(null);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const move = async (to: NominationStatus, why = '') => {
    setBusy(to);
    try {
      const saved = await call('nominations.transition', { id: nomination.id, to, reason: why, version: nomination.version });
      notifications.show({ color: 'green', message: text.moved(NOMINATION_STATUS_LABELS[to]) });
      setAsking(false);
      setReason('');
      onChanged(saved);
    } catch (error) {
      const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
      notifications.show({ color: 'red', title: text.moveFailed, message });
      if (error instanceof ApiError && error.code === 'CONFLICT') onConflict();
    } finally {
      setBusy(null);
    }
  };

  const next = NOMINATION_TRANSITIONS[nomination.status];
  if (next.length === 0) return null;
  return (
    <>
      <Group gap="sm">
        {next.map((to) => (
          <Button
            key={to}
            size="sm"
            variant={to === 'needs-supplement' ? 'light' : 'filled'}
            color={to === 'needs-supplement' ? 'orange' : undefined}
            loading={busy === to}
            disabled={busy !== null && busy !== to}
            onClick={() => (to === 'needs-supplement' ? setAsking(true) : void move(to))}
          >
            {text.transitionTo[to]}
          </Button>
        ))}
      </Group>
      <Modal opened={asking} onClose={() => setAsking(false)} title={text.reasonTitle} closeOnClickOutside={false}>
        <Stack gap="sm">
          <Textarea
            label={text.reason}
            withAsterisk
            autosize
            minRows={3}
            data-autofocus
            value={reason}
            error={reasonError}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(null);
            }}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setAsking(false)}>
              {nominationsText.import.cancel}
            </Button>
            <Button
              color="orange"
              loading={busy === 'needs-supplement'}
              onClick={() => (reason.trim() === '' ? setReasonError(text.reasonRequired) : void move('needs-supplement', reason))}
            >
              {text.reasonConfirm}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
