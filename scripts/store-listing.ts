/**
 * `npm run store`: rebuilds store/listing.json, what the Chrome Web Store's and AMO's forms ask
 * for, from the product itself: the name, version and summary from the manifests, and the
 * privacy form's fields (single purpose, one justification per permission, remote code, data
 * use) from store/permissions.md, where people write them. It fails when the manifest asks for a
 * permission that file does not justify.
 *
 * English only for now: the screenshots (1280×800, from the demo) and the descriptions in the
 * six languages join this listing with the translations.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { manifestFor, type SourceManifest } from './extension-manifest.js';
import { packageInfo } from './package-info.js';

const root = resolve(import.meta.dirname, '..');

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
  return {
    name: manifest.name,
    version,
    summary: manifest.description,
    singlePurpose: justification('Single purpose'),
    permissions,
    remoteCode: justification('Remote code'),
    dataUse: justification('Data use'),
    privacyPolicy: 'store/privacy.md',
    language: 'en',
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(root, 'store/listing.json'), JSON.stringify(buildListing(root), null, 2) + '\n');
  console.log('wrote store/listing.json');
}
