import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

import { type Browser, chromium, type Page, type Request } from 'playwright-core';

import { DISABLE_FEATURES_SWITCH } from '../../support/chromium-switches.mjs';
import { median } from '../stats';
import type { HostProcess } from './host';

/** The main list screens, each ready when its content (not a loader) is shown and has settled (loadScreen). */
export const LIST_SCREENS: { route: string; label: string }[] = [
  { route: '/dashboard', label: 'Tổng quan' },
  { route: '/movements', label: 'Phong trào' },
  { route: '/criteria', label: 'Tiêu chí' },
  { route: '/units', label: 'Đơn vị' },
  { route: '/documents', label: 'Sổ văn bản' },
  { route: '/inspections', label: 'Kiểm tra' },
  { route: '/recommendations', label: 'Kiến nghị' },
  { route: '/people', label: 'Cán bộ' },
  { route: '/agencies', label: 'Cơ quan phụ trách' },
  { route: '/nominations', label: 'Khen thưởng' },
];

export interface ScreenLoad {
  ms: number;
  /** The largest /api answer body while the screen loaded. */
  largestAnswer: number;
  largestChannel: string;
  /**
   * JS and CSS files the screen asked for before it was usable (paths under dist/renderer): what it
   * needs, not the other screens' chunks the app fetches in the background once it is idle.
   */
  assets: string[];
  /** JS and CSS files asked for after that, while the bench waited for the screen to settle. */
  laterAssets: string[];
}

/** Set by the page (an init script): the time of the last change to the app's DOM (#root), in ms since the epoch. */
const LAST_CHANGE = '__benchLastChange';

/** How long nothing may change (no call, no file of the screen, no DOM change) before the screen counts as settled. */
const SETTLE_MS = 300;

/**
 * Opens a route in a fresh browser context and times it until it is usable: its content is shown and has
 * settled. First the screen's own sign that it is there (the units table's first row; the heading of the
 * others); then every channel call it made has answered, every file it asked for has arrived and the
 * app's DOM has not changed for 300 ms. The time is the last of these: the first row or heading, the last
 * answer, the last change to the DOM (the render of the data: a heading can show while the content is
 * still loading), the last file asked for before that change. Files asked for later are the other
 * screens' chunks the app fetches once it is idle, not this screen's load.
 */
export async function loadScreen(browser: Browser, host: HostProcess, route: string, timeoutMs: number): Promise<ScreenLoad> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page: Page = await context.newPage();
  await page.addInitScript((key: string) => {
    const record = window as unknown as Record<string, number>;
    record[key] = 0;
    new MutationObserver((changes) => {
      const root = document.getElementById('root');
      if (root && changes.some((change) => root.contains(change.target))) record[key] = performance.timeOrigin + performance.now();
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  }, LAST_CHANGE);
  let largestAnswer = 0;
  let largestChannel = '';
  let lastApiEnd = 0;
  let pendingApi = 0;
  // When each JS or CSS file was asked for and when it arrived, to split what the screen needed from what came after.
  const assetRequests: { path: string; at: number; end?: number }[] = [];
  const started = performance.now();
  // The page's clock is the epoch; this one counts from the process start.
  const fromEpoch = (epochMs: number) => epochMs - performance.timeOrigin;
  // SCREEN_DEBUG=1 (screen-probe): when each call and file was asked for (>) and answered (<), in ms from the start.
  const timeline: string[] = [];
  const since = () => (performance.now() - started).toFixed(0);
  const isAsset = (pathname: string) => /\.(js|css)$/.test(pathname);
  const assetsByUrl = new Map<string, { path: string; at: number; end?: number }>();
  const assetDone = (request: Request) => {
    const asset = assetsByUrl.get(request.url());
    if (!asset) return;
    if (process.env.SCREEN_DEBUG) timeline.push(`${since()} < ${asset.path}`);
    asset.end ??= performance.now();
  };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (process.env.SCREEN_DEBUG && (url.pathname.startsWith('/api/') || isAsset(url.pathname)))
      timeline.push(`${since()} > ${url.pathname} ${url.pathname.startsWith('/api/') ? (request.postData() ?? '').slice(0, 60) : ''}`);
    if (url.pathname.startsWith('/api/')) pendingApi++;
    else if (isAsset(url.pathname)) {
      const asset = { path: url.pathname, at: performance.now() };
      assetRequests.push(asset);
      assetsByUrl.set(request.url(), asset);
    }
  });
  page.on('requestfinished', assetDone);
  page.on('requestfailed', (request) => {
    if (request.url().includes('/api/')) pendingApi--;
    assetDone(request);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/api/')) {
      void response
        .body()
        .then((body) => {
          if (body.length > largestAnswer) [largestAnswer, largestChannel] = [body.length, url.pathname.slice(5)];
        })
        .catch(() => undefined)
        .finally(() => {
          if (process.env.SCREEN_DEBUG) timeline.push(`${since()} < ${url.pathname}`);
          pendingApi--;
          lastApiEnd = performance.now();
        });
    }
  });
  const loaded = (usableAt: number): ScreenLoad => ({
    ms: usableAt - started,
    largestAnswer,
    largestChannel,
    assets: assetRequests.filter((a) => a.at <= usableAt).map((a) => a.path),
    laterAssets: assetRequests.filter((a) => a.at > usableAt).map((a) => a.path),
  });
  try {
    await page.goto(`${host.base}/?token=${host.token}#${route}`);
    const sign =
      route === '/units' ? page.getByRole('table', { name: 'Đơn vị' }).locator('tbody tr').first() : page.locator('h1, h2').first();
    await sign.waitFor({ timeout: timeoutMs });
    const signAt = performance.now();
    // Settled: nothing pending and no DOM change for SETTLE_MS. Only files asked for before the last DOM change
    // are the screen's (the app asks for the other screens' chunks once it is idle, after its content is in).
    const deadline = performance.now() + timeoutMs;
    let lastChange = 0;
    for (;;) {
      await page.waitForTimeout(50);
      lastChange = fromEpoch(await page.evaluate((key) => (window as unknown as Record<string, number>)[key], LAST_CHANGE));
      const screenAssetPending = assetRequests.some((a) => a.at <= lastChange && a.end === undefined);
      const quietSince = Math.max(lastApiEnd, lastChange, ...assetRequests.filter((a) => a.at <= lastChange).map((a) => a.end ?? Infinity));
      if (pendingApi === 0 && !screenAssetPending && performance.now() - quietSince > SETTLE_MS) break;
      if (performance.now() > deadline) throw new Error(`${route}: not settled within ${timeoutMs} ms`);
    }
    const screenAssetsEnd = Math.max(0, ...assetRequests.filter((a) => a.at <= lastChange).map((a) => a.end ?? 0));
    // SCREEN_DEBUG=1 prints which came last (screen-probe).
    if (process.env.SCREEN_DEBUG)
      console.log(
        `${timeline.join('\n')}\nsign ${(signAt - started).toFixed(0)} api ${(lastApiEnd - started).toFixed(0)} dom ${(lastChange - started).toFixed(0)} asset ${(screenAssetsEnd - started).toFixed(0)}`,
      );
    return loaded(Math.max(signAt, lastApiEnd, lastChange, screenAssetsEnd));
  } finally {
    await context.close();
  }
}

export interface BrowserFigures {
  units: { ms: number; largestAnswer: number; largestChannel: string };
  screens: { route: string; label: string; ms: number; largestAnswer: number; largestChannel: string }[];
  /**
   * gzip bytes of the JS and CSS the first screen (the dashboard, where the app opens) asked for before
   * it was usable, from dist/renderer. Chunks of other screens fetched once it is idle are not its load.
   */
  firstScreenGzip: number;
  firstScreenFiles: number;
  /** gzip bytes and files asked for after the dashboard was usable, while the bench waited for quiet (for information: the other screens' chunks come only once it is idle). */
  backgroundGzip: number;
  backgroundFiles: number;
}

function gzipSize(dist: string, assets: string[]): number {
  return assets.reduce((sum, asset) => {
    const file = path.join(dist, asset);
    return fs.existsSync(file) ? sum + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length : sum;
  }, 0);
}

/** Debian's Chromium as the bench and its probes drive it. */
export function launchBenchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: ['--no-sandbox', DISABLE_FEATURES_SWITCH] });
}

export async function measureBrowser(
  host: HostProcess,
  repoRoot: string,
  chromiumPath: string,
  runs: number,
  walkScreens: boolean,
): Promise<BrowserFigures> {
  const browser = await launchBenchChromium(chromiumPath);
  try {
    const timeout = 120_000;
    // One unmeasured visit warms the host's statements and the OS file cache, as a second opening would.
    await loadScreen(browser, host, '/units', timeout);
    const unitLoads: ScreenLoad[] = [];
    for (let i = 0; i < runs; i++) unitLoads.push(await loadScreen(browser, host, '/units', timeout));
    const units = {
      ms: median(unitLoads.map((l) => l.ms)),
      largestAnswer: Math.max(...unitLoads.map((l) => l.largestAnswer)),
      largestChannel: unitLoads[0].largestChannel,
    };
    const screens: BrowserFigures['screens'] = [];
    let firstAssets: string[] = [];
    let laterAssets: string[] = [];
    for (const screen of walkScreens ? LIST_SCREENS : LIST_SCREENS.filter((s) => s.route === '/dashboard')) {
      const loads: ScreenLoad[] = [];
      for (let i = 0; i < Math.max(1, runs); i++) loads.push(await loadScreen(browser, host, screen.route, timeout));
      if (screen.route === '/dashboard') [firstAssets, laterAssets] = [loads[0].assets, loads[0].laterAssets];
      const largest = loads.reduce((a, b) => (b.largestAnswer > a.largestAnswer ? b : a));
      screens.push({
        ...screen,
        ms: median(loads.map((l) => l.ms)),
        largestAnswer: largest.largestAnswer,
        largestChannel: largest.largestChannel,
      });
    }
    const dist = path.join(repoRoot, 'dist/renderer');
    const first = [...new Set(firstAssets)];
    const later = [...new Set(laterAssets)].filter((asset) => !first.includes(asset));
    return {
      units,
      screens,
      firstScreenGzip: gzipSize(dist, first),
      firstScreenFiles: first.length,
      backgroundGzip: gzipSize(dist, later),
      backgroundFiles: later.length,
    };
  } finally {
    await browser.close();
  }
}
