import { Burger, Group, NavLink, Stack, Text, Title, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect } from 'react';
import { Link, useLocation, useRoutes } from 'react-router';

import { whenCallsQuiet } from '../api/activity';
import { dropPrefetched } from '../api/prefetch';
import { navItems } from './nav';
import { appRoutes, idle, preloadRoute, preloadScreens, ScreenSuspense } from './routes';
import { useSettings } from './settings-context';
import { appText } from './text';

/**
 * Under 1200 px (the 1024x768 screens of some offices) the navbar folds into a burger, so wide tables
 * and the criteria grid keep the whole window; the opened navbar lies over the content until a link is chosen.
 */
const NAV_BREAKPOINT = 'lg';

/** How long no channel call may be pending before the first screen counts as loaded. */
const FIRST_SCREEN_QUIET_MS = 1000;

// The header's parts that show the settings read them themselves: when the settings arrive (or are saved),
// only they render again, not the Shell and with it the whole screen.

/** The issuing body and the province (or parent agency) under the app's name. */
function IssuingBody() {
  const { settings } = useSettings();
  if (!settings) return null;
  return (
    <Stack gap={0} visibleFrom="xs">
      <Text size="sm" fw={600} lh={1.2}>
        {settings.issuingBody}
      </Text>
      <Text size="xs" c="dimmed" lh={1.2}>
        {settings.provinceName ?? settings.parentAgency}
      </Text>
    </Stack>
  );
}

/** Who is working, at the header's right. */
function Operator() {
  const { settings } = useSettings();
  if (!settings?.operatorName) return null;
  return (
    <Text size="sm" c="dimmed" visibleFrom="md">
      {appText.operator(settings.operatorName)}
    </Text>
  );
}

/** The frame around every screen: header with the issuing body and province, navbar, content. */
export function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints[NAV_BREAKPOINT]})`, true, { getInitialValueInEffect: false });
  // Folded away (narrow window, burger closed), the navbar is not shown at all.
  const folded = !wide && !opened;
  const { pathname } = useLocation();
  const content = useRoutes(appRoutes);
  // The other screens' chunks load once the first screen is usable (its chunk in, its calls answered,
  // the browser idle), so they never compete with it; by the time the user clicks, they are in.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      await preloadRoute(pathname);
      await whenCallsQuiet(FIRST_SCREEN_QUIET_MS);
      await idle(2000);
      if (cancelled) return;
      dropPrefetched();
      await preloadScreens();
    })();
    return () => {
      cancelled = true;
    };
    // Once, for the screen the app opened on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The frame's layout is in global.css (.app-header, .app-navbar, .app-main; its breakpoint is NAV_BREAKPOINT's).
  // The header moves with the page's scrollbar when a modal locks scrolling (react-remove-scroll's class).
  return (
    <>
      <header className="app-header right-scroll-bar-position">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom={NAV_BREAKPOINT} size="sm" aria-label={appText.toggleNav} />
            <Title order={1} size="h3" c="red.8">
              {appText.appName}
            </Title>
            <IssuingBody />
          </Group>
          <Operator />
        </Group>
      </header>
      <nav className="app-navbar" aria-label={appText.navLabel} data-folded={folded || undefined}>
        {navItems.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            leftSection={<item.icon size={18} stroke={1.6} />}
            active={pathname === item.to || pathname.startsWith(`${item.to}/`)}
            onClick={close}
          />
        ))}
      </nav>
      <main className="app-main">
        {/* One boundary per path: a new screen mounts a new boundary, so the screen left unmounts at once
            (its pending work with it) while the next one's chunk loads, instead of staying on during the transition. */}
        <ScreenSuspense key={pathname}>{content}</ScreenSuspense>
      </main>
    </>
  );
}
