/**
 * A data-driven schema case, in the style of Ajv's own JSON-Schema-Test-Suite runs: a body and
 * whether its event's schema accepts it. For a failing case, `pointer` (and optionally `message`
 * and `keyword`) name the issue that must be among the reported ones.
 */
export interface SchemaCase {
  description: string;
  body: unknown;
  valid: boolean;
  /** JSON pointer of an issue that must be reported (failing cases). */
  pointer?: string;
  /** The message of that issue: exact text, or a pattern. */
  message?: string | RegExp;
  /** The keyword of that issue. */
  keyword?: string;
  /** Exact number of issues expected (failing cases), when it matters. */
  issueCount?: number;
}

/** The timestamp of the docs' event-page examples. */
export const TS = 1699523820000;

export function pt(playhead: number, ts: number = TS): { playhead: number; ts: number } {
  return { playhead, ts };
}
