export declare const NO_BROWSER_MESSAGE: string;
export declare function findBrowser(env?: NodeJS.ProcessEnv): string | null;
