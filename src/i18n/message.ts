import type { MessageId } from './catalog.js';

/** The values a message's placeholders take: text and numbers from the call, never markup. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * A user-facing text before it is put into words: the core says what it means by id and values,
 * and the panel and the command line render it in the user's language.
 */
export interface Message {
  id: MessageId;
  values?: MessageValues;
}

export function message(id: MessageId, values?: MessageValues): Message {
  return values === undefined ? { id } : { id, values };
}
