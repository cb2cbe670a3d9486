import type { ComponentChild } from 'preact';
import type { MessageId } from '../../i18n/catalog.js';
import type { Translator } from '../../i18n/translator.js';

/** A marker no message contains: where each element goes in the translated sentence. */
const MARK = '\u2063';

/**
 * A message with elements in it (`<code>` around a path): the translation decides where they go,
 * the elements stay elements. Everything else is a text node.
 */
export function richText(t: Translator, id: MessageId, parts: Readonly<Record<string, ComponentChild>>): ComponentChild[] {
  const names = Object.keys(parts);
  const text = t.t(id, Object.fromEntries(names.map((name, i) => [name, `${MARK}${i}${MARK}`])));
  return text.split(MARK).map((piece, i) => (i % 2 === 1 ? parts[names[Number(piece)]!] : piece));
}
