import { describeFindings, screenshotIfAsked, seriousFindings, VIEWPORTS } from './accessibility';
import { expect, test } from './fixtures';
import { screens } from './screens';

// Every screen of screens.ts, opened afresh at each window size (the layout is chosen on load),
// scanned with axe-core for WCAG 2 A/AA; any serious or critical finding fails with its rule and elements.
for (const screen of screens) {
  test.describe(screen.id, () => {
    test.use({ province: screen.newDatabase ? undefined : '62' });

    test(`${screen.id}: no serious or critical accessibility violation at ${VIEWPORTS.map((v) => `${v.width}x${v.height}`).join(' and ')}`, async ({
      page,
      app,
    }) => {
      const report: string[] = [];
      for (const viewport of VIEWPORTS) {
        // A blank page in between: going to the same address with another hash would keep an open modal.
        await page.goto('about:blank');
        await page.setViewportSize(viewport);
        await screen.open(page, app);
        const findings = await seriousFindings(page);
        await screenshotIfAsked(page, screen.id, viewport);
        if (findings.length > 0) report.push(describeFindings(`${screen.id} ${viewport.width}x${viewport.height}`, findings));
      }
      expect(report.length, report.join('\n')).toBe(0);
    });
  });
}
