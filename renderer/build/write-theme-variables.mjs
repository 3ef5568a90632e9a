// Writes renderer/src/app/theme-variables.css: the CSS variables of the app's Mantine theme, which the
// provider would otherwise compute in the page at every start (theme-variables-css.tsx). Run after changing
// theme.ts or contrast.ts, or upgrading Mantine: `npm run theme:css`.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const renderer = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Inside the repository, so the bundle's packages resolve from its node_modules.
const outDir = path.join(renderer, '..', 'dist', 'theme-variables');
const outfile = path.join(outDir, 'theme-variables-css.cjs');
try {
  await build({
    entryPoints: [path.join(renderer, 'src/app/theme-variables-css.tsx')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    jsx: 'automatic',
    packages: 'external',
    alias: { '@shared': path.join(renderer, '..', 'shared') },
    logLevel: 'warning',
  });
  const { themeVariablesCss, THEME_VARIABLES_HEADER } = createRequire(import.meta.url)(outfile);
  const target = path.join(renderer, 'src/app/theme-variables.css');
  fs.writeFileSync(target, `${THEME_VARIABLES_HEADER}${themeVariablesCss()}\n`);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
