import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { manifestFor, TARGETS, type SourceManifest } from '../../scripts/extension-manifest.js';
import { packageInfo } from '../../scripts/package-info.js';

const ROOT = resolve(import.meta.dirname, '../..');
const source = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as SourceManifest;

it('has one version number, in package.json, which both built manifests carry', () => {
  expect(source).not.toHaveProperty('version');
  const { version } = packageInfo(ROOT);
  for (const target of TARGETS) expect(manifestFor(source, target, version).version).toBe(version);
});

it('asks for no host at install in either browser: host access is optional, granted per site', () => {
  for (const target of TARGETS) {
    const manifest = manifestFor(source, target, '1.0.0');
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.permissions).toEqual(['webRequest', 'storage']);
  }
});
