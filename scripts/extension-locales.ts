/**
 * The manifest's name and description in the product's languages: `_locales/<locale>/messages.json`,
 * which both browsers read for `__MSG_key__` placeholders (the manifest names them, the build
 * copies the folder). The description is also the stores' short description in each language,
 * so it is written once, here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The languages the extension and its store listings speak; `en` is the manifest's default_locale. */
export const LOCALES = ['en', 'de', 'nl', 'zh_CN', 'pt_BR', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** The Chrome Web Store cuts a manifest description (its listing's summary) beyond this many characters. */
export const SHORT_DESCRIPTION_MAX = 132;

export type Messages = Record<string, { message: string; description?: string }>;

export function readMessages(root: string, locale: Locale): Messages {
  return JSON.parse(readFileSync(join(root, '_locales', locale, 'messages.json'), 'utf8')) as Messages;
}

/**
 * `value` with every `__MSG_key__` replaced by its message, as a browser shows the manifest in
 * that language. Keys are matched without regard to case, as browsers match them; a key the
 * messages lack throws, where a browser would show the placeholder itself.
 */
export function resolveMessages<T>(value: T, messages: Messages): T {
  const byKey = new Map(Object.entries(messages).map(([key, { message }]) => [key.toLowerCase(), message]));
  const resolveText = (text: string) =>
    text.replace(/__MSG_(\w+?)__/g, (_, key: string) => {
      const message = byKey.get(key.toLowerCase());
      if (message === undefined) throw new Error(`no message "${key}" for ${text}`);
      return message;
    });
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return resolveText(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return walk(value) as T;
}
