/** How many channel calls are on their way, so background work can wait until the screen has its data. */
let pending = 0;
let lastChange = 0;

export function trackCall<T>(answer: Promise<T>): Promise<T> {
  pending++;
  lastChange = performance.now();
  const settle = () => {
    pending--;
    lastChange = performance.now();
  };
  answer.then(settle, settle);
  return answer;
}

/** Resolves once no call has been pending for quietMs. */
export async function whenCallsQuiet(quietMs: number): Promise<void> {
  for (;;) {
    const waited = performance.now() - lastChange;
    if (pending === 0 && waited >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, pending === 0 ? quietMs - waited : quietMs));
  }
}
