import fs from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The two window sizes every screen must work at: the office's usual monitor and an old 4:3 one. */
export const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const;

export type Viewport = (typeof VIEWPORTS)[number];

const FAILING_IMPACTS = new Set(['serious', 'critical']);

/** One failed check, printable: the rule, its impact and the elements it failed on. */
export interface Finding {
  id: string;
  impact: string;
  help: string;
  /** One line per failing element: its selector and what axe measured ("contrast of 3.2 ..."). */
  targets: string[];
}

/**
 * Waits for the opening transitions of modals, drawers and notifications to end: a half-faded
 * element would be measured with a colour it never keeps. Endless animations (loaders) are ignored.
 */
export async function settle(page: Page): Promise<void> {
  // A button still loading fades its label in when its request answers: under load that fade began after the
  // wait below and was measured half-way (label #eef5fa on #2176c2, 4,3:1, in one CI run of 03/12/2026).
  await page.waitForFunction(() => document.querySelector('[data-loading]') === null);
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

/** Runs axe-core (WCAG 2 A and AA rules) on the page as it is and returns the serious and critical findings. */
export async function seriousFindings(page: Page): Promise<Finding[]> {
  await settle(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => {
        const why = [...node.any, ...node.all, ...node.none].find((check) => check.message)?.message;
        return why ? `${node.target.join(' ')}  —  ${why}` : node.target.join(' ');
      }),
    }));
}

/** "color-contrast (serious): Elements must meet minimum color contrast ratio thresholds\n    .x > .y" */
export function describeFindings(where: string, findings: Finding[]): string {
  return findings
    .map((f) => `${where}: ${f.id} (${f.impact}): ${f.help}\n${f.targets.map((target) => `    ${target}`).join('\n')}`)
    .join('\n');
}

/**
 * With SCREENSHOT_DIR set, saves the whole page as <dir>/<name>-<width>x<height>.png, so every screen
 * can be looked at before and after a layout change; without it, does nothing.
 */
export async function screenshotIfAsked(page: Page, name: string, viewport: Viewport): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  const file = `${name.replace(/[^\w-]+/gu, '-')}-${viewport.width}x${viewport.height}.png`;
  await page.screenshot({ path: path.join(dir, file), fullPage: true });
}
