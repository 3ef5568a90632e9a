// Browser features a test or bench page never uses, off, for the e2e suite and the bench alike.
//
// Chromium's headless mode (156 here) opens every new window (each test's context, each screen the bench
// loads) with the omnibox popup, a WebUI page with a renderer of its own that took ~800 ms of CPU while
// the app's page loaded: on two cores that was time taken from the app. No user sees it (the app runs in
// Electron's window, which has no address bar). Chromium 156 opens the AI-mode variant of that popup
// (chrome://omnibox-popup.top-chrome/omnibox_popup_ai) under features of its own: left on, its renderer took
// ~1,6 s of CPU during a 1,6 s load of the units screen (a trace of the bench's load; 1,16 s with it off).
// Chromium keeps the last --disable-features it is given, so Playwright's own list (1.65) is repeated here.
const DISABLED_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
  'PreloadTopChromeWebUI',
  // Playwright's defaults.
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
];

export const DISABLE_FEATURES_SWITCH = `--disable-features=${DISABLED_FEATURES.join(',')}`;
