/**
 * `npm run store` (first part): rebuilds store/listing.json, what the Chrome Web Store's and
 * AMO's forms ask for, from the product itself: the name and summary from the manifest as each
 * language resolves it (_locales/), the long description of each language from
 * store/descriptions/<locale>.md, the version, the screenshots' files, and the privacy form's
 * fields (single purpose, one justification per permission, remote code, data use) from
 * store/permissions.md, where people write them. It fails when the manifest asks for a
 * permission that file does not justify, or when a language lacks a text or exceeds a limit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOCALES, readMessages, resolveMessages, SHORT_DESCRIPTION_MAX, type Locale } from './extension-locales.js';
import { manifestFor, type SourceManifest } from './extension-manifest.js';
import { packageInfo } from './package-info.js';
import { STORE_SHOTS } from './store-shots.js';

const root = resolve(import.meta.dirname, '..');

/** The Chrome Web Store takes a long description of at most this many characters. */
export const LONG_DESCRIPTION_MAX = 16_000;

/** The sections of a markdown file, by their `## ` heading, as text. */
export function sections(markdown: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of markdown.split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split('\n');
    // A form field is one paragraph per line: the file's hard wraps are undone.
    found.set(heading!.trim(), body.join('\n').trim().replace(/(?<!\n)\n(?!\n)/g, ' '));
  }
  return found;
}

/** The permissions the store's form asks about: API permissions, and host access as one entry. */
export function permissionsToJustify(manifest: SourceManifest): string[] {
  const api = (manifest.permissions as string[] | undefined) ?? [];
  const hosts = [...((manifest.host_permissions as string[] | undefined) ?? []), ...((manifest.optional_host_permissions as string[] | undefined) ?? [])];
  return [...api, ...(hosts.length ? ['Host permissions'] : [])];
}

export interface LanguageListing {
  name: string;
  /** The manifest's description in that language: what the stores show under the name. */
  summary: string;
  /** Plain text: paragraphs apart by a blank line, list items on lines of their own. */
  description: string;
}

/** The listing's texts in one language, checked against the stores' limits. */
export function languageListing(root: string, manifest: SourceManifest, locale: Locale): LanguageListing {
  const resolved = resolveMessages(manifest, readMessages(root, locale));
  const summary = String(resolved.description);
  const description = readFileSync(join(root, 'store/descriptions', `${locale}.md`), 'utf8').trim();
  if ([...summary].length > SHORT_DESCRIPTION_MAX) throw new Error(`_locales/${locale}: the description has ${[...summary].length} characters; the stores take ${SHORT_DESCRIPTION_MAX}`);
  if (!description) throw new Error(`store/descriptions/${locale}.md is empty`);
  if ([...description].length > LONG_DESCRIPTION_MAX) throw new Error(`store/descriptions/${locale}.md has more than ${LONG_DESCRIPTION_MAX} characters`);
  return { name: String(resolved.name), summary, description };
}

export function buildListing(root: string) {
  const { version } = packageInfo(root);
  const manifest = manifestFor(JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as SourceManifest, 'chrome', version);
  const written = sections(readFileSync(join(root, 'store/permissions.md'), 'utf8'));
  const justification = (name: string) => [...written].find(([heading]) => heading === name || heading.startsWith(`${name} `))?.[1];
  const permissions = permissionsToJustify(manifest).map((name) => {
    const text = justification(name);
    if (!text) throw new Error(`store/permissions.md has no "## ${name}" section: the store's form needs its justification`);
    return { permission: name, justification: text };
  });
  const languages = Object.fromEntries(LOCALES.map((locale) => [locale, languageListing(root, manifest, locale)])) as Record<Locale, LanguageListing>;
  const defaultLanguage = manifest.default_locale as Locale;
  return {
    name: languages[defaultLanguage].name,
    version,
    summary: languages[defaultLanguage].summary,
    singlePurpose: justification('Single purpose'),
    permissions,
    remoteCode: justification('Remote code'),
    dataUse: justification('Data use'),
    privacyPolicy: 'store/privacy.md',
    defaultLanguage,
    languages,
    screenshots: STORE_SHOTS.map((shot) => shot.file),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(root, 'store/listing.json'), JSON.stringify(buildListing(root), null, 2) + '\n');
  console.log('wrote store/listing.json');
}
