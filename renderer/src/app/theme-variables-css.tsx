import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';

import { cssVariablesResolver, theme } from './theme';

/** The comment theme-variables.css starts with. */
export const THEME_VARIABLES_HEADER =
  '/* Generated from theme.ts by `npm run theme:css` (renderer/build/write-theme-variables.mjs): do not edit.\n' +
  '   tests/component/theme-variables.test.tsx fails when it no longer matches the theme. */\n';

/**
 * The CSS variables Mantine's provider would write into the page at every start for the app's theme and its
 * contrast resolver, rendered once by the provider itself. Not part of the app's bundle: the generator and the
 * test call it, and the app loads the file it writes (theme-variables.css) instead of computing it.
 */
export function themeVariablesCss(): string {
  const markup = renderToStaticMarkup(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <span />
    </MantineProvider>,
  );
  const style = /<style data-mantine-styles="true">([\s\S]*?)<\/style>/.exec(markup);
  if (!style) throw new Error('MantineProvider wrote no CSS variables');
  return style[1];
}
