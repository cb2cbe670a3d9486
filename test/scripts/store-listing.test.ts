import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { buildListing } from '../../scripts/store-listing.js';

const ROOT = resolve(import.meta.dirname, '../..');

it('store/listing.json is what npm run store makes from the manifest and store/permissions.md now', () => {
  expect(JSON.parse(readFileSync(join(ROOT, 'store/listing.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(buildListing(ROOT))));
});

it('justifies every permission the manifest asks for, host access included', () => {
  expect(buildListing(ROOT).permissions.map((p) => p.permission)).toEqual(['webRequest', 'storage', 'Host permissions']);
});

it('refuses to build a listing with a permission nobody justified', () => {
  const copy = mkdtempSync(join(tmpdir(), 'mci-store-'));
  try {
    for (const file of ['package.json', 'manifest.json']) copyFileSync(join(ROOT, file), join(copy, file));
    mkdirSync(join(copy, 'store'));
    writeFileSync(join(copy, 'store/permissions.md'), readFileSync(join(ROOT, 'store/permissions.md'), 'utf8').replace('## storage', '## storage-not'));
    expect(() => buildListing(copy)).toThrow('store/permissions.md has no "## storage" section');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
