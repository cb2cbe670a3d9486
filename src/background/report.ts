/** Listeners cannot await: a failed operation is logged in the background's console, never dropped silently. */
export function report(operation: Promise<unknown>): void {
  operation.catch((error: unknown) => console.error('Media Collection Inspector: could not record a call.', error));
}
