import type { Recommendation } from '@shared/domain/inspections';
import { type ReactNode, useState } from 'react';

import { FormModal } from '../../components/FormModal';
import { RecommendationUpdateForm, type UpdateMode } from './RecommendationUpdateForm';
import { recommendationsText as text } from './text';

const TITLES: Record<UpdateMode, string> = { update: text.update.title, close: text.close.title, carry: text.carry.title };

/** One dialog for updating, closing or carrying over a recommendation: `open(recommendation, mode)` and `{modal}`. */
export function useRecommendationDialog(onSaved: () => void, visit?: { id: number; date: string }) {
  const [shown, setShown] = useState<{ recommendation: Recommendation; mode: UpdateMode } | null>(null);
  const close = () => setShown(null);
  const modal: ReactNode = (
    <FormModal opened={shown !== null} onClose={close} title={shown ? TITLES[shown.mode] : ''} size="lg">
      {shown && (
        <RecommendationUpdateForm
          key={`${shown.recommendation.id}-${shown.recommendation.version}-${shown.mode}`}
          recommendation={shown.recommendation}
          mode={shown.mode}
          visit={visit}
          onCancel={close}
          onReload={() => {
            close();
            onSaved();
          }}
          onSaved={() => {
            close();
            onSaved();
          }}
        />
      )}
    </FormModal>
  );
  return { open: (recommendation: Recommendation, mode: UpdateMode) => setShown({ recommendation, mode }), modal };
}
