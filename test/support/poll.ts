/**
 * Waits for what a test cannot be told about by an event. For something that must happen, poll
 * until it does (`waitUntil` in test/e2e/support/captured.ts, `waitFor` in test/demo/helpers.ts).
 * For something that must NOT happen (a late duplicate, a beacon the browser should refuse),
 * nothing marks its absence: these watch for a stated while instead of sleeping blind, and fail
 * the moment it happens, saying what.
 */

const POLL_MS = 50;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fails as soon as `check` turns false within `forMs`, naming `what` held until then. */
export async function holdsFor(check: () => boolean | Promise<boolean>, forMs: number, what: () => string): Promise<void> {
  const start = Date.now();
  for (;;) {
    if (!(await check())) throw new Error(`${what()}: held for ${Date.now() - start} ms of the ${forMs} ms watched, then stopped`);
    if (Date.now() - start >= forMs) return;
    await pause(POLL_MS);
  }
}

/**
 * Waits until `read` gives the same value for `quietMs` in a row (compared as JSON), for work
 * whose end has no count to wait for; fails after `timeoutMs`, naming `what`.
 */
export async function waitUntilSteady<T>(read: () => Promise<T>, quietMs: number, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  let since = Date.now();
  for (;;) {
    await pause(POLL_MS);
    const next = await read();
    if (JSON.stringify(next) !== JSON.stringify(value)) {
      value = next;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return value;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: still changing after ${timeoutMs} ms`);
  }
}
