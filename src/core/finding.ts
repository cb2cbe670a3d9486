import type { Message } from '../i18n/message.js';
import type { ContradictionId } from './contradictions.js';
import type { Severity } from './severity.js';

/** One thing wrong (or worth knowing) about one captured call. */
export interface Finding {
  /** The rule's stable id, e.g. `ad-outside-break`. */
  rule: string;
  severity: Severity;
  /** The call the finding belongs to. */
  callId: string;
  /** What is wrong, in the terms of this call: a catalog message, rendered in the user's language. */
  message: Message;
  /** What the player should do, as the documentation says. */
  action?: Message;
  /** JSON pointer into the request body that the finding is about ('' for the whole body). */
  pointer?: string;
  /** Where Adobe's pages disagree on what the finding is about: a section of docs/contradictions.md. */
  contradiction?: ContradictionId;
  /** Other calls involved (the adBreakStart that was never closed, the earlier sessionStart...). */
  relatedCallIds?: string[];
}

/** The complete current findings of one call; consumers replace what they held for that call. */
export interface CallFindings {
  callId: string;
  findings: readonly Finding[];
}
