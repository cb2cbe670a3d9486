import type { CapturedCall } from './call.js';
import type { MediaEvent, ParsedBody } from './media-event.js';

/** Did the server take the event in? Rejected, dropped and failed calls never reach the reports. */
export function accepted(call: CapturedCall): boolean {
  return call.status !== undefined && call.status >= 200 && call.status < 300;
}

/**
 * How the server most likely took a call whose answer was not seen (`unanswered`). Either API's
 * server checks only each body's form, so a body it can read an event from and that passes the
 * schema was accepted (204), and any other was rejected (400).
 */
export function acceptedUnseen(body: ParsedBody, event: MediaEvent | undefined, schemaIssues: readonly unknown[]): boolean {
  return body.kind === 'json' && event !== undefined && schemaIssues.length === 0;
}

/** accepted, or for an unanswered call acceptedUnseen: whether the call's events count. */
export function judgedAccepted(call: CapturedCall, body: ParsedBody, event: MediaEvent | undefined, schemaIssues: readonly unknown[]): boolean {
  return call.unanswered === true ? acceptedUnseen(body, event, schemaIssues) : accepted(call);
}
