import fs from 'node:fs';
import path from 'node:path';

import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { AppProviders } from '../../renderer/src/app/Providers';
import { THEME_VARIABLES_HEADER, themeVariablesCss } from '../../renderer/src/app/theme-variables-css';

const file = path.resolve(__dirname, '../../renderer/src/app/theme-variables.css');

describe('the theme’s CSS variables, written at build time', () => {
  it('theme-variables.css is what the provider computes from today’s theme (else run npm run theme:css)', () => {
    expect(fs.readFileSync(file, 'utf8')).toBe(`${THEME_VARIABLES_HEADER}${themeVariablesCss()}\n`);
  });

  it('holds the contrast resolver’s colours, not only Mantine’s', () => {
    const css = fs.readFileSync(file, 'utf8');
    for (const variable of ['--mantine-color-dimmed', '--mantine-color-anchor', '--mantine-color-error'])
      expect(css).toContain(`${variable}:`);
  });

  it('the app’s provider no longer writes them into the page', () => {
    const { container } = render(
      <AppProviders>
        <p>nội dung</p>
      </AppProviders>,
    );
    // The variables' style is gone; the breakpoint classes' one (data-mantine-styles="classes") stays.
    expect(container.ownerDocument.querySelector('style[data-mantine-styles="true"]')).toBeNull();
    expect(container.ownerDocument.querySelector('style[data-mantine-styles="classes"]')).not.toBeNull();
    expect(container.textContent).toContain('nội dung');
  });
});
