/**
 * How long a worker's first reads of storage wait before they are asked again (storage.session)
 * or given up for defaults (the rule settings). Seen in Chrome right after the extension was
 * reloaded with DevTools open: a read that never answered, and a worker that held every event
 * behind it, capturing nothing.
 */
export const FIRST_READ_MS = 3000;

/** `read()`, asked again every `againMs` until one of the asks answers; the first answer wins. */
export function readUntilAnswered<T>(read: () => Promise<T>, againMs = FIRST_READ_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      settle();
    };
    const ask = () => {
      read().then((value) => finish(() => resolve(value)), (error: unknown) => finish(() => reject(error)));
      if (!done) timer = setTimeout(ask, againMs);
    };
    ask();
  });
}

/** What `promise` gives within `ms`, or undefined. */
export function within<T>(promise: Promise<T>, ms = FIRST_READ_MS): Promise<T | undefined> {
  return new Promise<T | undefined>((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}
