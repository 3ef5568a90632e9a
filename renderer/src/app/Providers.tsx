import 'dayjs/locale/vi';

import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';

import { appText } from './text';
import { theme } from './theme';

/** Mantine with the app theme, Vietnamese dates, confirmation modals and notifications. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'vi', firstDayOfWeek: 1 }}>
        {/* Bottom right: at the top they would cover the page's action buttons. */}
        <Notifications position="bottom-right" autoClose={6000} />
        <ModalsProvider labels={{ confirm: appText.confirm, cancel: appText.cancel }}>{children}</ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
