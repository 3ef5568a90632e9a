import 'dayjs/locale/vi';

import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';

import { appText } from './text';
import { cssVariablesResolver, theme } from './theme';

/** Mantine with the app theme, Vietnamese dates, confirmation modals and notifications. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'vi', firstDayOfWeek: 1 }}>
        {/* Bottom left, at most three, narrow: page actions sit at the top right and every form's footer
            (pages and centred modals) is right-aligned, so nothing clickable is under them; at 1440 px they
            cover the empty foot of the navbar. global.css lets clicks through the gaps between them. */}
        <Notifications position="bottom-left" autoClose={5000} limit={3} containerWidth={340} />
        <ModalsProvider labels={{ confirm: appText.confirm, cancel: appText.cancel }}>{children}</ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
