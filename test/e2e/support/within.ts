/**
 * Waits for a step that has no condition to poll, failing after 30 s with its name. A step that
 * hangs (a browser call that never settles) otherwise runs into the test's own timeout, which
 * does not say where.
 */
export async function within<T>(step: Promise<T>, what: string | (() => string), timeoutMs = 30_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`)), timeoutMs);
  });
  try {
    return await Promise.race([step, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A step's answer, or undefined if none came within `ms`: for a step that may hang where waiting on is the remedy. */
export function bounded<T>(step: Promise<T>, ms = 5000): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  return Promise.race([step, late]).finally(() => clearTimeout(timer));
}
