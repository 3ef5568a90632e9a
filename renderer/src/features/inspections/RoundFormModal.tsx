import { Center, Loader } from '@mantine/core';
import type { Inspection } from '@shared/domain/inspections';

import { useCall } from '../../api/use-call';
import { FormModal } from '../../components/FormModal';
import { LoadError } from '../../components/LoadError';
import { RoundForm } from './RoundForm';
import { inspectionsText } from './text';

interface Props {
  opened: boolean;
  onClose: () => void;
  round?: Inspection;
  onSaved: (round: Inspection) => void;
  onReload?: () => void;
}

/** The round form in a modal; reads the movements (the covered ones are chosen among them) when it opens. */
export function RoundFormModal({ opened, onClose, round, onSaved, onReload }: Props) {
  const movements = useCall('movements.list', {}, opened);
  const { form } = inspectionsText;
  return (
    <FormModal opened={opened} onClose={onClose} title={round ? form.editTitle : form.createTitle}>
      {movements.error ? (
        <LoadError title={form.movementsFailed} message={movements.error.message} onRetry={movements.reload} />
      ) : movements.data ? (
        <RoundForm
          round={round}
          movements={movements.data}
          onSaved={(saved) => {
            onSaved(saved);
            onClose();
          }}
          onCancel={onClose}
          onReload={onReload}
        />
      ) : (
        <Center p="xl" aria-label={form.loadingMovements}>
          <Loader />
        </Center>
      )}
    </FormModal>
  );
}
