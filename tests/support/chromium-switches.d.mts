/** --disable-features=… for Chromium in the e2e suite and the bench (see chromium-switches.mjs). */
export declare const DISABLE_FEATURES_SWITCH: string;
