/**
 * Every user-facing string of the product, as ICU MessageFormat text, by locale and message id.
 * Plain data, bundled into the panel and the command line; each part of the product keeps its
 * strings in a namespace folder of its own under messages/ (one JSON file per language), and
 * adds the folder here. English is the source: its keys are the message ids.
 */
import type { Locale } from './locales.js';
import { cli } from './messages/cli/index.js';
import { common } from './messages/common/index.js';
import { contradictions } from './messages/contradictions/index.js';
import { docs } from './messages/docs/index.js';
import { rulesCall } from './messages/rules-call/index.js';
import { rulesEdge } from './messages/rules-edge/index.js';
import { panel } from './messages/panel/index.js';
import { report } from './messages/report/index.js';
import { rulesSequence } from './messages/rules-sequence/index.js';
import { schema } from './messages/schema/index.js';
import { siteAccess } from './messages/site-access/index.js';
import { status } from './messages/status/index.js';

const namespaces = [common, panel, siteAccess, cli, report, rulesCall, rulesSequence, rulesEdge, schema, status, docs, contradictions] as const;

type English = (typeof common)['en'] &
  (typeof panel)['en'] &
  (typeof siteAccess)['en'] &
  (typeof cli)['en'] &
  (typeof report)['en'] &
  (typeof rulesCall)['en'] &
  (typeof rulesSequence)['en'] &
  (typeof rulesEdge)['en'] &
  (typeof schema)['en'] &
  (typeof status)['en'] &
  (typeof docs)['en'] &
  (typeof contradictions)['en'];

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
