// Resolved by main.tsx once the app's own modules (React, Mantine, the shell) have run: what the first reads
// start early that would compete with them for the browser's one main thread (a screen's large chunk) waits for it.
let resolveRunning: () => void = () => undefined;

export const appRunning = new Promise<void>((resolve) => {
  resolveRunning = resolve;
});

export function markAppRunning(): void {
  resolveRunning();
}
