import {
  Alert,
  Badge,
  CloseButton,
  createTheme,
  type CSSVariablesResolver,
  DEFAULT_THEME,
  Drawer,
  Modal,
  NavLink,
  Notification,
  Pagination,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';

import { darken, darkenToContrast } from './contrast';
import { appText } from './text';

/**
 * System fonts only (the CSP forbids remote fonts): Segoe UI on Windows, where users are,
 * then fonts with full Vietnamese coverage on other systems.
 */
const fontFamily = "'Segoe UI', 'Noto Sans', Roboto, 'Liberation Sans', Arial, sans-serif";

const PRIMARY_SHADE = 7;

/** Pagination arrows are icons: give them names a screen reader can say. */
const PAGINATION_CONTROLS = {
  first: appText.pagination.first,
  previous: appText.pagination.previous,
  next: appText.pagination.next,
  last: appText.pagination.last,
} as const;

// CloseButton's props type leaves out the button's own attributes, though they reach the element.
const closeButtonDefaults: Record<string, unknown> = { 'aria-label': appText.close };

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: PRIMARY_SHADE,
  fontFamily,
  headings: { fontFamily },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // Vietnamese in capitals is hard to read in small badges ("CẤP HUYỆN"): keep the case as written.
    Badge: Badge.extend({ styles: { label: { textTransform: 'none' } } }),
    // Every close button has a name, not only an ×, saying what it closes or clears; a modal's is never
    // just "Đóng", which would be confused with a "Đóng" button in its footer.
    CloseButton: CloseButton.extend({ defaultProps: closeButtonDefaults }),
    InputClearButton: { defaultProps: { 'aria-label': appText.clearInput } },
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': appText.closeWindow } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': appText.closeWindow } } }),
    Alert: Alert.extend({ defaultProps: { closeButtonLabel: appText.closeMessage } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': appText.closeMessage } } }),
    // The active link's description is faded to 90% by default, which drops it under 4.5:1.
    NavLink: NavLink.extend({ styles: { description: { opacity: 1 } } }),
    // The calendar's arrows are icons: named so a screen reader can say them.
    DateInput: DateInput.extend({ defaultProps: { ariaLabels: appText.calendar } }),
    Pagination: Pagination.extend({ defaultProps: { getControlProps: (control) => ({ 'aria-label': PAGINATION_CONTROLS[control] }) } }),
  },
});

/** WCAG AA for normal text is 4.5:1; a little above it, so rounding in the browser never drops under. */
const AA_TEXT = 4.6;
const WHITE = DEFAULT_THEME.white;
const { gray } = DEFAULT_THEME.colors;
/** The page, striped rows, hovered rows and the grey panels secondary text is printed on. */
const PAGE_BACKGROUNDS = [WHITE, gray[0], gray[1]];

/**
 * Text colours that reach AA contrast everywhere they are used, set once here instead of in every
 * screen: dimmed text (Mantine's gray.6 is 3.3:1 on white), links, error messages, white text on
 * filled buttons and badges, and coloured text on the light variant's tinted background (green.9
 * on green.1 is 3.8:1). Each colour is darkened only as far as it needs, so hues stay recognisable.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': darkenToContrast(gray[6], PAGE_BACKGROUNDS, AA_TEXT),
    '--mantine-color-anchor': darkenToContrast(resolved.colors[resolved.primaryColor][PRIMARY_SHADE], PAGE_BACKGROUNDS, AA_TEXT),
    '--mantine-color-error': darkenToContrast(resolved.colors.red[6], [WHITE], AA_TEXT),
  };
  for (const [name, shades] of Object.entries(resolved.colors)) {
    if (name === 'dark') continue;
    const filled = darkenToContrast(shades[PRIMARY_SHADE], [WHITE], AA_TEXT);
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-outline`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.12);
    light[`--mantine-color-${name}-light-color`] = darkenToContrast(shades[9], [shades[1]], AA_TEXT);
  }
  return { variables: {}, light, dark: {} };
};
