import { Badge, createTheme } from '@mantine/core';

/**
 * System fonts only (the CSP forbids remote fonts): Segoe UI on Windows, where users are,
 * then fonts with full Vietnamese coverage on other systems.
 */
const fontFamily = "'Segoe UI', 'Noto Sans', Roboto, 'Liberation Sans', Arial, sans-serif";

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 7,
  fontFamily,
  headings: { fontFamily },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  // Vietnamese in capitals is hard to read in small badges ("CẤP HUYỆN"): keep the case as written.
  components: { Badge: Badge.extend({ styles: { label: { textTransform: 'none' } } }) },
});
