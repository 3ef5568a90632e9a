import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { dashboardText } from './text';
import type { ShowUnits, UnitList } from './units-list';

interface Props {
  children: ReactNode;
  list: UnitList;
  onShow: ShowUnits;
  fz?: string;
  fw?: number;
}

/** A figure that opens the list of the units behind it; plain text when there are none. */
export function FigureButton({ children, list, onShow, fz, fw }: Props) {
  if (list.total === 0) {
    return (
      <Text span fz={fz} fw={fw}>
        {children}
      </Text>
    );
  }
  return (
    <Anchor
      component="button"
      type="button"
      fz={fz}
      fw={fw}
      onClick={() => onShow(list)}
      title={dashboardText.targets.showUnits(list.title)}
    >
      {children}
    </Anchor>
  );
}
