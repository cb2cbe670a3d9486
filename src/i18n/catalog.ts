/**
 * Every user-facing string of the product, as ICU MessageFormat text, by locale and message id.
 * Plain data, bundled into the panel and the command line; each part of the product keeps its
 * strings in a namespace folder of its own under messages/ (one JSON file per language), and
 * adds the folder here. English is the source: its keys are the message ids.
 */
import type { Locale } from './locales.js';
import { common } from './messages/common/index.js';
import { panel } from './messages/panel/index.js';
import { siteAccess } from './messages/site-access/index.js';

const namespaces = [common, panel, siteAccess] as const;

type English = (typeof common)['en'] & (typeof panel)['en'] & (typeof siteAccess)['en'];

/** Every message id, from the English catalog. */
export type MessageId = keyof English & string;

export type Catalog = Readonly<Record<string, string>>;

/** One locale's messages, all namespaces merged. Ids are unique across namespaces (a test checks). */
export function catalogFor(locale: Locale): Catalog {
  return Object.assign({}, ...namespaces.map((ns) => ns[locale])) as Catalog;
}

/** Each namespace's catalog for one locale, for the checks that look at them one by one. */
export function namespaceCatalogs(locale: Locale): Catalog[] {
  return namespaces.map((ns) => ns[locale]);
}
