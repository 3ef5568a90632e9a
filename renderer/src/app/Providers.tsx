import 'dayjs/locale/vi';

import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';

import { appText } from './text';
import { theme } from './theme';

/**
 * Mantine with the app theme, Vietnamese dates, confirmation modals and notifications. The theme's CSS variables
 * (its contrast colours included) come from theme-variables.css, written at build time: computed here, they
 * cost every start some milliseconds of the first render.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} withCssVariables={false} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'vi', firstDayOfWeek: 1 }}>
        {/* Top centre, at most two, narrow: over the middle of the header and of the title row, where no
            screen has a button. Page actions sit at the right, toolbars at the left and right, and save
            buttons at the foot of forms (left on pages, right in modals), which the bottom corners would cover.
            global.css lets clicks through the gaps between them. */}
        <Notifications position="top-center" autoClose={5000} limit={2} containerWidth={340} />
        <ModalsProvider labels={{ confirm: appText.confirm, cancel: appText.cancel }}>{children}</ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
