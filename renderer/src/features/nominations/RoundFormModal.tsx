import { Center, Loader } from '@mantine/core';
import type { NominationRound } from '@shared/domain/nominations';

import { useCall } from '../../api/use-call';
import { FormModal } from '../../components/FormModal';
import { LoadError } from '../../components/LoadError';
import { RoundForm } from './RoundForm';
import { nominationsText } from './text';

interface Props {
  opened: boolean;
  onClose: () => void;
  onSaved: (round: NominationRound) => void;
}

/** The round form in a modal; reads the movements (a round may belong to one) when it opens. */
export function RoundFormModal({ opened, onClose, onSaved }: Props) {
  const movements = useCall('movements.list', {}, opened);
  const text = nominationsText.roundForm;
  return (
    <FormModal opened={opened} onClose={onClose} title={text.createTitle}>
      {movements.error ? (
        <LoadError title={text.movementsFailed} message={movements.error.message} onRetry={movements.reload} />
      ) : movements.data ? (
        <RoundForm
          movements={movements.data}
          onSaved={(saved) => {
            onSaved(saved);
            onClose();
          }}
          onCancel={onClose}
        />
      ) : (
        <Center p="xl" aria-label={text.loadingMovements}>
          <Loader />
        </Center>
      )}
    </FormModal>
  );
}
