import { expect, test } from '@playwright/test';

// The suite and the bench time the app's page on two cores: Chromium's own address-bar popup, a page of its
// own (a renderer that took as much CPU as the app while a screen loaded), must not be running beside it.
test('no omnibox popup page runs beside the page under test', async ({ browser, page }) => {
  await page.goto('about:blank');
  // Chromium opens its top-chrome pages soon after the first window; give it the time it took with them on.
  await page.waitForTimeout(1500);
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
  await cdp.detach();
  expect(targetInfos.map((t) => t.url)).toContain('about:blank');
  expect(targetInfos.filter((t) => t.url.startsWith('chrome://omnibox-popup')).map((t) => t.url)).toEqual([]);
});
