import { message, type Message } from '../../i18n/message.js';
import { english, type Translator } from '../../i18n/translator.js';

/**
 * How a Media Edge session's events were tied to its sessionStart. The id comes back only in
 * the body of the sessionStart's response, which live capture (webRequest) cannot read:
 * - `response`: read from that body (a HAR, or DevTools open);
 * - `first-event`: live, the first new sessionID seen in the tab after the sessionStart;
 * - `events-only`: no sessionStart in the capture (it began mid-session), the events alone.
 */
export type EdgeLinkMethod = 'response' | 'first-event' | 'events-only';

export interface EdgeSessionLink {
  by: EdgeLinkMethod;
  /**
   * Set when linking by order may have paired the wrong sessionStart: another session started
   * in the same capture close to this one (within UNCERTAIN_WITHIN_MS), or several were waiting.
   */
  uncertain?: true;
  /**
   * Set on a link by order when DevTools later read the sessionStart's response and it named
   * this other id: the events judged in the session (and their findings) stay, but may be
   * another session's.
   */
  responseSid?: string;
}

/** Two sessionStarts closer than this in one tab make a link by order uncertain. */
export const UNCERTAIN_WITHIN_MS = 10_000;

/** What the panel and the command line say about a link, as a catalog message. */
export function linkMessage(link: EdgeSessionLink): Message {
  return message('rules-edge.session-link.description', {
    by: link.by === 'first-event' ? 'firstEvent' : link.by,
    uncertain: link.uncertain ? 'yes' : 'no',
    disputed: link.responseSid === undefined ? 'no' : 'yes',
    responseSid: link.responseSid ?? '',
  });
}

/** The same in words: English unless the caller passes the user's translator. */
export function describeLink(link: EdgeSessionLink, t: Translator = english): string {
  return t.text(linkMessage(link));
}
