/** The part of `storage.session` the log uses; the adapter passes the real one, unit tests a fake. */
export interface SessionArea {
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/**
 * Chrome: "Session storage quota bytes exceeded…"; Firefox: "QuotaExceededError: storage.session
 * API call exceeded its quota limitations." Both refuse the whole write, nothing of it stored.
 */
export function isQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /quota/i.test(message);
}
