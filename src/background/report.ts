/**
 * What Chrome answers every extension API call of a worker it has lost track of (its
 * extension_function_dispatcher finds no process for the worker). Seen after an extension
 * reload under load: the worker still hears webRequest events but can store nothing, and
 * nothing it can call ends that state.
 */
const BROWSER_LOST_WORKER = 'No SW';

let saidBrowserLostWorker = false;

/**
 * Listeners cannot await: a failed operation is logged in the background's console, never
 * dropped silently. The browser's "No SW" state is said once, with what to do, rather than
 * once per captured call, which would bury every other line of the console.
 */
export function report(operation: Promise<unknown>, failed = 'could not record a call.'): void {
  operation.catch((error: unknown) => {
    if (!isBrowserLostWorker(error)) return void console.error(`Media Collection Inspector: ${failed}`, error);
    if (saidBrowserLostWorker) return;
    saidBrowserLostWorker = true;
    console.error(
      'Media Collection Inspector: the browser no longer lets this background worker use the extension\'s APIs ("No SW"), so no call is recorded from now on. Reload the extension on chrome://extensions.',
      error,
    );
  });
}

function isBrowserLostWorker(error: unknown): boolean {
  return error instanceof Error && error.message === BROWSER_LOST_WORKER;
}
