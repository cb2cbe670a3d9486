import type { Entry, Har, Response } from 'har-format';

/**
 * HAR 1.2 comes from @types/har-format; this file adds only the two fields outside the spec
 * that readHar reads and writeHar writes, so both sides name them once.
 */
export interface HarEntry extends Entry {
  response: Response & {
    /** Chrome writes the network error of a failed request here. */
    _error?: string;
  };
  /** Ours: the browser withheld the request body, and why (HAR has no place for that). */
  _mcBodyWithheld?: string;
}

export interface HarLog extends Har {
  log: Har['log'] & { entries: HarEntry[] };
}
